import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS } from '../dimensions';
import type { ReferenceTable } from './reference-figures';
import {
  derivedPercent,
  FIGURE_GAPS,
  figuresFor,
  libraryGroup,
  noteValues,
  REFERENCE_GROUPS,
  REFERENCE_TABLES,
  shownNotes,
  tableTotals,
} from './reference-figures';

function table(id: string): ReferenceTable {
  const found = REFERENCE_TABLES.find((t) => t.id === id);
  if (!found) throw new Error(`No table ${id}`);
  return found;
}

/** Row id → count, in the order of the table. */
function counts(id: string): [string, number][] {
  return table(id).rows.map((r) => [r.id, r.count]);
}

/**
 * The numbers as printed in seed 004 (/work/shared/seeds/004_*.txt), copied by hand from the seed text,
 * not from the data module, with the line each comes from.
 */
describe('every figure equals the one printed in the GECES report', () => {
  it('Table 2, clusters per country (004:L491–498, two columns, no total row)', () => {
    expect(counts('country')).toEqual([
      ['belgium', 3], // L492
      ['croatia', 1], // L493
      ['denmark', 2], // L494
      ['finland', 1], // L495
      ['france', 3], // L496
      ['germany', 1], // L497
      ['ireland', 2], // L498
      ['italy', 3], // L492, right column
      ['luxembourg', 1], // L493, right column
      ['spain', 10], // L494, right column
      ['sweden', 1], // L495, right column
      ['netherlands', 1], // L496, right column
      ['unitedKingdom', 1], // L497, right column
    ]);
    expect(table('country').printedTotal).toBeNull();
  });

  it('Table 3, age (004:L518–519: 14, 11, 5, total 30)', () => {
    expect(counts('age')).toEqual([
      ['upTo5', 14],
      ['from6to15', 11],
      ['from16', 5],
    ]);
    expect(table('age').printedTotal).toBe(30);
  });

  it('Table 4, phase of development (004:L525–526: 5, 24, 1, total 30)', () => {
    expect(counts('stage')).toEqual([
      ['initial', 5],
      ['mature', 24],
      ['noAnswer', 1],
    ]);
    expect(table('stage').printedTotal).toBe(30);
  });

  it('Table 5, who initiated the cluster (004:L534–546)', () => {
    expect(table('initiators').rows.map((r) => [r.id, r.count, r.subtotal === true])).toEqual([
      ['publicEntity', 3, false], // L535
      ['socialEconomyOrganisation', 2, false], // L536
      ['singleEntity', 5, true], // L537 subtotal
      ['citizens', 4, false], // L538
      ['publicEntities', 2, false], // L539
      ['publicAndSocialEconomy', 1, false], // L540
      ['forProfit', 1, false], // L541
      ['socialEconomyOrganisations', 7, false], // L542
      ['socialEconomyAndForProfit', 7, false], // L543
      ['publicSocialEconomyForProfit', 3, false], // L544
      ['groupOfEntities', 25, true], // L545 subtotal
    ]);
    expect(table('initiators').printedTotal).toBe(30); // L546
  });

  it('Table 6, geographical scope (004:L552–553: 11, 15, 1, 3, total 30)', () => {
    expect(counts('scope')).toEqual([
      ['local', 11],
      ['regional', 15],
      ['national', 1],
      ['transnational', 3],
    ]);
    expect(table('scope').printedTotal).toBe(30);
  });

  it('Table 7, formation type (004:L571–572: 0, 14, 16, total 30)', () => {
    expect(counts('formation')).toEqual([
      ['traditional', 0],
      ['hybrid', 14],
      ['mainlySocialEconomy', 16],
    ]);
    expect(table('formation').printedTotal).toBe(30);
  });

  it('Table 8, clusters per number of sectors: the printed sub-rows and their sums (004:L581–595)', () => {
    expect(table('sectors').rows.map((r) => [r.id, r.parts, r.count])).toEqual([
      ['one', [7], 7], // L581
      ['two', [5, 1], 6], // L582–583
      ['three', [1, 2, 2, 1], 6], // L584–587
      ['four', [2, 1, 2, 1], 6], // L588–591
      ['five', [2, 1], 3], // L592–593
      ['six', [1], 1], // L594
    ]);
    expect(table('sectors').printedTotal).toBe(29); // L595
  });

  it('Table 8, column totals per type of actor (004:L580, L595)', () => {
    expect(counts('actorTypes')).toEqual([
      ['traditionalEnterprises', 14],
      ['socialEconomyEnterprises', 30],
      ['otherEcosystemActors', 10],
      ['researchInnovation', 12],
      ['publicAuthorities', 12],
      ['otherType', 6],
    ]);
    expect(table('actorTypes').printedTotal).toBe(29);
  });

  it('Table 9, size by number of members (004:L618–619: 10, 13, 2, 3, 2, total 30)', () => {
    expect(counts('size')).toEqual([
      ['small', 10],
      ['medium', 13],
      ['large', 2],
      ['mega', 3],
      ['noAnswer', 2],
    ]);
    expect(table('size').printedTotal).toBe(30);
  });

  it('Table 10, main target group (004:L654–655: multiple 10, single 20, total 30)', () => {
    expect(counts('targetGroups')).toEqual([
      ['multiple', 10],
      ['single', 20],
    ]);
    expect(table('targetGroups').printedTotal).toBe(30);
  });

  it('Table 11, clusters with a single target group (004:L663–664: 10, 9, 1, printed total 30)', () => {
    expect(counts('singleTargetGroup')).toEqual([
      ['socialEconomyOrganisations', 10],
      ['vulnerableGroups', 9],
      ['artists', 1],
    ]);
    expect(table('singleTargetGroup').printedTotal).toBe(30);
  });

  it('Table 12, leadership (004:L674–675: public 5, private 21, both 3, no answer 1, total 30)', () => {
    expect(counts('leadership')).toEqual([
      ['public', 5],
      ['private', 21],
      ['publicPrivate', 3],
      ['noAnswer', 1],
    ]);
    expect(table('leadership').printedTotal).toBe(30);
  });

  it('Table 13, cluster manager (004:L681–682: yes 25, no 4, no answer 1, total 30)', () => {
    expect(counts('manager')).toEqual([
      ['yes', 25],
      ['no', 4],
      ['noAnswer', 1],
    ]);
    expect(table('manager').printedTotal).toBe(30);
  });

  it('Table 14, staff (004:L690–691: 1, 12, 4, 2, 0, 11, total 30)', () => {
    expect(counts('staff')).toEqual([
      ['none', 1],
      ['micro', 12],
      ['small', 4],
      ['medium', 2],
      ['large', 0],
      ['noAnswer', 11],
    ]);
    expect(table('staff').printedTotal).toBe(30);
  });

  it('Table 15, sources of income (004:L699–700: single 3, multisource 20, no answer 7, total 30)', () => {
    expect(counts('incomeSources')).toEqual([
      ['single', 3],
      ['multiple', 20],
      ['noAnswer', 7],
    ]);
    expect(table('incomeSources').printedTotal).toBe(30);
  });

  it('Table 17, public support (004:L721–722: with 21, without 6, no answer 3, total 30)', () => {
    expect(counts('publicSupport')).toEqual([
      ['with', 21],
      ['without', 6],
      ['noAnswer', 3],
    ]);
    expect(table('publicSupport').printedTotal).toBe(30);
  });

  it('Table 18, type of public support (004:L728–729: 21, 6, 5, 2, 1, 2, printed total 21)', () => {
    expect(counts('supportTypes')).toEqual([
      ['grants', 21],
      ['inKind', 6],
      ['financialInstruments', 5],
      ['capacityBuilding', 2],
      ['consultancy', 1],
      ['other', 2],
    ]);
    expect(table('supportTypes').printedTotal).toBe(21);
  });

  it('Table 19, member fees (004:L735–736: yes 11, no 12, no answer 6, printed total 29)', () => {
    expect(counts('memberFees')).toEqual([
      ['yes', 11],
      ['no', 12],
      ['noAnswer', 6],
    ]);
    expect(table('memberFees').printedTotal).toBe(29);
  });

  it('Table 20, annual budget in 2018 (004:L748–749: 6, 3, 4, no answer 17, total 30)', () => {
    expect(counts('budget')).toEqual([
      ['under500k', 6],
      ['from500kTo1m', 3],
      ['over1m', 4],
      ['noAnswer', 17],
    ]);
    expect(table('budget').printedTotal).toBe(30);
  });

  it('Table 28, membership of international networks (004:L882–883: yes 17, no 3, no answer 10, total 30)', () => {
    expect(counts('networks')).toEqual([
      ['yes', 17],
      ['no', 3],
      ['noAnswer', 10],
    ]);
    expect(table('networks').printedTotal).toBe(30);
  });

  it('covers every table above and no other', () => {
    expect(REFERENCE_TABLES.map((t) => t.id).sort()).toEqual(
      [
        'country', 'age', 'stage', 'initiators', 'scope', 'formation', 'sectors', 'actorTypes', 'size', 'targetGroups',
        'singleTargetGroup', 'leadership', 'manager', 'staff', 'incomeSources', 'publicSupport', 'supportTypes',
        'memberFees', 'budget', 'networks',
      ].sort(),
    );
  });

  it('keeps no percentage as printed, since the report prints none, and says the shown ones are derived', () => {
    for (const t of REFERENCE_TABLES) {
      expect(t.rows.every((r) => r.percent === null), t.id).toBe(true);
      expect(t.notes, t.id).toContain('derived-percent');
    }
  });
});

