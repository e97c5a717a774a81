import type { Assessment, NewAssessmentInput } from '@/domain/assessment';
import { createAssessment } from '@/domain/assessment';

let counter = 0;

/** Test helper: a fresh assessment with a predictable id and time. */
export function makeAssessment(overrides: Partial<NewAssessmentInput> = {}, now = '2026-03-01T10:00:00.000Z'): Assessment {
  counter += 1;
  return createAssessment(
    { name: 'Pomorskie cluster', region: 'Pomorskie', mode: 'create', facilitator: 'Anna', date: '2026-03-01', language: 'en', ...overrides },
    { newId: () => `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`, now },
  );
}
