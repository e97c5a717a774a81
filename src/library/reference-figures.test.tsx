import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import en from '@locales/en/reference.json';
import pl from '@locales/pl/reference.json';
import type { Language } from '@/domain/assessment';
import type { DimensionId } from '@/domain/dimensions';
import { DIMENSION_IDS } from '@/domain/dimensions';
import { figuresFor } from '@/domain/library/reference-figures';
import { setTestLanguage } from '../../tests/setup/render-app';
import { ReferenceFigures } from './reference-figures';

async function renderFigures(dimension: DimensionId, language: Language = 'en') {
  await setTestLanguage(language);
  await i18next.loadNamespaces(['reference']);
  render(
    <I18nextProvider i18n={i18next}>
      <Suspense fallback={<p>loading</p>}>
        <ReferenceFigures dimension={dimension} />
      </Suspense>
    </I18nextProvider>,
  );
  const texts = language === 'pl' ? pl : en;
  return screen.findByRole('region', { name: texts.heading });
}

/** The cells of each body row: [row header, count, share]. */
function rowsOf(table: HTMLElement): string[][] {
  const body = within(table).getAllByRole('rowgroup')[1];
  if (!body) throw new Error('no table body');
  return within(body)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('ReferenceFigures', () => {
  it('shows the sources of income for the financial model with the printed numbers, the base, the caveat and the source', async () => {
    const region = await renderFigures('finance');
    const table = within(region).getByRole('table', { name: 'Sources of income' });
    // Printed in the report (004:L699–700): single source 3, multisource 20, no answer 7; shares of 30 are ours
    expect(rowsOf(table)).toEqual([
      ['One source', '3', '10%'],
      ['Several sources', '20', '66.7%'],
      ['No answer', '7', '23.3%'],
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Clusters (report)' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Share (our calculation)' })).toBeInTheDocument();
    const figure = table.closest('.ref-table');
    if (!(figure instanceof HTMLElement)) throw new Error('no table block');
    expect(within(figure).getByText('n = 30 clusters')).toBeInTheDocument();
    expect(within(figure).getByText('Source: GECES report 2021, Table 15 (section 4.5)')).toBeInTheDocument();
    expect(within(figure).getByText('Where a cluster has one source, it is a public agency or a private foundation.')).toBeInTheDocument();
    expect(within(region).getByText(en.caveat)).toBeInTheDocument();
    expect(within(region).getByRole('heading', { level: 5, name: 'EU reference: 30 clusters (GECES 2021)' })).toBeInTheDocument();
    expect(within(region).queryByText(en.noFigure)).not.toBeInTheDocument();
  });

  it('says when several answers were possible and that the rows then add up to more than the clusters', async () => {
    const region = await renderFigures('finance');
    const table = within(region).getByRole('table', { name: 'Kind of public support received' });
    // 004:L728–729: grants 21, in kind 6, financial instruments 5, capacity building 2, consultancy 1, other 2; total 21
    expect(rowsOf(table).map(([label, count]) => [label, count])).toEqual([
      ['Grants', '21'],
      ['In kind (for example premises)', '6'],
      ['Financial instruments', '5'],
      ['Capacity building', '2'],
      ['Advice and consultancy', '1'],
      ['Other', '2'],
    ]);
    const figure = table.closest('.ref-table') as HTMLElement;
    expect(within(figure).getByText('n = 21 clusters with public support; several answers possible')).toBeInTheDocument();
    expect(within(figure).getByText(/the rows add up to 37, more than the 21 clusters/)).toBeInTheDocument();
  });

  it('shows the budget as of 2018 with the share that gave no answer', async () => {
    const region = await renderFigures('finance');
    const figure = within(region).getByRole('table', { name: 'Annual budget in 2018' }).closest('.ref-table') as HTMLElement;
    expect(within(figure).getByText('Budgets refer to 2018.')).toBeInTheDocument();
    expect(within(figure).getByText('Many clusters left this question unanswered (17 of 30).')).toBeInTheDocument();
    expect(within(region).getByText(en.gaps['income-types'])).toBeInTheDocument();
  });

  it.each(DIMENSION_IDS)('shows for %s every count exactly as in the reference data', async (dimension) => {
    const region = await renderFigures(dimension);
    const { tables } = figuresFor(dimension);
    expect(within(region).getAllByRole('table')).toHaveLength(tables.length);
    for (const data of tables) {
      const texts = en.tables[data.id as keyof typeof en.tables];
      const table = within(region).getByRole('table', { name: texts.title });
      expect(rowsOf(table).map(([label, count]) => [label, count])).toEqual(
        data.rows.map((r) => [texts.rows[r.id as keyof typeof texts.rows], String(r.count)]),
      );
    }
  });

  it('says so when the report has no figure for the dimension, and offers only the nearest one', async () => {
    const region = await renderFigures('collaboration');
    expect(within(region).getByText('The report gives no figure for this dimension.')).toBeInTheDocument();
    expect(within(region).getByText(en.gaps.dimension)).toBeInTheDocument();
    const table = within(region).getByRole('table', { name: 'Takes part in international networks or partnerships' });
    expect(rowsOf(table)).toEqual([
      ['Yes', '17', '56.7%'],
      ['No', '3', '10%'],
      ['No answer', '10', '33.3%'],
    ]);
  });

  it('keeps the report’s inconsistent totals and says so in a note', async () => {
    const region = await renderFigures('composition');
    const actors = within(region).getByRole('table', { name: 'Clusters with each type of member' });
    expect(rowsOf(actors)[1]).toEqual(['Social economy enterprises', '30', '103.4%']);
    const figure = actors.closest('.ref-table') as HTMLElement;
    expect(within(figure).getByText("One row, “Social economy enterprises” (30), is higher than the table's own total of 29. It is shown as printed, not corrected.")).toBeInTheDocument();
    expect(within(figure).getByText('This table accounts for 29 clusters rather than all 30, and the report does not explain why.')).toBeInTheDocument();
    const sectors = within(region).getByRole('table', { name: 'How many sectors the members come from' }).closest('.ref-table') as HTMLElement;
    expect(within(sectors).getByText(en.notes['subrows-summed'])).toBeInTheDocument();
  });

  it('writes numbers the Polish way, with a decimal comma and the percent sign right after the number (40%)', async () => {
    const region = await renderFigures('finance', 'pl');
    const table = within(region).getByRole('table', { name: 'Źródła przychodów' });
    expect(rowsOf(table)).toEqual([
      ['Jedno źródło', '3', '10%'],
      ['Wiele źródeł', '20', '66,7%'],
      ['Brak odpowiedzi', '7', '23,3%'],
    ]);
    expect(within(region).getByText('Źródło: raport GECES 2021, tabela 15 (rozdział 4.5)')).toBeInTheDocument();
    expect(within(region).getAllByText('n = 30 klastrów').length).toBeGreaterThan(0);
    expect(within(region).getByText(pl.caveat.replace(/\s+/g, ' '))).toBeInTheDocument();
  });

  it('gives the Polish note on Table 11, whose printed total is 30 for 20 clusters', async () => {
    const region = await renderFigures('purpose', 'pl');
    const table = within(region).getByRole('table', { name: 'Klastry z jedną grupą docelową: która to grupa' });
    expect(rowsOf(table)).toEqual([
      ['Podmioty ekonomii społecznej', '10', '50%'],
      ['Osoby w trudnej sytuacji na rynku pracy', '9', '45%'],
      ['Artyści i inni twórcy kultury', '1', '5%'],
    ]);
    const figure = table.closest('.ref-table') as HTMLElement;
    expect(within(figure).getByText('Wiersze sumują się do 20, a wiersz „razem” w raporcie podaje 30. Liczby pozostawiamy bez zmian; udziały liczymy od 20.')).toBeInTheDocument();
    expect(within(figure).getByText('n = 20 klastrów z jedną grupą docelową')).toBeInTheDocument();
    expect(within(region).getByText(pl.gaps['priorities-graphic'].replace(/\s+/g, ' '))).toBeInTheDocument();
  });
});