describe('notes on the report’s arithmetic', () => {
  it.each(REFERENCE_TABLES.map((t) => [t.id, t] as const))('%s carries exactly the notes its totals call for', (_id, t) => {
    const totals = tableTotals(t);
    expect(t.notes.includes('total-mismatch'), 'total-mismatch').toBe(totals.sumDiffers && !t.multipleAnswers);
    expect(t.notes.includes('multiple-answers-sum'), 'multiple-answers-sum').toBe(totals.sumDiffers && t.multipleAnswers);
    expect(t.notes.includes('total-not-sample'), 'total-not-sample').toBe(totals.totalNotSample);
    expect(t.notes.includes('count-exceeds-total'), 'count-exceeds-total').toBe(totals.rowExceedsTotal);
    expect(t.notes.includes('no-total-row'), 'no-total-row').toBe(t.printedTotal === null);
    expect(t.notes.includes('subrows-summed'), 'subrows-summed').toBe(t.rows.some((r) => (r.parts?.length ?? 0) > 1));
  });

  it('finds the four inconsistencies of the report: Tables 8, 11, 18 and 19', () => {
    const flagged = REFERENCE_TABLES.filter((t) => {
      const totals = tableTotals(t);
      return totals.sumDiffers || totals.totalNotSample || totals.rowExceedsTotal;
    }).map((t) => t.source.table);
    expect([...new Set(flagged)].sort((a, b) => a - b)).toEqual([8, 11, 18, 19]);
  });

  it('adds up Table 11 to 20 although the report prints 30', () => {
    expect(tableTotals(table('singleTargetGroup'))).toMatchObject({ rowSum: 20, printedTotal: 30, sumDiffers: true });
  });

  it('adds up Table 18 to 37 answers from 21 clusters (several answers each)', () => {
    expect(tableTotals(table('supportTypes'))).toMatchObject({ rowSum: 37, printedTotal: 21, sumDiffers: true, totalNotSample: false });
  });

  it('finds the social economy column of Table 8 (30) above its total of 29', () => {
    const totals = tableTotals(table('actorTypes'));
    expect(totals.rowExceedsTotal).toBe(true);
    expect(totals.largestRow?.id).toBe('socialEconomyEnterprises');
  });

  it('leaves subtotal rows out of the row sum, and each printed subtotal equals its rows', () => {
    const initiators = table('initiators');
    expect(tableTotals(initiators)).toMatchObject({ rowSum: 30, sumDiffers: false });
    let running = 0;
    for (const row of initiators.rows) {
      if (row.subtotal === true) {
        expect(row.count, row.id).toBe(running);
        running = 0;
      } else running += row.count;
    }
  });

  it('sums each row of Table 8 from its printed sub-rows', () => {
    for (const row of table('sectors').rows) {
      expect(row.count, row.id).toBe((row.parts ?? []).reduce((a, b) => a + b, 0));
    }
  });

  it('agrees with the figures the report gives in its text', () => {
    // 004:L528 nine clusters name public agencies among the initiators; L530 twenty name social economy entities
    const initiators = Object.fromEntries(table('initiators').rows.map((r) => [r.id, r.count]));
    const withPublic = ['publicEntity', 'publicEntities', 'publicAndSocialEconomy', 'publicSocialEconomyForProfit'];
    const withSocialEconomy = ['socialEconomyOrganisation', 'publicAndSocialEconomy', 'socialEconomyOrganisations', 'socialEconomyAndForProfit', 'publicSocialEconomyForProfit'];
    expect(withPublic.reduce((s, id) => s + (initiators[id] ?? 0), 0)).toBe(9);
    expect(withSocialEconomy.reduce((s, id) => s + (initiators[id] ?? 0), 0)).toBe(20);
    // 004:L601 sixteen clusters bring together 3 to 6 sectors
    const sectors = table('sectors').rows.filter((r) => ['three', 'four', 'five', 'six'].includes(r.id));
    expect(sectors.reduce((s, r) => s + r.count, 0)).toBe(16);
  });
});

