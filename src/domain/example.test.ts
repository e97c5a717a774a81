import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import en from '@locales/en/example.json';
import pl from '@locales/pl/example.json';
import type { Language } from './assessment';
import { assessmentSchema } from './assessment-schema';
import { DIMENSION_IDS } from './dimensions';
import type { ExampleTexts } from './example';
import { EXAMPLE_FOCUS, buildExample, firstOfNextMonth } from './example';
import { suggestFocus } from './focus-suggestion';
import { profileRows } from './gaps';
import { DIMENSION_GUIDANCE } from './guidance';
import type { Indicator, Measure } from './plan';
import { isScore } from './rating';
import { STEP_IDS, completedSteps, stepChecks } from './steps';

// Assigning the JSON files to the type checks at compile time that both have the expected shape.
const TEXTS: Record<Language, ExampleTexts> = { en, pl };

function env(today: string) {
  let n = 0;
  return {
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    now: `${today}T09:30:00.000Z`,
    today,
  };
}

const build = (language: Language, today = '2026-03-15') => buildExample(TEXTS[language], env(today), language);

const betterThanBaseline = (i: Indicator) =>
  i.baseline !== null && i.target !== null && (i.direction === 'higher' ? i.target > i.baseline : i.target < i.baseline);

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The date of every milestone: its own, or the measure's start plus its offset. */
const milestoneDates = (m: Measure) => m.milestones.map((ms) => (m.cadence === 'dates' ? ms.due : addDays(m.start, ms.offsetDays ?? 0)));

type Tree = { [key: string]: string | string[] | Tree };
function flatKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [path];
    if (Array.isArray(value)) return value.map((_, i) => `${path}.${String(i)}`);
    return flatKeys(value, path);
  });
}

function flatTexts(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value : flatTexts(value),
  );
}

describe('example texts', () => {
  it('have the same keys in English and Polish, and no empty text', () => {
    expect(flatKeys(pl as Tree).sort()).toEqual(flatKeys(en as Tree).sort());
    for (const tree of [en, pl] as Tree[]) expect(flatTexts(tree).filter((s) => s.trim() === '')).toEqual([]);
  });

  it('tick only checklist points that exist in the guidance', () => {
    for (const [dimension, points] of Object.entries(en.checklist)) {
      const known: readonly string[] = DIMENSION_GUIDANCE[dimension as keyof typeof DIMENSION_GUIDANCE].points;
      for (const point of Object.keys(points)) expect(known).toContain(point);
    }
  });
});

