import en from '@locales/en/example.json';
import pl from '@locales/pl/example.json';
import type { Assessment, Language, NewAssessmentInput } from '@/domain/assessment';
import { createAssessment } from '@/domain/assessment';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { ExampleTexts } from '@/domain/example';
import { buildExample } from '@/domain/example';
import type { Sector } from '@/domain/participants';
import { SCORES } from '@/domain/rating';

const EXAMPLE_TEXTS: Record<Language, ExampleTexts> = { en, pl };

let counter = 0;

/** Test helper: a fresh assessment with a predictable id and time. */
export function makeAssessment(overrides: Partial<NewAssessmentInput> = {}, now = '2026-03-01T10:00:00.000Z'): Assessment {
  counter += 1;
  return createAssessment(
    { name: 'Pomorskie cluster', region: 'Pomorskie', mode: 'create', facilitator: 'Anna', date: '2026-03-01', language: 'en', ...overrides },
    { newId: () => `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`, now },
  );
}

/**
 * Test helper: the worked example (Pomeranian cluster, all five steps filled) in one language, with
 * predictable ids and dates, plus five revealed workshop participants with ratings and notes.
 */
export function exampleAssessment(language: Language = 'en', today = '2026-03-15'): Assessment {
  let n = 0;
  const env = { newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, now: `${today}T09:30:00.000Z`, today };
  const a = buildExample(EXAMPLE_TEXTS[language], env, language);
  const people: { label: string; sector: Sector | null }[] = [
    { label: 'Urząd Marszałkowski', sector: 'public' },
    { label: 'Spółdzielnia „Kaszubska Łąka”', sector: 'private' },
    { label: 'Fundacja Wspólna Droga', sector: 'social' },
    { label: 'Uniwersytet Gdański', sector: 'academia' },
    { label: 'Anna Żak', sector: null },
  ];
  a.participants = people.map((p, i) => ({ id: `participant-${String(i + 1)}`, ...p, ballotCreatedAt: null }));
  DIMENSION_IDS.forEach((dimension, d) => {
    a.dimensions[dimension].participantRatings = a.participants.map((p, i) => ({
      participantId: p.id,
      baseline: { value: SCORES[(d + i) % 5] ?? 3, note: i === 0 ? `Uwaga ${String(d + 1)}` : '' },
      ideal: { value: i === 4 && d === 0 ? 'unknown' : 5, note: '' },
    }));
  });
  a.workshop = { revealed: true };
  return a;
}

/**
 * Test helper: the worked example as an evaluation with a workshop of six participants: sectors,
 * ratings with notes, agreed values with notes, strengths, gaps and constraints, success-factor
 * checks and goal verdicts.
 */
export function workshopExample(language: Language = 'en'): Assessment {
  const a = exampleAssessment(language);
  a.mode = 'evaluate';
  const people: { label: string; sector: Sector | null }[] = [
    { label: 'Ewa Nowak', sector: 'public' },
    { label: 'Jan Wróblewski', sector: 'public' },
    { label: 'Spółdzielnia Socjalna Razem', sector: 'social' },
    { label: 'Fundacja Morze', sector: 'social' },
    { label: 'Bałtycka Sp. z o.o.', sector: 'private' },
    { label: 'Politechnika Gdańska', sector: 'academia' },
  ];
  a.participants = people.map((p, i) => ({ id: `participant-${String(i + 1)}`, ...p, ballotCreatedAt: null }));
  DIMENSION_IDS.forEach((dimension, d) => {
    a.dimensions[dimension].participantRatings = a.participants.map((p, i) => ({
      participantId: p.id,
      baseline: { value: SCORES[(d + 2 * i) % 5] ?? 3, note: i === 5 && d < 3 ? `Note of a participant on dimension ${String(d + 1)}` : '' },
      ideal: { value: SCORES[Math.min(4, 3 + (i % 2))] ?? 5, note: i === 2 && d === 0 ? 'An ideal worth aiming at' : '' },
    }));
    a.dimensions[dimension].strengths = d % 2 === 0 ? `Strength of dimension ${String(d + 1)}` : '';
    a.dimensions[dimension].gaps = d % 3 === 0 ? `Gap in dimension ${String(d + 1)}` : '';
    a.dimensions[dimension].constraints = d === 4 ? 'The regional budget is fixed until 2027' : '';
  });
  a.dimensions.finance.agreed = { baseline: 2, ideal: 4, note: 'Agreed after the debate on the public anchor' };
  a.workshop = { revealed: true };
  a.vision.successFactors = a.vision.successFactors.map((f, i) =>
    f.selected ? { ...f, check: (['yes', 'partly', 'no'] as const)[i % 3] ?? 'yes', checkNote: i % 2 === 0 ? `Check note ${String(i + 1)}` : '' } : f,
  );
  a.goals = a.goals.map((g, i) => ({ ...g, verdict: (['keep', 'revise', 'new'] as const)[i % 3] ?? 'keep' }));
  return a;
}
