import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import enGuidance from '@locales/en/guidance.json';
import plGuidance from '@locales/pl/guidance.json';
import type { Assessment, Language } from '@/domain/assessment';
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { profileRows } from '@/domain/gaps';
import type { RatingValue } from '@/domain/rating';
import { initI18n } from '@/i18n/setup';
import { makeAssessment } from '@/lib/test-assessment';
import { ProfileTable } from '@/components/profile-table';
import { GapBars } from './gap-bars';
import type { RadarOverlay, RadarSeries } from './radar-data';
import { buildRadarData } from './radar-data';
import { RadarChart } from './radar-chart';
import { RadarFigure } from './radar-figure';
import { groupAssessment } from './group-test-assessment';

async function setLanguage(language: Language): Promise<void> {
  if (i18next.isInitialized) await i18next.changeLanguage(language);
  else await initI18n(language);
  await i18next.loadNamespaces(['charts', 'guidance', 'workspace']);
}

function assessmentWith(values: Partial<Record<DimensionId, [RatingValue, RatingValue]>>, focus: DimensionId[] = []): Assessment {
  const a = makeAssessment();
  for (const [id, [baseline, ideal]] of Object.entries(values) as [DimensionId, [RatingValue, RatingValue]][]) {
    a.dimensions[id].baseline.value = baseline;
    a.dimensions[id].ideal.value = ideal;
  }
  a.decision.focus = focus.map((dimension) => ({ dimension, rationale: '' }));
  return a;
}

type ChartOptions = { series?: RadarSeries[]; width?: number; overlays?: RadarOverlay[]; language?: Language };

async function renderChart(a: Assessment, { series = ['baseline', 'ideal'], width = 640, overlays = [], language = 'en' }: ChartOptions = {}) {
  await setLanguage(language);
  const guidance = language === 'pl' ? plGuidance : enGuidance;
  const labels = Object.fromEntries(DIMENSION_IDS.map((id) => [id, guidance.dimensions[id].name])) as Record<DimensionId, string>;
  const shortLabels = Object.fromEntries(DIMENSION_IDS.map((id) => [id, guidance.dimensions[id].short])) as Record<DimensionId, string>;
  const data = buildRadarData({ rows: profileRows(a), focus: a.decision.focus.map((f) => f.dimension), labels, shortLabels, overlays });
  const result = render(
    <I18nextProvider i18n={i18next}>
      <RadarChart data={data} width={width} height={600} series={series} />
    </I18nextProvider>,
  );
  const svg = result.container.querySelector('svg.recharts-surface');
  if (!svg) throw new Error('no svg drawn');
  return { ...result, svg };
}

/** Each axis label as one string (its lines joined by spaces). */
function axisTexts(svg: Element): string[] {
  return [...svg.querySelectorAll('text.radar-axis-label')].map((text) =>
    [...text.querySelectorAll(':scope > tspan')].map((t) => t.textContent).join(' '),
  );
}

const series = (svg: Element, name: string) => svg.querySelector(`.radar-series[data-series="${name}"]`);
const dots = (svg: Element, name: string) => [...(series(svg, name)?.querySelectorAll('.radar-dot') ?? [])];

const FULL: Partial<Record<DimensionId, [RatingValue, RatingValue]>> = Object.fromEntries(DIMENSION_IDS.map((id) => [id, [3, 5]]));

