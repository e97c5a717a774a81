import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import en from '@locales/en/guidance.json';
import pl from '@locales/pl/guidance.json';
import type { Assessment, Language } from '@/domain/assessment';
import { makeAssessment } from '@/lib/test-assessment';
import { getAssessment } from '@/storage/repository';
import { renderApp } from '../../tests/setup/render-app';

// The workspace is a lazy chunk; loading it once here keeps its first transform out of the timed tests.
beforeAll(async () => {
  await import('@/screens/workspace/workspace-screen');
}, 30_000);

/** Opens the DESCRIBE step of a stored assessment and returns the card of the given dimension. */
async function openCard(name: string, language: Language = 'en') {
  const assessment: Assessment = { ...makeAssessment({ language }), revision: 1 };
  const app = await renderApp({ seed: [assessment], route: `/a/${assessment.id}/describe`, language });
  const card = await screen.findByRole('article', { name });
  return { ...app, card, id: assessment.id };
}

const membership = en.dimensions.membership;

describe('guidance panel', () => {
  it('is closed at first and, when opened, explains the dimension, its types and both ends of the scale', async () => {
    const { user, card } = await openCard('Membership model');
    // The guiding question stands on the card itself, and again inside the panel once it is open
    const questions = within(card).getAllByText(membership.question);
    expect(questions[0]).toBeVisible();
    expect(questions[1]).not.toBeVisible();
    expect(within(card).getByText('Guidance: Membership model')).toBeVisible();
    const meaning = within(card).getByText(membership.meaning);
    expect(meaning).not.toBeVisible();

    await user.click(within(card).getByText('Guidance: Membership model'));

    expect(meaning).toBeVisible();
    expect(questions[1]).toBeVisible();
    expect(within(card).getByText('Guiding question')).toBeVisible();
    expect(within(card).getByText('What it means')).toBeVisible();
    expect(within(card).getByText('Types and examples')).toBeVisible();
    for (const type of Object.values(membership.types)) {
      expect(within(card).getByText(type.name)).toBeVisible();
      expect(within(card).getByText(type.text)).toBeVisible();
    }
    expect(within(card).getByText('What the scale means here')).toBeVisible();
    expect(within(card).getByText('1 – low:')).toBeVisible();
    expect(within(card).getByText(membership.low)).toBeVisible();
    expect(within(card).getByText('5 – high:')).toBeVisible();
    expect(within(card).getByText(membership.high)).toBeVisible();
    const checklist = within(card).getByRole('group', { name: 'What to think about' });
    expect(within(checklist).getAllByRole('checkbox')).toHaveLength(Object.keys(membership.points).length);
    for (const point of Object.values(membership.points)) {
      expect(within(checklist).getByRole('checkbox', { name: point })).not.toBeChecked();
    }
    // Another dimension's texts are not mixed in
    expect(within(card).queryByText(en.dimensions.finance.meaning)).not.toBeInTheDocument();
  });

  it('reveals a note field for a ticked point and stores the tick and the note', async () => {
    const { user, card, id } = await openCard('Membership model');
    await user.click(within(card).getByText('Guidance: Membership model'));
    const point = membership.points.inclusion;
    const noteName = `Note on: ${point}`;
    expect(within(card).queryByRole('textbox', { name: noteName })).not.toBeInTheDocument();

    await user.click(within(card).getByRole('checkbox', { name: point }));
    const note = within(card).getByRole('textbox', { name: noteName });
    expect(note).toBeVisible();
    await user.type(note, 'Fees waived');

    await vi.waitFor(async () => {
      expect((await getAssessment(id))?.dimensions.membership.checklist).toEqual({
        inclusion: { checked: true, note: 'Fees waived' },
      });
    });
    // Only the ticked point has a note field
    expect(within(card).getAllByRole('textbox', { name: /^Note on:/ })).toHaveLength(1);

    await user.click(within(card).getByRole('checkbox', { name: point }));

    expect(within(card).queryByRole('textbox', { name: noteName })).not.toBeInTheDocument();
    await vi.waitFor(async () => {
      expect((await getAssessment(id))?.dimensions.membership.checklist.inclusion?.checked).toBe(false);
    });
  }, 15_000);

  it('shows the guidance in Polish', async () => {
    const { user, card } = await openCard('Model członkostwa', 'pl');
    const polish = pl.dimensions.membership;
    // Testing Library reads no-break spaces (after one-letter Polish words) as plain spaces.
    const shown = (text: string) => text.replace(/\s+/g, ' ');
    expect(within(card).getAllByText(shown(polish.question))[0]).toBeVisible();

    await user.click(within(card).getByText('Wskazówki: Model członkostwa'));

    expect(within(card).getByText('Na czym to polega')).toBeVisible();
    expect(within(card).getByText(shown(polish.meaning))).toBeVisible();
    expect(within(card).getByText('Zamknięte i sformalizowane')).toBeVisible();
    expect(within(card).getByText('1 – niski poziom:')).toBeVisible();
    expect(within(card).getByText(shown(polish.low))).toBeVisible();
    expect(within(card).getByText(shown(polish.high))).toBeVisible();
    const checklist = within(card).getByRole('group', { name: 'O czym warto pomyśleć' });
    expect(within(checklist).getByRole('checkbox', { name: polish.points.criteria })).not.toBeChecked();
    expect(within(card).queryByText(membership.meaning)).not.toBeInTheDocument();
    expect(screen.queryByText('Guidance: Membership model')).not.toBeInTheDocument();
  });
});
