import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardCell } from './csv-guard';

describe('guardCell', () => {
  it.each(['=SUM(A1:A2)', '+1', '-2+3', '@cmd', '\tTAB', '\rCR', "=cmd|' /C calc'!A0"])('puts an apostrophe before %j', (cell) => {
    expect(guardCell(cell)).toBe(`'${cell}`);
  });

  it('also guards a formula behind leading whitespace', () => {
    expect(guardCell('  =1+1')).toBe("'  =1+1");
    expect(guardCell('\n@x')).toBe("'\n@x");
    expect(guardCell('\u00A0-1')).toBe("'\u00A0-1");
  });

  it('leaves ordinary text, numbers and dates alone', () => {
    for (const cell of ['', 'Anna Żak', '3,5', '2026-04-01', 'a=b', 'x-y', ' plain', "'quoted", 'e-mail@x.pl']) {
      expect(guardCell(cell)).toBe(cell);
    }
  });
});

describe('guardCell on any text', () => {
  it('never leaves a cell that starts with a formula character, even after whitespace, and only ever adds one apostrophe', () => {
    const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' ', '\u00A0', "'"), fc.string({ unit: 'grapheme', maxLength: 1 })), maxLength: 12 });
    fc.assert(
      fc.property(anyText, (typed) => {
        const cell = guardCell(typed);
        expect(cell === typed || cell === `'${typed}`).toBe(true);
        expect(cell.trimStart()).not.toMatch(/^[=+\-@]/);
        expect(cell).not.toMatch(/^[\t\r]/);
      }),
      { numRuns: 300 },
    );
  });
});
