// A large backup file for the benchmark: many complete assessments in the app's own backup format (the
// file "Import backup…" on the home screen reads), built in Node. The texts are the worked example's
// (locales/<lang>/example.json), in Polish and English, with the numbers, dates, names and choices varied
// by a seeded random generator, so that every run builds the same file.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A number constant of the app's source, read from the file so that the data follows the app's versions. */
function constantOf(file, name, fallback) {
  try {
    const match = new RegExp(`export const ${name} = ([\\d_ *]+);`).exec(readFileSync(join(root, file), 'utf8'));
    // A number or a product of numbers, as 64 * 1024 * 1024.
    return match ? match[1].split('*').reduce((product, factor) => product * Number(factor.trim().replaceAll('_', '')), 1) : fallback;
  } catch {
    return fallback;
  }
}

/** The versions the file must carry and the size the import accepts (src/domain/assessment.ts, backup-format.ts). */
export const SCHEMA_VERSION = constantOf('src/domain/assessment.ts', 'CURRENT_SCHEMA_VERSION', 4);
export const FORMAT_VERSION = constantOf('src/domain/backup-format.ts', 'CURRENT_FORMAT_VERSION', 1);
export const MAX_BACKUP_BYTES = constantOf('src/domain/backup-format.ts', 'MAX_BACKUP_BYTES', 64 * 1024 * 1024);

const DIMENSIONS = ['membership', 'composition', 'operations', 'coordination', 'finance', 'services', 'purpose', 'collaboration'];
/** The "what to think about" points of each dimension (src/domain/guidance.ts). */
const POINTS = {
  membership: ['criteria', 'participation', 'expectations', 'inclusion', 'spaces'],
  composition: ['authority', 'actor-types', 'jurisdiction', 'sector-balance'],
  operations: ['fit', 'participatory', 'leadership', 'lasting-impact', 'components'],
  coordination: ['skills', 'constitution', 'legal-costs', 'representation', 'autonomy', 'legal-form'],
  finance: ['own-revenue', 'project-risk', 'public-anchor', 'diversification'],
  services: ['target-groups', 'ecosystem-fit', 'regulation', 'impact', 'priorities'],
  purpose: ['policy-alignment', 'funding-access', 'investors', 'language', 'co-creation'],
  collaboration: ['stakeholders', 'shared-goals', 'capabilities', 'trust', 'inclusivity', 'expectations'],
};
const FACTOR_KINDS = ['legitimacy', 'governance', 'resilience', 'inclusion'];
const EXPERIENCE = ['platform', 'network', 'support', 'service'];
const STATUSES = ['planned', 'planned', 'planned', 'in-progress', 'in-progress', 'done', 'blocked', 'dropped'];
const FREQUENCIES = ['monthly', 'quarterly', 'half-yearly', 'yearly'];

