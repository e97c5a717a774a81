import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from './file-names';

describe('slugify', () => {
  it.each([
    ['Pomorski Klaster Ekonomii Społecznej (przykład)', 'pomorski-klaster-ekonomii-spolecznej-przyklad'],
    ['Łódź – Żółta Gęś', 'lodz-zolta-ges'],
    ['  Hamburg Social Entrepreneurship Alliance  ', 'hamburg-social-entrepreneurship-alliance'],
    ['!!!', 'assessment'],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  it('keeps names short and never ends with a hyphen', () => {
    const slug = slugify('A very long cluster name that goes on and on and on, far beyond what a file name needs');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('exportFileName', () => {
  it('names the radar image after the cluster and the date', () => {
    expect(exportFileName('Pomorski Klaster', '2026-11-23', 'radar', 'png')).toBe('pomorski-klaster_2026-11-23_radar.png');
  });
});
