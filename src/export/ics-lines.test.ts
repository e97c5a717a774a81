import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarText, escapeText, foldLine, icsDate, icsTimestamp, nextDay } from './ics-lines';
import { parseCalendar } from './read-back';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('leaves out control characters a calendar may not hold, and keeps the tab', () => {
    expect(escapeText('a\u0000b\u0007c\u001Fd\u007Fe\tf')).toBe('abcde\tf');
    expect(calendarText('a\u0000b\r\nc\td')).toBe('ab\nc\td');
  });
});

describe('foldLine', () => {
  it('keeps a short line as it is, with CRLF', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short\r\n');
  });

  it('folds at 75 octets, continuing with a space, and unfolds to the same text', () => {
    const line = `SUMMARY:${'x'.repeat(200)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n').slice(0, -1);
    expect(physical.every((l) => octets(l) <= 75)).toBe(true);
    expect(physical[0]).toHaveLength(75);
    expect(physical.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`${line}\r\n`);
  });

  it('counts UTF-8 octets and never cuts a Polish letter or an emoji in two', () => {
    const line = `DESCRIPTION:${'żółć 🎉 '.repeat(30)}`;
    const physical = foldLine(line).split('\r\n').slice(0, -1);
    expect(physical.length).toBeGreaterThan(4);
    for (const l of physical) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      expect(l).not.toMatch(/\uFFFD/);
      expect(l.isWellFormed()).toBe(true);
    }
    expect(physical.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });
});

describe('dates', () => {
  it('writes an ISO date as an iCalendar date, and refuses what is not a date', () => {
    expect(icsDate('2026-04-01')).toBe('20260401');
    expect(icsDate('2026-02-30')).toBeNull();
    expect(icsDate('')).toBeNull();
    expect(icsDate('1.4.2026')).toBeNull();
  });

  it('gives the next day across month, year and leap day', () => {
    expect(nextDay('20260131')).toBe('20260201');
    expect(nextDay('20261231')).toBe('20270101');
    expect(nextDay('20280228')).toBe('20280229');
  });

  it('writes a timestamp in UTC', () => {
    expect(icsTimestamp('2026-03-15T09:30:00.000Z')).toBe('20260315T093000Z');
    expect(icsTimestamp('2026-03-15T11:30:00+02:00')).toBe('20260315T093000Z');
    expect(icsTimestamp('not a time')).toBe('19700101T000000Z');
  });
});

describe('a text value in a calendar', () => {
  it('comes back from a calendar parser as calendarText says, in lines of at most 75 octets', () => {
    const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('\\', ';', ',', ':', '"', '\n', '\r', '\r\n', 'ż', '😀'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 120 });
    fc.assert(
      fc.property(anyText, (typed) => {
        const event = ['BEGIN:VEVENT', 'UID:x', 'DTSTAMP:20260101T000000Z', 'DTSTART;VALUE=DATE:20260101', `SUMMARY:${escapeText(typed)}`, 'END:VEVENT'];
        const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...event, 'END:VCALENDAR'].map(foldLine).join('');
        expect(ics.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
        expect(parseCalendar(ics).events[0]?.summary).toBe(calendarText(typed));
      }),
      { numRuns: 300 },
    );
  });
});