const REGIONS = {
  pl: [
    ['Dolnośląski', 'województwo dolnośląskie'],
    ['Kujawsko-Pomorski', 'województwo kujawsko-pomorskie'],
    ['Lubelski', 'województwo lubelskie'],
    ['Lubuski', 'województwo lubuskie'],
    ['Łódzki', 'województwo łódzkie'],
    ['Małopolski', 'województwo małopolskie'],
    ['Mazowiecki', 'województwo mazowieckie'],
    ['Opolski', 'województwo opolskie'],
    ['Podkarpacki', 'województwo podkarpackie'],
    ['Podlaski', 'województwo podlaskie'],
    ['Pomorski', 'województwo pomorskie'],
    ['Śląski', 'województwo śląskie'],
    ['Świętokrzyski', 'województwo świętokrzyskie'],
    ['Warmińsko-Mazurski', 'województwo warmińsko-mazurskie'],
    ['Wielkopolski', 'województwo wielkopolskie'],
    ['Zachodniopomorski', 'województwo zachodniopomorskie'],
  ],
  en: [
    ['Lower Silesian', 'Dolnośląskie (Lower Silesian Voivodeship), Poland'],
    ['Basque', 'Basque Country, Spain'],
    ['Flemish', 'Flanders, Belgium'],
    ['Tyrolean', 'Tyrol, Austria'],
    ['South Moravian', 'South Moravian Region, Czechia'],
    ['Styrian', 'Styria, Austria'],
    ['Emilian', 'Emilia-Romagna, Italy'],
    ['Andalusian', 'Andalusia, Spain'],
    ['Saxon', 'Saxony, Germany'],
    ['Bavarian Forest', 'Lower Bavaria, Germany'],
    ['Limburg', 'Limburg, the Netherlands'],
    ['Scanian', 'Skåne, Sweden'],
    ['Ostrobothnian', 'Ostrobothnia, Finland'],
    ['Transylvanian', 'Centru Region, Romania'],
    ['Slovenian Coastal', 'Obalno-kraška, Slovenia'],
    ['Pomeranian', 'Pomorskie (Pomeranian Voivodeship), Poland'],
  ],
};
const THEMES = {
  pl: ['Klaster Ekonomii Społecznej', 'Klaster Zielonych Usług', 'Klaster Opieki i Usług Społecznych', 'Klaster Przedsiębiorstw Społecznych', 'Klaster Gastronomii Społecznej', 'Klaster Innowacji Społecznych'],
  en: ['Social Economy Cluster', 'Green Care Cluster', 'Circular Economy Cluster', 'Social Enterprise Network', 'Community Food Cluster', 'Social Innovation Cluster'],
};
const PEOPLE = {
  pl: ['Małgorzata Żółkiewska', 'Piotr Łęcki', 'Ewa Śliwińska', 'Grzegorz Bączek', 'Agnieszka Wróbel-Nowak', 'Tomasz Szczęsny', 'Katarzyna Dąbrowska', 'Jędrzej Kołodziej'],
  en: ['Anna Keller', 'Mikel Etxeberria', 'Sofie Vermeulen', 'Lukas Hofer', 'Jana Novotná', 'Marco Bellini', 'Lucía Romero', 'Aino Virtanen'],
};
const FIRST_PHASE = { pl: 'etap', en: 'stage' };

/** Mulberry32: a small seeded generator, so that the same seed gives the same file. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (ms) => new Date(ms).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

function loadTexts(language) {
  return JSON.parse(readFileSync(join(root, 'locales', language, 'example.json'), 'utf8'));
}

/**
 * The measures of the worked example of one language as a flat list of { goal, texts, milestoneKeys },
 * the pool the generated measures are taken from.
 */
function measurePool(texts) {
  return Object.entries(texts.goals).flatMap(([goal, g]) =>
    Object.values(g.measures).map((m) => ({ goal, texts: m, milestoneKeys: Object.keys(m.milestones) })),
  );
}

/**
 * One complete assessment: all 8 dimensions rated (baseline and ideal, with notes), the resources, a vision,
 * 3 focus dimensions with a goal each (2 indicators, monitoring) and `measuresEach` measures spread over the goals.
 */