describe('derivedPercent', () => {
  it('is the count over the table’s base', () => {
    const spain = table('country').rows.find((r) => r.id === 'spain');
    if (!spain) throw new Error('no Spain');
    expect(derivedPercent(table('country'), spain)).toBeCloseTo(33.333, 2);
    const artists = table('singleTargetGroup').rows.find((r) => r.id === 'artists');
    if (!artists) throw new Error('no artists');
    expect(derivedPercent(table('singleTargetGroup'), artists)).toBe(5);
  });
});

describe('figuresFor', () => {
  it.each(DIMENSION_IDS)('gives %s tables or an explicit "no figure" entry', (dimension) => {
    const figures = figuresFor(dimension);
    expect(figures.tables.length > 0 || figures.noFigure).toBe(true);
    for (const t of figures.tables) expect(t.groups).toContain(dimension);
  });

  it('maps the report’s tables to the dimensions', () => {
    const ids = (d: Parameters<typeof figuresFor>[0]) => figuresFor(d).tables.map((t) => t.id);
    expect(ids('composition')).toEqual(['formation', 'initiators', 'sectors', 'actorTypes']);
    expect(ids('membership')).toEqual(['size', 'memberFees']);
    expect(ids('operations')).toEqual(['leadership', 'manager', 'staff']);
    expect(ids('coordination')).toEqual(['leadership', 'manager', 'staff']);
    expect(ids('finance')).toEqual(['incomeSources', 'publicSupport', 'supportTypes', 'memberFees', 'budget']);
    expect(ids('services')).toEqual(['targetGroups', 'singleTargetGroup']);
    expect(ids('purpose')).toEqual(['targetGroups', 'singleTargetGroup']);
    expect(ids('collaboration')).toEqual(['networks']);
  });

  it('says that collaboration has no figure of its own, and only that one', () => {
    const without = DIMENSION_IDS.filter((d) => figuresFor(d).noFigure);
    expect(without).toEqual(['collaboration']);
    expect(FIGURE_GAPS.collaboration.map((g) => g.id)).toEqual(['dimension']);
  });

  it('keeps the general context (country, age, stage, scope) away from the dimensions', () => {
    for (const d of DIMENSION_IDS) {
      expect(figuresFor(d).tables.some((t) => t.groups.includes('context'))).toBe(false);
    }
  });
});

