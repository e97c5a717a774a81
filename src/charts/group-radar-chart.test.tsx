import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import enGuidance from '@locales/en/guidance.json';
import type { Assessment, Language } from '@/domain/assessment';
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { initI18n } from '@/i18n/setup';
import { GroupRadarChart } from './group-radar-chart';
import { buildGroupRadarData } from './group-radar-data';
import { GroupRadarFigure } from './group-radar-figure';
import type { GroupRatings } from './group-test-assessment';
import { groupAssessment } from './group-test-assessment';

async function setLanguage(language: Language): Promise<void> {
  if (i18next.isInitialized) await i18next.changeLanguage(language);
  else await initI18n(language);
  await i18next.loadNamespaces(['charts', 'guidance']);
}

const LABELS = Object.fromEntries(DIMENSION_IDS.map((id) => [id, enGuidance.dimensions[id].name])) as Record<DimensionId, string>;
const ALL: GroupRatings = Object.fromEntries(DIMENSION_IDS.map((id) => [id, [[2, 4], [3, 5], [3, 5]]]));

async function renderChart(a: Assessment) {
  await setLanguage('en');
  const data = buildGroupRadarData({ assessment: a, profile: 'baseline', labels: LABELS });
  const { container } = render(
    <I18nextProvider i18n={i18next}>
      <GroupRadarChart data={data} width={640} height={600} />
    </I18nextProvider>,
  );
  const svg = container.querySelector('svg.recharts-surface');
  if (!svg) throw new Error('no svg drawn');
  return svg;
}

const axisTexts = (svg: Element) => [...svg.querySelectorAll('text.radar-axis-label')].map((t) => [...t.querySelectorAll(':scope > tspan')].map((s) => s.textContent).join(' '));
const legend = (svg: Element) => [...svg.querySelectorAll('.radar-legend-item > text:last-child')].map((t) => t.textContent);

describe('GroupRadarChart (jsdom, fixed size)', () => {
  it('draws the median as a closed line with eight dots and the band as a ring between the lowest and highest ratings', async () => {
    const svg = await renderChart(groupAssessment(ALL, { participants: 3 }));
    expect(svg).toHaveAttribute('role', 'img');
    expect(svg.querySelectorAll('.radar-series[data-series="median"] .radar-dot')).toHaveLength(8);
    const band = svg.querySelector('.radar-band path.radar-band-area');
    expect(band).toHaveAttribute('fill-rule', 'evenodd');
    // Two closed rings: the highest ratings and, reversed, the lowest.
    expect(band?.getAttribute('d')?.match(/Z/g)).toHaveLength(2);
    expect(svg.querySelectorAll('.radar-band-range')).toHaveLength(8);
    expect(legend(svg)).toEqual(['Group median', 'Range of ratings (lowest–highest)']);
    expect(axisTexts(svg).some((l) => l.includes('⚠'))).toBe(false);
  });

  it('leaves dimensions without a number out of the band and the line, and says on the axis what was answered', async () => {
    const svg = await renderChart(groupAssessment({ membership: [[2, 4], [3, 4]], composition: [[3, 4], [3, 4]], finance: [['na', 4], ['unknown', 4]] }, { participants: 2 }));
    expect([...svg.querySelectorAll('.radar-series[data-series="median"] .radar-dot')].map((d) => d.getAttribute('data-dimension'))).toEqual(['membership', 'composition']);
    expect(svg.querySelector('.radar-series[data-series="median"] polygon')).toBeNull();
    expect(svg.querySelector('.radar-band-area')?.getAttribute('d')?.match(/Z/g)).toHaveLength(1);
    // One said n/a, the other don't know: both answers are named, not "not rated"
    expect(axisTexts(svg)[4]).toBe('Financial model not applicable / don’t know');
    expect(axisTexts(svg)[2]).toBe('Ownership and operational model not rated');
  });

  it('marks a dimension to discuss with ⚠ on its axis, and draws the agreed values as a third series', async () => {
    const a = groupAssessment({ ...ALL, finance: [[1, 4], [2, 4], [5, 4]] }, { participants: 3, agreed: { finance: [3, 4] } });
    const svg = await renderChart(a);
    const labels = axisTexts(svg);
    expect(labels[4]).toBe('⚠ Financial model');
    expect(labels.filter((l) => l.startsWith('⚠'))).toHaveLength(1);
    expect(svg.querySelectorAll('.radar-series[data-series="agreed"] .radar-dot')).toHaveLength(1);
    expect(legend(svg)).toEqual(['Group median', 'Range of ratings (lowest–highest)', 'Agreed value', 'To discuss: ratings 2 or more points apart']);
  });
});

describe('GroupRadarFigure', () => {
  async function renderFigure(a: Assessment) {
    await setLanguage('en');
    return render(
      <I18nextProvider i18n={i18next}>
        <Suspense fallback={<p>loading</p>}>
          <GroupRadarFigure assessment={a} profile="baseline" />
        </Suspense>
      </I18nextProvider>,
    );
  }

  it('is a figure named by its caption, described in words: participants, widest ranges, what to discuss', async () => {
    await renderFigure(groupAssessment({ membership: [[1, 5], [3, 5], [5, 5]], composition: [[2, 5], [3, 5], [3, 5]] }, { participants: 3 }));
    const figure = await screen.findByRole('figure', { name: /The group’s baseline: median and range/ });
    const picture = await within(figure).findByRole('img', { name: /The group’s baseline/ });
    expect(picture.querySelector('.radar-band-area')).not.toBeNull();
    const text = document.getElementById(picture.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(text).toContain('3 participants.');
    expect(text).toContain('Membership model 3 (1–5)');
    expect(text).toContain('The 2 widest ranges: Membership model (1–5) and Cross-sectoral composition (2–3).');
    expect(text).toContain('1 dimension to discuss (ratings 2 or more points apart): Membership model.');
  });

  it('shows nothing of the ratings before they are revealed', async () => {
    await renderFigure(groupAssessment({ membership: [[1, 5], [3, 5]] }, { participants: 2, revealed: false }));
    expect(screen.getByText('Ratings are hidden until the facilitator reveals them.')).toBeInTheDocument();
    expect(screen.queryByRole('figure')).toBeNull();
    expect(document.querySelector('svg')).toBeNull();
  });
});