function buildAssessment(index, { rnd, texts, pool, language, measuresEach, now }) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const int = (min, max) => min + Math.floor(rnd() * (max - min + 1));
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(rnd() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
  const localId = (prefix) => `${prefix}-${uuid().slice(0, 8)}`;

  const [adjective, regionName] = pick(REGIONS[language]);
  const theme = pick(THEMES[language]);
  const name = `${adjective} ${theme} – ${index + 1}`;
  const mode = index % 5 === 4 ? 'evaluate' : 'create';
  // Every assessment a different last change, the newest first in the list.
  const updated = now - index * 3_600_000 - int(0, 3_000_000);
  const created = updated - int(30, 400) * DAY_MS;
  const sessionDay = day(updated - int(0, 20) * DAY_MS);
  const start = day(Date.UTC(new Date(updated).getUTCFullYear(), new Date(updated).getUTCMonth() + 1, 1));
  const startMs = Date.parse(start);
  const end = day(startMs + 730 * DAY_MS);

  const focus = [...DIMENSIONS].sort(() => rnd() - 0.5).slice(0, 3);
  const exampleFocus = ['coordination', 'finance', 'services'];

  const dimensions = {};
  for (const id of DIMENSIONS) {
    const baseline = int(1, 4);
    const t = texts.dimensions[id];
    const points = [...POINTS[id]].sort(() => rnd() - 0.5).slice(0, int(1, 3));
    const checklistNotes = Object.values(texts.checklist).flatMap((c) => Object.values(c));
    dimensions[id] = {
      baseline: { value: baseline, note: t.evidence },
      ideal: { value: Math.min(5, baseline + int(1, 3)), note: t.goodLooksLike },
      goodLooksLike: t.goodLooksLike,
      checklist: Object.fromEntries(points.map((p) => [p, { checked: rnd() < 0.8, note: pick(checklistNotes) }])),
      tags: { bottleneck: focus.includes(id) && rnd() < 0.6, leverage: focus.includes(id) && rnd() < 0.5, feasible: rnd() < 0.5 },
      strengths: mode === 'evaluate' ? t.evidence : '',
      gaps: mode === 'evaluate' ? t.goodLooksLike : '',
      constraints: mode === 'evaluate' ? pick(Object.values(texts.resources.external)) : '',
      participantRatings: [],
      agreed: { baseline: null, ideal: null, note: '' },
    };
  }

  const ownFactorId = localId('sf');
  const successFactors = [
    ...FACTOR_KINDS.map((kind) => ({
      id: kind,
      kind,
      label: '',
      note: kind === 'governance' || kind === 'resilience' ? texts.vision.factors[kind] : '',
      selected: kind === 'governance' || kind === 'resilience',
      check: mode === 'evaluate' ? pick(['yes', 'partly', 'no']) : null,
      checkNote: '',
    })),
    {
      id: ownFactorId,
      kind: 'custom',
      label: texts.vision.ownFactor.label,
      note: texts.vision.ownFactor.note,
      selected: true,
      check: mode === 'evaluate' ? pick(['yes', 'partly']) : null,
      checkNote: '',
    },
  ];

  const exampleGoals = Object.values(texts.goals);
  const goals = focus.map((dimension, g) => {
    const t = exampleGoals[g % exampleGoals.length];
    const indicators = Object.values(t.indicators).map((it) => {
      const base = int(0, 60);
      const higher = rnd() < 0.75;
      return { id: localId('i'), name: it.name, unit: it.unit, direction: higher ? 'higher' : 'lower', baseline: base, target: higher ? base + int(5, 100) : Math.max(0, base - int(5, 40)), source: it.source };
    });
    return {
      id: localId('g'),
      dimension,
      statement: t.statement,
      outcome: t.outcome,
      capacity: t.capacity,
      achievable: t.achievable,
      indicators,
      dueDate: day(startMs + int(200, 720) * DAY_MS),
      successFactorId: pick(['governance', 'resilience', ownFactorId]),
      relevance: t.relevance,
      ideaId: null,
      verdict: mode === 'evaluate' ? pick(['keep', 'revise', 'new']) : null,
      monitoring: { reviewer: t.monitoring.reviewer, frequency: pick(FREQUENCIES), indicatorIds: indicators.map((i) => i.id), note: t.monitoring.note },
    };
  });

  const measures = Array.from({ length: measuresEach }, (_, m) => {
    const goal = goals[m % goals.length];
    const { texts: t, milestoneKeys } = pool[(m + index) % pool.length];
    const stage = Math.floor(m / pool.length) + 1;
    const mStart = startMs + int(0, 300) * DAY_MS;
    const cadence = pick(['dates', '30-60-90', 'quarterly']);
    const milestones = milestoneKeys.map((key, k) => ({
      id: localId('ms'),
      title: t.milestones[key],
      due: cadence === 'dates' ? day(mStart + (k + 1) * int(30, 90) * DAY_MS) : '',
      offsetDays: cadence === 'dates' ? null : cadence === '30-60-90' ? (k + 1) * 30 : (k + 1) * 90,
      done: rnd() < 0.3,
    }));
    const status = pick(STATUSES);
    return {
      id: localId('m'),
      goalId: goal.id,
      title: stage > 1 ? `${t.title} (${FIRST_PHASE[language]} ${stage})` : t.title,
      description: t.description,
      owner: rnd() < 0.5 ? t.owner : `${t.owner} – ${pick(PEOPLE[language])}`,
      contributors: [...t.contributors, ...(rnd() < 0.5 ? [pick(PEOPLE[language])] : [])],
      start: day(mStart),
      due: day(mStart + int(90, 420) * DAY_MS),
      cadence,
      milestones,
      resources: { ...t.resources, fundingAmount: rnd() < 0.3 ? null : int(2, 400) * 1000, currency: language === 'pl' ? 'PLN' : 'EUR' },
      status,
      dropReason: status === 'dropped' ? texts.focus[exampleFocus[m % 3]] : '',
      ideaId: null,
    };
  });

  return {
    id: uuid(),
    schemaVersion: SCHEMA_VERSION,
    revision: int(5, 80),
    name,
    region: regionName,
    mode,
    facilitator: rnd() < 0.5 ? texts.facilitator : pick(PEOPLE[language]),
    date: sessionDay,
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(updated).toISOString(),
    language,
    continuesId: null,
    lastExportAt: null,
    dimensions,
    participants: [],
    workshop: { revealed: false },
    snapshots: [],
    resources: { internal: { ...texts.resources.internal }, external: { ...texts.resources.external } },
    vision: {
      purpose: texts.vision.purpose,
      highPerformance: texts.vision.highPerformance,
      experience: EXPERIENCE.filter(() => rnd() < 0.6),
      experienceNote: texts.vision.experienceNote,
      successFactors,
      statement: texts.vision.statement,
    },
    decision: {
      focus: focus.map((dimension, f) => ({ dimension, rationale: texts.focus[exampleFocus[f]] })),
      timeframe: { start, end },
      secondPhase: { dimensions: DIMENSIONS.filter((d) => !focus.includes(d)).slice(0, 2), timeframe: { start: day(Date.parse(end) + DAY_MS), end: day(Date.parse(end) + 731 * DAY_MS) } },
      evaluationSubmode: mode === 'evaluate' ? 'next-phase' : null,
    },
    goals,
    measures,
  };
}

