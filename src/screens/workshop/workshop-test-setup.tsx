/** Test helper for the workshop page's component tests: a stored assessment with participants, opened on the page. */
import { screen } from '@testing-library/react';
import type { Assessment, Language } from '@/domain/assessment';
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { Sector } from '@/domain/participants';
import type { RatingValue } from '@/domain/rating';
import { addParticipant, setParticipantRating } from '@/domain/workshop';
import { makeAssessment } from '@/lib/test-assessment';
import { getAssessment } from '@/storage/repository';
import { renderApp } from '../../../tests/setup/render-app';

export type Person = {
  id: string;
  label: string;
  sector?: Sector | null;
  /** Baseline and ideal per dimension. */
  ratings?: Partial<Record<DimensionId, [RatingValue, RatingValue]>>;
};

/** An assessment with the given participants and their ratings. */
export function workshopAssessment(people: readonly Person[], revealed = false): Assessment {
  let a: Assessment = { ...makeAssessment(), revision: 1 };
  for (const p of people) {
    a = addParticipant(a, { id: p.id, label: p.label, sector: p.sector ?? null });
    for (const [dimension, [baseline, ideal]] of Object.entries(p.ratings ?? {}) as [DimensionId, [RatingValue, RatingValue]][]) {
      a = setParticipantRating(a, p.id, dimension, 'baseline', { value: baseline, note: '' });
      a = setParticipantRating(a, p.id, dimension, 'ideal', { value: ideal, note: '' });
    }
  }
  return { ...a, workshop: { revealed } };
}

/** The same answer for every dimension. */
export function everywhere(baseline: RatingValue, ideal: RatingValue): Record<DimensionId, [RatingValue, RatingValue]> {
  return Object.fromEntries(DIMENSION_IDS.map((id) => [id, [baseline, ideal]])) as Record<DimensionId, [RatingValue, RatingValue]>;
}

/** Stores the assessment and opens its workshop page once the page's heading is there. */
export async function openWorkshop(assessment: Assessment, language: Language = 'en') {
  const app = await renderApp({ seed: [assessment], route: `/a/${assessment.id}/workshop`, language });
  await screen.findByRole('heading', { level: 2, name: language === 'en' ? 'Workshop' : 'Warsztat' }, { timeout: 5000 });
  return app;
}

/** The stored assessment (after the autosave). */
export async function stored(id: string): Promise<Assessment> {
  const a = await getAssessment(id);
  if (!a) throw new Error('assessment not stored');
  return a;
}
