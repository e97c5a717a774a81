import { describe, expect, it } from 'vitest';
import en from '@locales/en/ideas.json';
import pl from '@locales/pl/ideas.json';
import type { Language } from '../assessment';
import { MODES } from '../assessment';
import { DIMENSION_IDS } from '../dimensions';
import { newGoal } from '../plan';
import { statementIssues } from '../smart';
import { findAbstractPhrase, findPlaceholder } from '../vague-words';
import type { GoalIdea, Idea, IdeaFilter, IdeaTexts, MeasureIdea } from './ideas';
import {
  IDEAS,
  IDEA_UNITS,
  SOURCE_SECTIONS,
  fillGoalFromIdea,
  goalFromIdea,
  ideaById,
  measureFromIdea,
  normalizeForSearch,
  searchIdeas,
  unfilledPlaceholders,
} from './ideas';

type LocaleItem = { title: string; text: string; hint?: string; indicator?: string; milestones?: Record<string, string> };
type IdeasLocale = { sources: Record<string, string>; sections: Record<string, Record<string, string>>; units: Record<string, string>; items: Record<string, LocaleItem> };
const LOCALES: Record<Language, IdeasLocale> = { en, pl };

/** The texts of an idea as the screens read them from the locale file. */
function textsOf(language: Language) {
  return (idea: Idea): IdeaTexts => {
    const item = LOCALES[language].items[idea.id] ?? expect.fail(`no ${language} texts for ${idea.id}`);
    const { milestones, ...rest } = item;
    return milestones ? { ...rest, milestones: Object.values(milestones) } : rest;
  };
}

const noFilter: IdeaFilter = { query: '', dimension: null, mode: null, kind: null };
let counter = 0;
const env = { newId: () => `id-${String(++counter)}` };
const goalIdea = (id: string) => ideaById(id) as GoalIdea;
const measureIdea = (id: string) => ideaById(id) as MeasureIdea;

