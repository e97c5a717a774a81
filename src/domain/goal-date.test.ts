import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statementNamesDueDate } from './goal-date';

describe('statementNamesDueDate', () => {
  it('finds the due date spelled out in the language of the text, whatever the spaces and case', () => {
    expect(statementNamesDueDate('By 31 December 2027, 6 impact partnerships signed.', '2027-12-31', ['31 December 2027'])).toBe(true);
    expect(statementNamesDueDate('Do 31\u00a0grudnia 2027 podpisanych 6 partnerstw.', '2027-12-31', ['31 grudnia 2027'])).toBe(true);
    expect(statementNamesDueDate('by 31 DECEMBER 2027 six partnerships', '2027-12-31', ['31 December 2027'])).toBe(true);
  });

  it('finds the date written as ISO, day.month.year and day/month/year, with or without leading zeros', () => {
    for (const form of ['2027-03-05', '05.03.2027', '5.3.2027', '5/3/2027', '05/03/2027', '5-3-2027']) {
      expect(statementNamesDueDate(`Six partnerships by ${form}.`, '2027-03-05'), form).toBe(true);
    }
  });

  it('does not take another date, a longer number or a different year for the due date', () => {
    expect(statementNamesDueDate('By 31 December 2026, six partnerships.', '2027-12-31', ['31 December 2027'])).toBe(false);
    expect(statementNamesDueDate('Budget 15.3.20270 units', '2027-03-15')).toBe(false);
    expect(statementNamesDueDate('Cut from 80% to 50% by 2027.', '2027-12-31', ['31 December 2027'])).toBe(false);
    expect(statementNamesDueDate('By 31 December 2027.', '', ['31 December 2027'])).toBe(false);
    expect(statementNamesDueDate('Anything', '2027-12-31', ['', ' '])).toBe(false);
  });

  it('is never true for a statement without digits when no spelled form is given', () => {
    fc.assert(
      fc.property(fc.string().map((s) => s.replace(/\d/g, '')), fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }), (statement, date) => {
        expect(statementNamesDueDate(statement, date.toISOString().slice(0, 10))).toBe(false);
      }),
    );
  });
});
