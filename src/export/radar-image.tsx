/**
 * The spider diagram as an image file: a fixed-size render (1600 × 1200, the same on every screen),
 * white background, title and legend, fonts as on screen. SVG is the render itself, made
 * self-contained; PNG draws that SVG onto a canvas. Loaded only when the user exports.
 */
import i18next from 'i18next';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RadarChart } from '@/charts/radar-chart';
import type { RadarOverlay } from '@/charts/radar-data';
import { assessmentRadarData } from '@/charts/radar-data';
import type { Assessment } from '@/domain/assessment';
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { formatDate } from '@/i18n/format';
import { nextFrameOrLater, withTimeLimit } from '@/lib/time-limit';
import { inlineStyles, stripActiveContent } from './svg-sanitize';

export const IMAGE_WIDTH = 1600;
export const IMAGE_HEIGHT = 1200;
const TITLE_HEIGHT = 110;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** How long a picture may take before the export says so instead of waiting on. */
export const PICTURE_TIME_LIMIT_MS = 20_000;

/**
 * The chart's SVG once Recharts has finished drawing it: Recharts draws in more than one pass, so the
 * drawing counts as finished when two frames in a row show the same markup.
 */
async function drawnChart(host: HTMLElement): Promise<SVGSVGElement> {
  let previous = '';
  for (;;) {
    await nextFrameOrLater();
    const svg = host.querySelector('svg');
    const markup = svg?.innerHTML ?? '';
    if (svg && markup !== '' && markup === previous) return svg;
    previous = markup;
  }
}

/** Instances of i18next in another language than the screen's, one per language, sharing the loaded texts. */
const otherLanguages = new Map<string, typeof i18next>();

/** The chart translates its legend itself: it gets an instance in the file's language. */
async function textsIn(language: string): Promise<typeof i18next> {
  if (language === i18next.language) return i18next;
  let clone = otherLanguages.get(language);
  if (!clone) {
    clone = i18next.cloneInstance({ lng: language });
    otherLanguages.set(language, clone);
  }
  if (clone.language !== language) await clone.changeLanguage(language);
  return clone;
}

/**
 * Renders the chart off screen and returns it as a self-contained SVG document, with its words in the
 * given language (the screen's by default: a file may be made in the other one).
 */
export async function renderRadarSvg(assessment: Assessment, overlays: readonly RadarOverlay[] = [], language: string = i18next.language): Promise<string> {
  await i18next.loadLanguages(language);
  await i18next.loadNamespaces(['charts', 'guidance']);
  const guidance = i18next.getFixedT(language, 'guidance');
  const name = (id: DimensionId) => guidance(`dimensions.${id}.name`);
  const texts = await textsIn(language);
  const labels = Object.fromEntries(DIMENSION_IDS.map((id) => [id, name(id)])) as Record<DimensionId, string>;
  const data = assessmentRadarData(assessment, { labels, withFocus: true, overlays });
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-${String(IMAGE_WIDTH * 2)}px;top:0;width:${String(IMAGE_WIDTH)}px;`;
  document.body.append(host);
  const root = createRoot(host);
  try {
    root.render(
      <I18nextProvider i18n={texts}>
        <RadarChart data={data} width={IMAGE_WIDTH} height={IMAGE_HEIGHT - TITLE_HEIGHT} series={['baseline', 'ideal']} interactive={false} fontSize={22} />
      </I18nextProvider>,
    );
    const live = await withTimeLimit(drawnChart(host), PICTURE_TIME_LIMIT_MS, 'The chart was not drawn in time');
    return composeDocument(live, assessment, language);
  } finally {
    root.unmount();
    host.remove();
  }
}

function composeDocument(live: SVGSVGElement, assessment: Assessment, lang: string): string {
  const chart = live.cloneNode(true) as SVGSVGElement;
  inlineStyles(live, chart);
  stripActiveContent(chart);
  const fontFamily = getComputedStyle(document.body).fontFamily;
  // Made in the SVG namespace, the serializer declares it (set as an attribute as well, it is written twice
  // by serializers that follow the DOM Parsing spec, jsdom's among them, and the file is not well-formed XML).
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(IMAGE_WIDTH));
  svg.setAttribute('height', String(IMAGE_HEIGHT));
  svg.setAttribute('viewBox', `0 0 ${String(IMAGE_WIDTH)} ${String(IMAGE_HEIGHT)}`);
  svg.setAttribute('font-family', fontFamily);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  svg.append(background);
  const details = [assessment.region, assessment.date ? formatDate(assessment.date, lang) : ''].filter(Boolean).join(' · ');
  svg.append(titleLine(assessment.name, 50, 34, '700', '#1b1f23'));
  if (details) svg.append(titleLine(details, 88, 24, '400', '#4a5560'));
  const body = document.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0 ${String(TITLE_HEIGHT)})`);
  chart.removeAttribute('role');
  chart.removeAttribute('tabindex');
  body.append(chart);
  svg.append(body);
  return new XMLSerializer().serializeToString(svg);
}

/** One centred line of the title; long text gets a smaller font so that it fits the image's width. */
function titleLine(text: string, y: number, size: number, weight: string, fill: string): SVGTextElement {
  const fitted = Math.min(size, Math.floor((IMAGE_WIDTH - 80) / (0.58 * Math.max(text.length, 1))));
  const line = document.createElementNS(SVG_NS, 'text');
  line.setAttribute('x', String(IMAGE_WIDTH / 2));
  line.setAttribute('y', String(y));
  line.setAttribute('text-anchor', 'middle');
  line.setAttribute('font-size', String(fitted));
  line.setAttribute('font-weight', weight);
  line.setAttribute('fill', fill);
  line.textContent = text;
  return line;
}

/** An image of the URL once loaded (the load event: `decode()` adds nothing for a vector image). */
function loadedImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image(IMAGE_WIDTH, IMAGE_HEIGHT);
    image.onload = () => {
      resolve(image);
    };
    image.onerror = () => {
      reject(new Error('The picture could not be read'));
    };
    image.src = url;
  });
}

/** Draws the SVG on a canvas at the image size and returns a PNG. */
export async function svgToPng(svgText: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = await withTimeLimit(loadedImage(url), PICTURE_TIME_LIMIT_MS, 'The picture was not drawn in time');
    const canvas = document.createElement('canvas');
    canvas.width = IMAGE_WIDTH;
    canvas.height = IMAGE_HEIGHT;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, IMAGE_WIDTH, IMAGE_HEIGHT);
    context.drawImage(image, 0, 0, IMAGE_WIDTH, IMAGE_HEIGHT);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('PNG encoding failed'));
      }, 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
