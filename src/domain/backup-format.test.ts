import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleAssessment, makeAssessment } from '@/lib/test-assessment';
import { migrateRow } from '@/storage/migrations';
import type { Assessment } from './assessment';
import { assessmentFileText, BACKUP_FORMAT, CURRENT_FORMAT_VERSION } from './backup-format';
import { parseBackup } from './backup-parse';
import { DIMENSION_IDS } from './dimensions';
import { SECTORS } from './participants';
import type { Rating } from './rating';

const NOW = '2026-03-14T16:00:00.000Z';

/** Any text a user could type or paste, in any script (including emoji and combining marks). */
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
/** A name as the app stores it: not blank, without spaces around it. */
const anyName = anyText.filter((s) => s.trim() === s && s.length > 0);
const anyRating: fc.Arbitrary<Rating> = fc.record({
  value: fc.constantFrom(1, 2, 3, 4, 5, 'na', 'unknown', null) as fc.Arbitrary<Rating['value']>,
  note: anyText,
});

type Variation = {
  base: Assessment;
  name: string;
  region: string;
  facilitator: string;
  ratings: { baseline: Rating; ideal: Rating; strengths: string }[];
  participants: { label: string; sector: (typeof SECTORS)[number] | null; baseline: Rating; ideal: Rating }[];
  revealed: boolean;
  goalTexts: string[];
  measureOwners: string[];
};

const variation: fc.Arbitrary<Variation> = fc.record({
  base: fc.constantFrom('example-en', 'example-pl', 'empty').map((kind) =>
    kind === 'empty' ? makeAssessment() : exampleAssessment(kind === 'example-pl' ? 'pl' : 'en'),
  ),
  name: anyName,
  region: anyText,
  facilitator: anyText,
  ratings: fc.array(fc.record({ baseline: anyRating, ideal: anyRating, strengths: anyText }), {
    minLength: DIMENSION_IDS.length,
    maxLength: DIMENSION_IDS.length,
  }),
  participants: fc.array(
    fc.record({ label: anyText, sector: fc.constantFrom(...SECTORS, null), baseline: anyRating, ideal: anyRating }),
    { maxLength: 6 },
  ),
  revealed: fc.boolean(),
  goalTexts: fc.array(anyText, { maxLength: 6 }),
  measureOwners: fc.array(anyText, { maxLength: 10 }),
});

/** An assessment of the worked example or an empty one, with random texts, ratings and lists. */
function build(v: Variation): Assessment {
  const a = structuredClone(v.base);
  Object.assign(a, { name: v.name, region: v.region, facilitator: v.facilitator, workshop: { revealed: v.revealed } });
  a.participants = v.participants.map((p, i) => ({ id: `p${String(i)}`, label: p.label, sector: p.sector, ballotCreatedAt: null }));
  DIMENSION_IDS.forEach((id, i) => {
    const r = v.ratings[i];
    if (!r) return;
    Object.assign(a.dimensions[id], { baseline: r.baseline, ideal: r.ideal, strengths: r.strengths });
    a.dimensions[id].participantRatings = v.participants.map((p, j) => ({ participantId: `p${String(j)}`, baseline: p.baseline, ideal: p.ideal }));
  });
  a.goals = a.goals.map((g, i) => ({ ...g, statement: v.goalTexts[i] ?? g.statement }));
  a.measures = a.measures.map((m, i) => ({ ...m, owner: v.measureOwners[i] ?? m.owner }));
  return a;
}

describe('assessmentFileText', () => {
  it('writes one assessment in the backup envelope', () => {
    const a = exampleAssessment('pl');
    const file = JSON.parse(assessmentFileText(a, '0.1.0', NOW)) as Record<string, unknown>;
    expect(file).toEqual({ format: BACKUP_FORMAT, formatVersion: CURRENT_FORMAT_VERSION, appVersion: '0.1.0', exportedAt: NOW, assessments: [a] });
  });

  it('reads back as the same assessment, whatever its texts, ratings and lists, and the same assessment always gives the same text', () => {
    fc.assert(
      fc.property(variation, (v) => {
        const a = build(v);
        const text = assessmentFileText(a, '0.1.0', NOW);
        const result = parseBackup(text, migrateRow);
        if (!result.ok) throw new Error(`refused: ${result.error} ${result.detail}`);
        expect(result.backup.assessments).toEqual([a]);
        expect(assessmentFileText(structuredClone(a), '0.1.0', NOW)).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