describe('RadarChart at a fixed size (jsdom)', () => {
  it('renders an svg of the given size with 8 axis labels and the rings 1–5', async () => {
    const { svg } = await renderChart(assessmentWith(FULL));
    expect(svg).toHaveAttribute('width', '640');
    expect(svg).toHaveAttribute('height', '600');
    expect(svg.querySelectorAll('text.radar-axis-label')).toHaveLength(8);
    expect(axisTexts(svg)).toEqual(DIMENSION_IDS.map((id) => enGuidance.dimensions[id].name));
    expect([...svg.querySelectorAll('.radar-radius-label')].map((t) => t.textContent)).toEqual(['1', '2', '3', '4', '5']);
    // No Recharts accessibility layer: no role="application" that announces tick names only.
    expect(svg).toHaveAttribute('role', 'img');
    expect(svg).not.toHaveAttribute('tabindex');
  });

  it('draws a closed polygon when every dimension has a number', async () => {
    const { svg } = await renderChart(assessmentWith(FULL));
    expect(series(svg, 'baseline')?.querySelector('polygon.radar-polygon')?.getAttribute('points')?.split(' ')).toHaveLength(8);
    expect(dots(svg, 'baseline')).toHaveLength(8);
    expect(dots(svg, 'ideal')).toHaveLength(8);
  });

  it('does not draw n/a, don’t know or unrated as zero: no polygon, a dot only on rated axes, a note on the others', async () => {
    const { svg } = await renderChart(assessmentWith({ membership: [2, 4], composition: [3, 'na'], finance: ['unknown', 5], services: [4, 4] }));
    expect(series(svg, 'baseline')?.querySelector('polygon')).toBeNull();
    expect(dots(svg, 'baseline').map((d) => d.getAttribute('data-dimension'))).toEqual(['membership', 'composition', 'services']);
    expect(dots(svg, 'ideal').map((d) => d.getAttribute('data-dimension'))).toEqual(['membership', 'finance', 'services']);
    // Only neighbours that are both rated are joined: membership–composition, nothing across the holes.
    expect(series(svg, 'baseline')?.querySelector('path.radar-segments')?.getAttribute('d')?.match(/M/g)).toHaveLength(1);
    const labels = axisTexts(svg);
    expect(labels[1]).toBe('Cross-sectoral composition Ideal: not rated');
    expect(labels[4]).toBe('Financial model Baseline: not rated');
    expect(labels[2]).toBe('Ownership and operational model not rated');
    expect(labels[0]).toBe('Membership model');
  });

  it('draws nothing of a series that has no number at all', async () => {
    const { svg } = await renderChart(assessmentWith({}), { series: ['baseline'] });
    expect(dots(svg, 'baseline')).toHaveLength(0);
    expect(series(svg, 'baseline')?.querySelector('polygon, path') ?? null).toBeNull();
    expect(series(svg, 'ideal')).toBeNull();
  });

  it('highlights the focus dimensions and names them in the legend', async () => {
    const { svg } = await renderChart(assessmentWith(FULL, ['coordination', 'finance']));
    const focus = [...svg.querySelectorAll('.radar-axis.is-focus text')].map((t) => t.textContent);
    expect(focus).toEqual(['Coordinatingbody', 'Financial model']);
    expect(svg.querySelectorAll('.radar-focus-marker')).toHaveLength(3);
    expect([...svg.querySelectorAll('.radar-legend-item text')].map((t) => t.textContent)).toEqual(['Baseline', 'Ideal', 'Focus dimension']);
  });

  it('draws up to three overlays with their own style and legend entry, missing values left out', async () => {
    const values = Object.fromEntries(DIMENSION_IDS.map((d) => [d, 2])) as Record<DimensionId, number | null>;
    values.purpose = null;
    const { svg } = await renderChart(assessmentWith(FULL), { overlays: [{ id: 's1', label: 'March 2026', values }] });
    expect(dots(svg, 'overlay-s1')).toHaveLength(7);
    expect([...svg.querySelectorAll('.radar-legend-item text')].map((t) => t.textContent)).toEqual(['Baseline', 'Ideal', 'March 2026']);
  });

  it('shows Polish labels, short ones on a narrow chart', async () => {
    const wide = await renderChart(assessmentWith({ finance: [2, 4] }), { language: 'pl' });
    expect(axisTexts(wide.svg)[4]).toBe('Model finansowy');
    expect(axisTexts(wide.svg)[0]).toBe('Model członkostwa brak oceny');
    expect([...wide.svg.querySelectorAll('.radar-legend-item text')].map((t) => t.textContent)).toEqual(['Punkt wyjścia', 'Profil docelowy']);
    wide.unmount();
    const narrow = await renderChart(assessmentWith({ finance: [2, 4] }), { language: 'pl', width: 340 });
    expect(axisTexts(narrow.svg).map((l) => l.replace(/ brak oceny$/, ''))).toEqual(DIMENSION_IDS.map((id) => plGuidance.dimensions[id].short));
  });

  it('on a narrow chart, marks a half-rated axis with the missing series’ marker in its colour instead of its name', async () => {
    const { svg } = await renderChart(assessmentWith({ finance: [null, 4], services: [3, 4] }), { width: 340 });
    expect(axisTexts(svg)[4]).toBe('Finance ● not rated');
    const glyph = [...svg.querySelectorAll('text.radar-axis-label tspan tspan')][0];
    expect(glyph).toHaveAttribute('fill', '#0072B2');
    expect(axisTexts(svg)[0]).toBe('Membership not rated');
  });

  it('renders for an image export: fixed size, no tooltip', async () => {
    await setLanguage('en');
    const data = buildRadarData({ rows: profileRows(assessmentWith(FULL)), focus: [], labels: Object.fromEntries(DIMENSION_IDS.map((id) => [id, id])) as Record<DimensionId, string> });
    const { container } = render(<RadarChart data={data} width={800} height={700} series={['baseline', 'ideal']} interactive={false} fontSize={18} />);
    expect(container.querySelector('svg.recharts-surface')).toHaveAttribute('width', '800');
    expect(container.querySelector('.recharts-tooltip-wrapper')).toBeNull();
    expect(container.querySelector('text.radar-axis-label')).toHaveAttribute('font-size', '18');
  });
});

