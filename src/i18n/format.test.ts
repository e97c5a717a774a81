import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatDateTime, formatNumber, localIsoDate, unitAfterNumber } from './format';

describe('dates and numbers in the chosen language', () => {
  it('writes a calendar date in full, the Polish month in the genitive', () => {
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
    expect(formatDate('2026-03-01', 'pl')).toBe('1 marca 2026');
  });

  it('keeps each language apart when both are used one after the other (formatters are reused)', () => {
    const dates = ['en', 'pl', 'en', 'pl'].map((language) => formatDate('2026-12-24', language));
    expect(dates).toEqual(['24 December 2026', '24 grudnia 2026', '24 December 2026', '24 grudnia 2026']);
    expect(formatNumber(2.5, 'pl')).toBe('2,5');
    expect(formatNumber(2.5, 'en')).toBe('2.5');
    expect(formatNumber(2.25, 'pl', 2)).toBe('2,25');
    expect(formatNumber(2.25, 'pl', 1)).toMatch(/^2,[23]$/);
  });

  it('leaves text that is not a calendar date as it is', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
    expect(formatDateTime('not a time', 'pl')).toBe('not a time');
  });

  it('shows a moment with its date and time', () => {
    const text = formatDateTime('2026-03-01T09:05:00', 'pl');
    expect(text).toMatch(/2026/);
    expect(text).toMatch(/09:05/);
  });

  it('signs a change with a typographic minus, and zero without a sign', () => {
    expect(formatChange(-0.5, 'pl')).toBe('\u22120,5');
    expect(formatChange(1, 'en')).toBe('+1');
    expect(formatChange(0, 'en')).toBe('0');
  });

  it('gives today as YYYY-MM-DD in local time', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('unitAfterNumber', () => {
  it('puts the percent sign right after the number and other units after a non-breaking space', () => {
    expect(`40${unitAfterNumber('%')}`).toBe('40%');
    expect(`3${unitAfterNumber(' lat ')}`).toBe('3\u00a0lat');
    expect(`3${unitAfterNumber('')}`).toBe('3');
  });
});