describe('the idea library', () => {
  it('offers every dimension at least five goal ideas and five measure ideas', () => {
    for (const dimension of DIMENSION_IDS) {
      const own = IDEAS.filter((i) => i.dimension === dimension);
      expect(own.filter((i) => i.kind === 'goal').length, dimension).toBeGreaterThanOrEqual(5);
      expect(own.filter((i) => i.kind === 'measure').length, dimension).toBeGreaterThanOrEqual(5);
    }
  });

  it('leaves the picker preset to either mode at least two goals and two measures per dimension', () => {
    for (const dimension of DIMENSION_IDS) {
      for (const mode of MODES) {
        for (const kind of ['goal', 'measure'] as const) {
          expect(searchIdeas(IDEAS, { ...noFilter, dimension, mode, kind }, textsOf('en')).length, `${dimension} ${mode} ${kind}`).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });

  it('gives every idea at least one mode and a source section of its own document with a name in both languages', () => {
    for (const idea of IDEAS) {
      expect(idea.modes.length, idea.id).toBeGreaterThan(0);
      expect(SOURCE_SECTIONS[idea.source.document] as readonly string[], idea.id).toContain(idea.source.section);
      for (const language of ['en', 'pl'] as const) {
        expect(LOCALES[language].sources[idea.source.document], `${language} ${idea.id}`).toBeTruthy();
        expect(LOCALES[language].sections[idea.source.document]?.[idea.source.section], `${language} ${idea.id}`).toBeTruthy();
      }
    }
  });

  it('has a title and a text for every idea in English and Polish, and nothing for ideas that do not exist', () => {
    for (const language of ['en', 'pl'] as const) {
      const items = LOCALES[language].items;
      expect(Object.keys(items).sort()).toEqual(IDEAS.map((i) => i.id).sort());
      for (const idea of IDEAS) {
        const texts = textsOf(language)(idea);
        expect(texts.title.trim(), `${language} ${idea.id}`).not.toBe('');
        expect(texts.text.trim(), `${language} ${idea.id}`).not.toBe('');
      }
    }
    // Own words in each language: no text is left untranslated
    for (const idea of IDEAS) expect(textsOf('pl')(idea).text).not.toBe(textsOf('en')(idea).text);
  });

  it('names each suggested indicator and unit, and titles each suggested milestone, in both languages', () => {
    for (const language of ['en', 'pl'] as const) {
      for (const unit of IDEA_UNITS) expect(LOCALES[language].units[unit], unit).toBeTruthy();
      for (const idea of IDEAS) {
        const texts = textsOf(language)(idea);
        if (idea.kind === 'goal') expect(Boolean(texts.indicator), `${language} ${idea.id}`).toBe(idea.indicator !== undefined);
        else expect(texts.milestones?.length ?? 0, `${language} ${idea.id}`).toBe(idea.milestones?.count ?? 0);
      }
    }
  });

  it('words goals and measures so that the app’s own SMART and wording checks do not flag them', () => {
    for (const language of ['en', 'pl'] as const) {
      for (const idea of IDEAS) {
        const texts = textsOf(language)(idea);
        // A goal idea is flagged until its gaps are filled ("[number]"); filled with a figure it passes.
        if (idea.kind === 'goal') {
          expect(findPlaceholder(texts.text) !== null || statementIssues(texts.text).length === 0, `${language} ${idea.id}`).toBe(true);
          expect(statementIssues(texts.text.replace(/\[[^\]]*\]/g, '10')), `${language} ${idea.id}`).toEqual([]);
        }
        else expect(findAbstractPhrase(texts.title), `${language} ${idea.id}`).toBeNull();
      }
    }
  });
});

describe('idea ids', () => {
  it('are unique and say their dimension and kind', () => {
    const ids = IDEAS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const idea of IDEAS) expect(idea.id).toMatch(new RegExp(`^${idea.dimension}-${idea.kind}-[a-z0-9-]+$`));
  });

  it('stay stable: ids stored in assessments still lead to the same idea', () => {
    // Goals and measures keep the id of their idea; renaming or removing one would cut that link.
    const stored: [string, string, string][] = [
      ['membership-goal-active-core', 'membership', 'goal'],
      ['composition-measure-actor-map', 'composition', 'measure'],
      ['operations-measure-charter', 'operations', 'measure'],
      ['coordination-measure-select-operator', 'coordination', 'measure'],
      ['coordination-measure-hire-coordinator', 'coordination', 'measure'],
      ['finance-goal-cap-single-source', 'finance', 'goal'],
      ['finance-measure-funding-pipeline', 'finance', 'measure'],
      ['services-measure-pilot-consortia', 'services', 'measure'],
      ['purpose-goal-co-created', 'purpose', 'goal'],
      ['collaboration-measure-roundtables', 'collaboration', 'measure'],
    ];
    for (const [id, dimension, kind] of stored) expect(ideaById(id), id).toMatchObject({ dimension, kind });
    expect(ideaById('no-such-idea')).toBeUndefined();
    expect(ideaById(null)).toBeUndefined();
  });
});

describe('searchIdeas', () => {
  const sample: Idea[] = [
    { id: 'a', kind: 'goal', dimension: 'finance', modes: ['create'], source: { document: '000', section: 'risks-financial' } },
    { id: 'b', kind: 'measure', dimension: 'finance', modes: ['create', 'evaluate'], source: { document: '001', section: 'step-5' } },
    { id: 'c', kind: 'measure', dimension: 'membership', modes: ['evaluate'], source: { document: '004', section: 'governance' } },
  ];
  const texts: Record<string, IdeaTexts> = {
    a: { title: 'Składka członkowska', text: 'Roczna składka zależna od wielkości' },
    b: { title: 'Spotkanie w Łodzi', text: 'Okrągły stół w Łódź Fabryczna', milestones: ['Zaproszenia wysłane'] },
    c: { title: 'CATERING consortium', text: 'Two pilots', hint: 'Ask the Gdańsk office' },
  };
  const search = (filter: Partial<IdeaFilter>) => searchIdeas(sample, { ...noFilter, ...filter }, (i) => texts[i.id] ?? expect.fail(i.id)).map((i) => i.id);

  it('ignores case and Polish letters: “lodz” finds Łódź, “skladka” finds składka, “gdansk” finds a hint', () => {
    expect(search({ query: 'lodz' })).toEqual(['b']);
    expect(search({ query: 'skladka' })).toEqual(['a']);
    expect(search({ query: 'SKŁADKA' })).toEqual(['a']);
    expect(search({ query: 'catering' })).toEqual(['c']);
    expect(search({ query: 'gdansk' })).toEqual(['c']);
    expect(search({ query: 'zaproszenia' })).toEqual(['b']);
  });

  it('needs every word of the query, in any order', () => {
    expect(search({ query: 'pilots consortium' })).toEqual(['c']);
    expect(search({ query: 'pilots składka' })).toEqual([]);
    expect(search({ query: '   ' })).toEqual(['a', 'b', 'c']);
  });

  it('filters by dimension, by mode (ideas for both modes pass either) and by kind, keeping library order', () => {
    expect(search({ dimension: 'finance' })).toEqual(['a', 'b']);
    expect(search({ mode: 'evaluate' })).toEqual(['b', 'c']);
    expect(search({ mode: 'create' })).toEqual(['a', 'b']);
    expect(search({ kind: 'measure' })).toEqual(['b', 'c']);
    expect(search({ dimension: 'finance', kind: 'measure', mode: 'evaluate', query: 'stol' })).toEqual(['b']);
  });

  it('finds library ideas by their English and Polish words', () => {
    const en40 = searchIdeas(IDEAS, { ...noFilter, query: '40 %', kind: 'goal' }, textsOf('en')).map((i) => i.id);
    expect(en40).toContain('finance-goal-cap-single-source');
    const roundtables = searchIdeas(IDEAS, { ...noFilter, query: 'okragle stoly', kind: 'measure' }, textsOf('pl')).map((i) => i.id);
    expect(roundtables).toEqual(['collaboration-measure-roundtables']);
  });

  it('normalises text for matching', () => {
    expect(normalizeForSearch('Łódź, Gdańsk, ŻÓŁW')).toBe('lodz, gdansk, zolw');
  });
});

describe('turning an idea into a goal', () => {
  it('makes a goal of the idea’s dimension with its statement, its suggested indicator and the idea’s id', () => {
    const idea = goalIdea('finance-goal-cap-single-source');
    const texts = { ...textsOf('en')(idea), unit: '%' };
    const goal = goalFromIdea(idea, texts, env);
    expect(goal).toMatchObject({
      dimension: 'finance',
      ideaId: 'finance-goal-cap-single-source',
      statement: texts.text,
      dueDate: '',
      indicators: [{ name: 'Share of the budget from the largest single source', unit: '%', direction: 'lower', baseline: null, target: null }],
    });
    expect(goal.id).not.toBe(goal.indicators[0]?.id);
  });

  it('fills an existing goal: the statement is replaced, what the group entered stays', () => {
    const idea = goalIdea('membership-goal-fast-decisions');
    const existing = { ...newGoal('g1', 'membership'), statement: 'Our own goal', dueDate: '2027-06-30', relevance: 'Members asked for it' };
    existing.indicators = [{ id: 'i1', name: 'Members', unit: '', direction: 'higher', baseline: 10, target: 20, baselineInput: '', targetInput: '', source: '' }];
    const filled = fillGoalFromIdea(existing, idea, textsOf('pl')(idea), env);
    expect(filled).toMatchObject({ id: 'g1', dimension: 'membership', dueDate: '2027-06-30', relevance: 'Members asked for it', ideaId: idea.id });
    expect(filled.statement).toBe(textsOf('pl')(idea).text);
    expect(filled.indicators).toEqual(existing.indicators);
  });

  it('adds no indicator when the idea suggests none', () => {
    const idea: GoalIdea = { id: 'x', kind: 'goal', dimension: 'purpose', modes: ['create'], source: { document: '001', section: 'dim-purpose' } };
    expect(goalFromIdea(idea, { title: 'T', text: 'S' }, env).indicators).toEqual([]);
  });
});

describe('turning an idea into a measure', () => {
  it('makes a planned measure of the goal with the idea’s title, description, milestones and id', () => {
    const idea = measureIdea('coordination-measure-hire-coordinator');
    const texts = textsOf('en')(idea);
    const m = measureFromIdea(idea, texts, 'goal-7', env);
    expect(m).toMatchObject({ goalId: 'goal-7', ideaId: idea.id, title: 'Hire a full-time coordinator', description: texts.text, status: 'planned', owner: '', cadence: '30-60-90' });
    expect(m.milestones.map((ms) => [ms.title, ms.offsetDays, ms.done])).toEqual([
      ['Job description agreed', 30, false],
      ['Candidates interviewed', 60, false],
      ['Coordinator at work with a three-month plan', 90, false],
    ]);
  });

  it('gives dated milestones no date yet, and a measure without suggested milestones none', () => {
    const dated = measureIdea('membership-measure-bylaws');
    const m = measureFromIdea(dated, textsOf('pl')(dated), 'g', env);
    expect(m.cadence).toBe('dates');
    expect(m.milestones.map((ms) => [ms.due, ms.offsetDays])).toEqual([
      ['', null],
      ['', null],
      ['', null],
    ]);
    const plain = measureIdea('finance-measure-in-kind-register');
    expect(measureFromIdea(plain, textsOf('en')(plain), 'g', env)).toMatchObject({ cadence: 'dates', milestones: [] });
  });
});

describe('unfilledPlaceholders', () => {
  it('lists the bracketed parts still to fill in', () => {
    expect(unfilledPlaceholders('Reach [number] members, [share] % active')).toEqual(['[number]', '[share]']);
    expect(unfilledPlaceholders('Reach 40 members')).toEqual([]);
  });
});