describe('RadarFigure and GapBars', () => {
  async function renderFigure(a: Assessment, language: Language = 'en') {
    await setLanguage(language);
    return render(
      <I18nextProvider i18n={i18next}>
        <Suspense fallback={<p>loading</p>}>
          <RadarFigure assessment={a} view="decide">
            <ProfileTable caption="Profile" rows={profileRows(a)} columns={['baseline', 'ideal', 'gap']} />
          </RadarFigure>
          <GapBars rows={profileRows(a)} focus={a.decision.focus.map((f) => f.dimension)} />
        </Suspense>
      </I18nextProvider>,
    );
  }

  it('is a figure named by its caption and described by a text summary, with the table alternative next to it', async () => {
    const a = assessmentWith({ membership: [2, 4], finance: [1, 5], services: [3, 'na'] }, ['finance']);
    await renderFigure(a);
    const figure = await screen.findByRole('figure', { name: /Spider diagram of the baseline and the ideal/ });
    const picture = await within(figure).findByRole('img', { name: /Spider diagram/ });
    const description = document.getElementById(picture.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toContain('Baseline: 3 dimensions of 8 rated.');
    expect(description?.textContent).toContain('Ideal: 2 dimensions of 8 rated.');
    expect(description?.textContent).toContain('The 2 largest gaps: Financial model (4) and Membership model (2).');
    expect(description?.textContent).toContain('1 focus dimension: Financial model.');
    const table = screen.getByRole('table', { name: 'Profile' });
    expect(within(within(table).getByRole('row', { name: /^Financial model/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '5', '4']);
    expect(within(within(table).getByRole('row', { name: /^Portfolio of services/ })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', 'n/a', '–']);
  });

  it('lists the gaps largest first, the focus marked, the not comparable ones last', async () => {
    await renderFigure(assessmentWith({ membership: [2, 4], finance: [1, 5], services: [4, 3] }, ['finance']));
    const bars = screen.getByRole('region', { name: 'Gaps, largest first' });
    const items = within(bars).getAllByRole('listitem').map((li) => li.textContent);
    expect(items.slice(0, 3)).toEqual(['Financial model ★ focusgap 4', 'Membership modelgap 2', 'Portfolio of servicesgap -1']);
    expect(items[7]).toContain('not compared');
  });

  it('in DESCRIBE, shows the participants’ range of the baseline as a band once revealed, and names it', async () => {
    await setLanguage('en');
    const render1 = (a: Assessment) =>
      render(
        <I18nextProvider i18n={i18next}>
          <Suspense fallback={<p>loading</p>}>
            <RadarFigure assessment={a} view="describe" />
          </Suspense>
        </I18nextProvider>,
      );
    const ratings = { membership: [[1, 5], [4, 5]], composition: [[2, 5], [3, 5]] } as const;
    const hidden = render1(groupAssessment({ membership: ratings.membership, composition: ratings.composition }, { participants: 2, revealed: false }));
    await screen.findByRole('img', { name: /Spider diagram/ });
    expect(document.querySelector('.radar-band')).toBeNull();
    hidden.unmount();
    render1(groupAssessment({ membership: ratings.membership, composition: ratings.composition }, { participants: 2 }));
    const picture = await screen.findByRole('img', { name: /Spider diagram/ });
    expect(picture.querySelector('.radar-band-area')?.getAttribute('d')).toMatch(/Z$/);
    expect([...picture.querySelectorAll('.radar-legend-item > text:last-child')].map((t) => t.textContent)).toEqual(['Baseline', 'Participants’ range (Baseline)']);
    expect(document.getElementById(picture.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'The shaded band is the range of the participants’ ratings (Baseline), from the lowest to the highest.',
    );
  });

  it('speaks Polish, with Polish plural forms in the summary', async () => {
    const a = assessmentWith({ membership: [2, 4], composition: [2, 3], operations: [1, 4], coordination: [3, 5], finance: [1, 5] }, ['finance', 'operations']);
    await renderFigure(a, 'pl');
    const picture = await screen.findByRole('img', { name: /Diagram pajęczy/ });
    const text = document.getElementById(picture.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(text).toContain('Punkt wyjścia: oceniono 5 wymiarów z 8.');
    expect(text).toContain('3 największe luki: Model finansowy (4), Model operacyjny (własność i zarządzanie) (3) i Model członkostwa (2).');
    expect(text).toContain('2 wymiary priorytetowe: Model operacyjny (własność i zarządzanie) i Model finansowy.');
    expect(screen.getByRole('region', { name: 'Luki od największej' })).toBeInTheDocument();
  });
});
