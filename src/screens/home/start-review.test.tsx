import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import en from '@locales/en/common.json';
import type { Assessment } from '@/domain/assessment';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { newGoal, newMeasure } from '@/domain/plan';
import { formatDate, localIsoDate } from '@/i18n/format';
import { makeAssessment } from '@/lib/test-assessment';
import * as repository from '@/storage/repository';
import { listAssessments } from '@/storage/repository';
import { renderApp } from '../../../tests/setup/render-app';

// The workspace is a lazy chunk; loading it once here keeps its first transform out of the timed tests.
beforeAll(async () => {
  await import('@/screens/workspace/workspace-screen');
}, 30_000);

/** A finished plan in creation mode: ratings, a focus, one goal with two measures under way. */
function planned(): Assessment {
  const a: Assessment = { ...makeAssessment({ name: 'Pomorskie cluster' }), revision: 3 };
  DIMENSION_IDS.forEach((id) => {
    a.dimensions[id].baseline.value = 2;
    a.dimensions[id].ideal.value = 4;
  });
  a.dimensions.finance.baseline.note = 'One grant pays for everything';
  a.vision.statement = 'A cluster in every county';
  a.decision.focus = [{ dimension: 'finance', rationale: 'One grant' }];
  a.goals = [{ ...newGoal('goal-1', 'finance'), statement: 'Three sources of income by 2027' }];
  a.measures = [
    { ...newMeasure('measure-1', 'goal-1'), title: 'Write a funding strategy', status: 'done' },
    { ...newMeasure('measure-2', 'goal-1'), title: 'Apply to the regional fund', status: 'in-progress' },
  ];
  return a;
}

describe('start a review from an assessment', () => {
  it('creates an evaluation that continues it, with its goals and measures, and opens it at step DESCRIBE', async () => {
    const previous = planned();
    const { user } = await renderApp({ seed: [previous] });
    const actions = await screen.findByRole('group', { name: en.home.actionsFor.replace('{{name}}', previous.name) });
    await user.click(within(actions).getByRole('button', { name: 'Start a review from this' }));

    await waitFor(async () => {
      expect(await listAssessments()).toHaveLength(2);
    });
    const next = (await listAssessments()).find((a) => a.id !== previous.id) ?? expect.fail('no new assessment');
    const name = `Pomorskie cluster – review ${formatDate(localIsoDate(), 'en')}`;
    expect(next).toMatchObject({ name, mode: 'evaluate', continuesId: previous.id, lastExportAt: null });
    expect(next.goals.map((g) => [g.id, g.statement])).toEqual([['goal-1', 'Three sources of income by 2027']]);
    expect(next.measures.map((m) => [m.goalId, m.title, m.status])).toEqual([
      ['goal-1', 'Write a funding strategy', 'done'],
      ['goal-1', 'Apply to the regional fund', 'in-progress'],
    ]);
    expect(next.dimensions.finance.baseline).toEqual({ value: 2, note: 'One grant pays for everything' });
    expect(next.vision.statement).toBe('A cluster in every county');
    expect(next.decision.focus).toEqual(previous.decision.focus);
    expect(next.snapshots.map((s) => s.label)).toEqual(['Pomorskie cluster – 2026-03-01']);

    await waitFor(() => {
      expect(window.location.hash).toBe(`#/a/${next.id}/describe`);
    });
    expect(await screen.findByRole('heading', { level: 1, name })).toBeVisible();
    expect(screen.getByText(`Review started: “${name}”.`)).toBeVisible();
    // The previous assessment is unchanged
    const before = (await listAssessments()).find((a) => a.id === previous.id);
    expect(before?.mode).toBe('create');
    expect(before?.snapshots).toEqual([]);
  });

  it('shows an error notice and stays on the home screen when storing fails', async () => {
    const previous = planned();
    const { user } = await renderApp({ seed: [previous] });
    vi.spyOn(repository, 'saveAssessment').mockResolvedValue({ ok: false, reason: 'quota' });
    await user.click(await screen.findByRole('button', { name: 'Start a review from this' }));
    expect(await screen.findByText(en.home.actionFailed)).toBeVisible();
    expect(window.location.hash).toBe('#/');
    expect(await listAssessments()).toHaveLength(1);
  });
});