describe('libraryGroup', () => {
  it('shows every table exactly once on the library page', () => {
    const shown = REFERENCE_GROUPS.flatMap((g) => libraryGroup(g).tables.map((t) => t.id));
    expect(shown.sort()).toEqual(REFERENCE_TABLES.map((t) => t.id).sort());
  });

  it('points from a dimension to the tables shown under another one', () => {
    expect(libraryGroup('context').tables.map((t) => t.id)).toEqual(['country', 'age', 'stage', 'scope']);
    expect(libraryGroup('coordination').tables.map((t) => t.id)).toEqual(['manager', 'staff']);
    expect(libraryGroup('coordination').alsoRelevant.map((t) => t.id)).toEqual(['leadership']);
    expect(libraryGroup('membership').alsoRelevant.map((t) => t.id)).toEqual(['memberFees']);
    expect(libraryGroup('purpose').tables).toEqual([]);
    expect(libraryGroup('purpose').alsoRelevant.map((t) => t.id)).toEqual(['targetGroups', 'singleTargetGroup']);
  });
});

describe('noteValues', () => {
  it('names the row that exceeds the total in Table 8', () => {
    expect(noteValues(table('actorTypes'), 'count-exceeds-total')).toEqual({ sum: 84, printed: 29, base: 29, rowId: 'socialEconomyEnterprises', count: 30 });
  });

  it('counts the missing answers for the budget (17 of 30)', () => {
    expect(noteValues(table('budget'), 'many-no-answer')).toMatchObject({ rowId: 'noAnswer', count: 17, base: 30 });
  });

  it('uses the row sum as the total where the report prints none', () => {
    expect(noteValues(table('country'), 'no-total-row')).toMatchObject({ sum: 30, printed: 30 });
  });

  it('leaves the derived-percent note to the column header', () => {
    expect(shownNotes(table('memberFees'))).toEqual(['total-not-sample', 'fees-proportional']);
  });
});
