import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '@locales/en/cases.json';
import pl from '@locales/pl/cases.json';
import guidanceEn from '@locales/en/guidance.json';
import guidancePl from '@locales/pl/guidance.json';
import { DIMENSION_IDS } from '@/domain/dimensions';
import type { ClusterCase } from '@/domain/library/cases';
import { CASES, describes } from '@/domain/library/cases';
import { renderApp } from '../../tests/setup/render-app';

const all: readonly ClusterCase[] = CASES;
const TEXTS = { en, pl } as const;
const GUIDANCE = { en: guidanceEn, pl: guidancePl } as const;
type Items = Record<string, { name: string; summary: string; dimensions: Record<string, string | undefined>; worked: string[]; lessons: string[] } | undefined>;

/** The ids of the case cards on the page, in order (cheaper than a role query over the long page). */
const articleIds = () => [...document.querySelectorAll('article.case-card')].map((a) => a.id);

beforeAll(async () => {
  await import('@/screens/library/library-screen');
}, 30_000);

describe('CaseLibrary', () => {
  it.each(['en', 'pl'] as const)('shows every case with its summary, all eight dimensions, what worked, lessons and source (%s)', async (language) => {
    await renderApp({ route: '/library', language });
    const texts = TEXTS[language];
    const items = texts.items as Items;
    await screen.findByRole('heading', { level: 2, name: texts.ui.libraryHeading }, { timeout: 5000 });
    expect(articleIds()).toEqual(all.map((c) => `case-${c.id}`));
    for (const c of all) {
      const t = items[c.id];
      const card = document.getElementById(`case-${c.id}`) as HTMLElement;
      expect(card).toHaveAccessibleName(t?.name ?? '-');
      expect(within(card).getByText((t?.summary ?? '-').replace(/\s+/g, ' '))).toBeVisible();
      for (const dimension of DIMENSION_IDS) {
        const term = within(card).getByText(GUIDANCE[language].dimensions[dimension].name, { selector: 'dt' });
        const definition = term.nextElementSibling;
        expect(definition).toHaveTextContent((describes(c, dimension) ? (t?.dimensions[dimension] ?? '-') : texts.ui.silent).replace(/\s+/g, ' '));
      }
      for (const point of [...(t?.worked ?? []), ...(t?.lessons ?? [])]) expect(within(card).getByText(point.replace(/\s+/g, ' '))).toBeVisible();
      // A model has not worked yet: its points are what the design builds on and the risks it names
      expect(within(card).getByText(c.kind === 'model' ? texts.ui.workedModel : texts.ui.worked)).toBeVisible();
      expect(within(card).getByText(c.kind === 'model' ? texts.ui.lessonsModel : texts.ui.lessons)).toBeVisible();
      expect(within(card).getByText(new RegExp(texts.documents[c.source.document].replace(/\s+/g, ' ').replace(/[()]/g, '\\$&')))).toBeVisible();
      expect(within(card).getByText(texts.kinds[c.kind])).toBeVisible();
    }
  }, 20_000);

  it('says when a source is silent on a dimension, and marks the Pomeranian model as a model', async () => {
    await renderApp({ route: '/library' });
    const dunhill = await screen.findByRole('article', { name: en.items.dunhill.name }, { timeout: 5000 });
    expect(within(dunhill).getAllByText(en.ui.silent)).toHaveLength(4);
    const pkes = screen.getByRole('article', { name: en.items.pkes.name });
    expect(within(pkes).getByText('Model (planned, not running yet)')).toBeVisible();
    expect(within(pkes).getByText('Poland · Pomorskie (Pomeranian Voivodeship) · model drawn up in 2025')).toBeVisible();
    expect(within(pkes).queryByText(en.ui.silent)).not.toBeInTheDocument();
    const hamburg = screen.getByRole('article', { name: en.items.hamburg.name });
    expect(within(hamburg).getByText('Germany · Hamburg · founded 2023')).toBeVisible();
    expect(within(hamburg).getByText('about 5.25 FTE')).toBeVisible();
  });

  it('filters by country and kind, and says how many cases are shown', async () => {
    const { user } = await renderApp({ route: '/library' });
    const status = await screen.findByText(/^Cases shown:/, {}, { timeout: 5000 });
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveTextContent(`Cases shown: ${String(all.length)} of ${String(all.length)}`);
    await user.selectOptions(within(screen.getByRole('group', { name: 'Show cases' })).getByLabelText('Country'), 'Poland');
    expect(status).toHaveTextContent(`Cases shown: 2 of ${String(all.length)}`);
    expect(articleIds()).toEqual(['case-ozrss', 'case-pkes']);
    await user.selectOptions(within(screen.getByRole('group', { name: 'Show cases' })).getByLabelText('Kind'), 'Model (planned, not running yet)');
    expect(articleIds()).toEqual(['case-pkes']);
    const jump = screen.getByRole('navigation', { name: 'Jump to a case' });
    expect(within(jump).getAllByRole('link').map((a) => a.textContent)).toEqual([en.items.pkes.name]);
    await user.selectOptions(within(screen.getByRole('group', { name: 'Show cases' })).getByLabelText('Country'), 'All');
    await user.selectOptions(within(screen.getByRole('group', { name: 'Show cases' })).getByLabelText('Kind'), 'All');
    expect(articleIds()).toHaveLength(all.length);
  }, 20_000);

  it('moves to the case the address names, and clears a filter that would hide it', async () => {
    const { user } = await renderApp({ route: '/library/case/ecobi', language: 'pl' });
    const heading = await screen.findByRole('heading', { level: 3, name: 'Consorzio Ecobi' }, { timeout: 5000 });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    await user.selectOptions(screen.getByLabelText('Kraj'), 'Polska');
    expect(screen.queryByRole('heading', { level: 3, name: 'Consorzio Ecobi' })).not.toBeInTheDocument();
    window.location.hash = '/library/case/4werk';
    const vierwerk = await screen.findByRole('heading', { level: 3, name: '4Werk' });
    await waitFor(() => {
      expect(vierwerk).toHaveFocus();
    });
    expect(screen.getByLabelText('Kraj')).toHaveValue('');
    // A jump link goes to its case; "back to the list" returns to the jump links
    const jump = screen.getByRole('navigation', { name: 'Przejdź do przykładu' });
    await user.click(within(jump).getByRole('link', { name: 'Torino Social Impact' }));
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 3, name: 'Torino Social Impact' })).toHaveFocus();
    });
    const torino = screen.getByRole('article', { name: 'Torino Social Impact' });
    await user.click(within(torino).getByRole('button', { name: pl.ui.toTop }));
    expect(within(jump).getByRole('heading', { name: 'Przejdź do przykładu' })).toHaveFocus();
  }, 20_000);
});