describe.each(['en', 'pl'] as const)('buildExample (%s)', (language) => {
  const a = build(language);

  it('is a valid stored assessment', () => {
    const result = v.safeParse(assessmentSchema, a);
    expect(result.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('has every check of all five steps done', () => {
    for (const step of STEP_IDS) expect(stepChecks(a, step).filter((c) => !c.ok), step).toEqual([]);
    expect(completedSteps(a)).toBe(5);
  });

  it('is written in the chosen language', () => {
    expect(a.language).toBe(language);
    expect(a.mode).toBe('create');
    expect(a.name).toBe(language === 'en' ? 'Pomeranian Social Economy Cluster (example)' : 'Pomorski Klaster Ekonomii Społecznej (przykład)');
    expect(a.facilitator).toBe(TEXTS[language].facilitator);
    expect(a.vision.statement).toBe(TEXTS[language].vision.statement);
    expect(a.goals.map((g) => g.statement)).toEqual(EXAMPLE_FOCUS.map((d) => TEXTS[language].goals[d].statement));
  });

  it('rates all eight dimensions with numbers, the ideal never below the baseline', () => {
    for (const id of DIMENSION_IDS) {
      const { baseline, ideal } = a.dimensions[id];
      expect(isScore(baseline.value) && isScore(ideal.value), id).toBe(true);
      expect(Number(ideal.value)).toBeGreaterThanOrEqual(Number(baseline.value));
      expect(baseline.note, id).not.toBe('');
      expect(a.dimensions[id].goodLooksLike, id).not.toBe('');
    }
  });

  it('focuses on the three dimensions the suggestion rule picks, each with a rationale', () => {
    const focus = a.decision.focus.map((f) => f.dimension);
    expect(focus).toEqual(['coordination', 'finance', 'services']);
    const tags = Object.fromEntries(DIMENSION_IDS.map((id) => [id, a.dimensions[id].tags])) as Parameters<typeof suggestFocus>[1];
    expect([...suggestFocus(profileRows(a), tags).suggested].sort()).toEqual([...focus].sort());
    expect(a.decision.secondPhase.dimensions.length).toBeGreaterThanOrEqual(1);
    expect(a.decision.secondPhase.dimensions.some((d) => focus.includes(d))).toBe(false);
  });

  it('ticks 3 to 4 checklist points, each with a note', () => {
    const ticked = DIMENSION_IDS.flatMap((id) => Object.values(a.dimensions[id].checklist)).filter((e) => e.checked);
    expect(ticked.length).toBeGreaterThanOrEqual(3);
    expect(ticked.length).toBeLessThanOrEqual(4);
    for (const entry of ticked) expect(entry.note).not.toBe('');
  });

  it('selects 2 named success factors and 1 own, and every goal links to a selected one', () => {
    const selected = a.vision.successFactors.filter((f) => f.selected);
    expect(selected.map((f) => f.kind).sort()).toEqual(['custom', 'governance', 'resilience']);
    expect(selected.find((f) => f.kind === 'custom')?.label).toBe(TEXTS[language].vision.ownFactor.label);
    const ids = new Set(selected.map((f) => f.id));
    for (const g of a.goals) expect(ids.has(g.successFactorId), g.dimension).toBe(true);
  });

  it('sets goals with indicators whose target beats the baseline, monitored quarterly', () => {
    expect(a.goals.map((g) => g.dimension)).toEqual(['coordination', 'finance', 'services']);
    const all = a.goals.flatMap((g) => g.indicators);
    expect(all.every(betterThanBaseline)).toBe(true);
    expect(all.some((i) => i.direction === 'lower')).toBe(true);
    for (const g of a.goals) {
      expect(g.indicators.length).toBeGreaterThanOrEqual(1);
      expect(g.indicators.length).toBeLessThanOrEqual(2);
      expect(/\p{N}/u.test(g.statement), g.statement).toBe(true);
      expect(g.monitoring.frequency).toBe('quarterly');
      expect(g.monitoring.reviewer).not.toBe('');
      expect(g.monitoring.indicatorIds).toEqual(g.indicators.map((i) => i.id));
    }
  });

  it('plans 2 owned measures per goal, with milestones by each cadence and one measure under way', () => {
    for (const g of a.goals) {
      const measures = a.measures.filter((m) => m.goalId === g.id);
      expect(measures).toHaveLength(2);
      for (const m of measures) {
        expect(m.owner).not.toBe('');
        expect(m.contributors.length).toBeGreaterThan(0);
        expect(/\p{N}/u.test(m.title), m.title).toBe(true);
        expect(m.milestones.length).toBeGreaterThan(0);
      }
    }
    const byCadence = (c: Measure['cadence']) => a.measures.filter((m) => m.cadence === c);
    for (const m of byCadence('30-60-90')) {
      expect(m.milestones.map((ms) => [ms.offsetDays, ms.due])).toEqual([[30, ''], [60, ''], [90, '']]);
    }
    for (const m of byCadence('quarterly')) expect(m.milestones.map((ms) => ms.offsetDays)).toEqual([90, 180, 270, 360]);
    for (const m of byCadence('dates')) {
      for (const ms of m.milestones) {
        expect(ms.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(ms.offsetDays).toBeNull();
      }
    }
    expect(new Set(a.measures.filter((m) => m.goalId === a.goals[0]?.id).map((m) => m.cadence))).toEqual(new Set(['30-60-90']));
    expect(byCadence('quarterly').length + byCadence('dates').length).toBe(4);
    expect(a.measures.filter((m) => m.status === 'in-progress')).toHaveLength(1);
    expect(a.measures.filter((m) => m.status === 'planned')).toHaveLength(5);
    const funded = a.measures.filter((m) => m.resources.fundingAmount !== null);
    expect(funded.length).toBeGreaterThan(0);
    for (const m of a.measures) {
      expect(m.resources.currency).toBe('PLN');
      for (const key of ['time', 'tools', 'politicalSupport', 'expertise'] as const) expect(m.resources[key], key).not.toBe('');
    }
  });
});

describe('example dates', () => {
  it.each([
    ['2026-03-15', '2026-04-01', '2028-03-31'],
    ['2026-12-31', '2027-01-01', '2028-12-31'],
    ['2027-01-31', '2027-02-01', '2029-01-31'],
    ['2028-02-29', '2028-03-01', '2030-02-28'],
  ])('starting from %s, run from the next month for 24 months, with everything inside', (today, start, end) => {
    const a = buildExample(en, env(today), 'en');
    expect(a.date).toBe(today);
    expect(firstOfNextMonth(today)).toBe(start);
    expect(a.decision.timeframe).toEqual({ start, end });
    expect(a.decision.secondPhase.timeframe.start > end).toBe(true);
    const inside = (d: string) => d >= start && d <= end;
    for (const g of a.goals) expect(inside(g.dueDate), `goal ${g.dimension}: ${g.dueDate}`).toBe(true);
    for (const m of a.measures) {
      expect(inside(m.start) && inside(m.due), `${m.title}: ${m.start}–${m.due}`).toBe(true);
      expect(m.start <= m.due).toBe(true);
      const goal = a.goals.find((g) => g.id === m.goalId);
      expect(m.due <= (goal?.dueDate ?? ''), `${m.title} ends by its goal`).toBe(true);
      for (const date of milestoneDates(m)) {
        expect(date >= m.start && date <= m.due, `${m.title}: milestone ${date}`).toBe(true);
      }
    }
  });

  it('gives every record a distinct id from env.newId', () => {
    const a = build('en');
    const ids = [
      a.id,
      ...a.vision.successFactors.filter((f) => f.kind === 'custom').map((f) => f.id),
      ...a.goals.flatMap((g) => [g.id, ...g.indicators.map((i) => i.id)]),
      ...a.measures.flatMap((m) => [m.id, ...m.milestones.map((ms) => ms.id)]),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('00000000-'))).toBe(true);
  });
});