/**
 * The backup file's text (JSON indented by 2 spaces, as "Export all" writes it) and facts about it.
 * Half of the assessments are in Polish, half in English (alternating); the first one is Polish.
 * @param {{ assessments?: number, measuresEach?: number, seed?: number, now?: number }} [options]
 * @returns {{ text: string, bytes: number, chars: number, names: string[], ids: string[], fitsImportLimit: boolean, maxBytes: number }}
 */
export function buildLargeBackup({ assessments = 500, measuresEach = 20, seed = 10, now = Date.UTC(2026, 4, 20, 12) } = {}) {
  const rnd = random(seed);
  const byLanguage = Object.fromEntries(
    ['pl', 'en'].map((language) => {
      const texts = loadTexts(language);
      return [language, { texts, pool: measurePool(texts) }];
    }),
  );
  const list = Array.from({ length: assessments }, (_, index) => {
    const language = index % 2 === 0 ? 'pl' : 'en';
    return buildAssessment(index, { rnd, ...byLanguage[language], language, measuresEach, now });
  });
  const envelope = { format: 'csei-navigator', formatVersion: FORMAT_VERSION, appVersion: 'bench', exportedAt: new Date(now).toISOString(), assessments: list };
  const text = JSON.stringify(envelope, null, 2);
  const bytes = Buffer.byteLength(text);
  return {
    text,
    bytes,
    chars: text.length,
    names: list.map((a) => a.name),
    ids: list.map((a) => a.id),
    // The app refuses a File larger than MAX_BACKUP_BYTES (file.size, in bytes) and a text longer than it (characters).
    fitsImportLimit: bytes <= MAX_BACKUP_BYTES,
    maxBytes: MAX_BACKUP_BYTES,
  };
}
