import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '@/domain/assessment';
import { buildBackup } from '@/domain/backup-format';
import { makeAssessment } from '@/lib/test-assessment';
import { listAssessments } from '@/storage/repository';
import { renderApp } from '../../../tests/setup/render-app';

/** A backup whose first assessment has a baseline rating of 9 for the membership model. */
function damagedFile(): File {
  const a: Assessment = makeAssessment({ name: 'Kashubia network' });
  const backup = buildBackup([a], '0.1.0', '2026-03-10T12:30:00.000Z') as unknown as { assessments: { dimensions: { membership: { baseline: { value: unknown } } } }[] };
  const [first] = backup.assessments;
  if (first) first.dimensions.membership.baseline.value = 9;
  return new File([JSON.stringify(backup)], 'kashubia_assessment.json', { type: 'application/json' });
}

describe('a refused backup', () => {
  it.each([
    [
      'pl' as const,
      'Importuj kopię…',
      'Ocena punktu wyjścia w wymiarze „Model członkostwa” (analiza nr 1) ma niedozwoloną wartość 9 (dozwolone: 1–5, „nie dotyczy”, „nie wiem”).',
      /^Jeśli to twoja własna kopia zapasowa, sprawdź, czy wybrano właściwy plik/,
      'Nic nie zostało zmienione.',
    ],
    [
      'en' as const,
      'Import backup…',
      'The baseline rating of “Membership model” in assessment 1 has the value 9, which is not allowed (allowed: 1–5, “not applicable”, “don’t know”).',
      /^If this is a backup you made yourself, check that you chose the right file/,
      'Nothing was changed.',
    ],
  ])('names the field in words, advises checking the file and says nothing was changed (%s)', async (language, label, sentence, advice, nothing) => {
    const { user } = await renderApp({ language, seed: [] });
    await user.upload(await screen.findByLabelText(label), damagedFile());
    const alert = await screen.findByRole('alert');
    expect(await screen.findByText(sentence.replace(/\s+/g, ' '))).toBeVisible();
    expect(alert).not.toHaveTextContent('assessments[0]');
    expect(screen.getByText(advice)).toBeVisible();
    expect(screen.getByText(nothing)).toBeVisible();
    expect(await listAssessments()).toEqual([]);
  });
});
