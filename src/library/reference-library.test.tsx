import { render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import guidanceEn from '@locales/en/guidance.json';
import { DIMENSION_IDS } from '@/domain/dimensions';
import en from '@locales/en/reference.json';
import pl from '@locales/pl/reference.json';
import type { Language } from '@/domain/assessment';
import { REFERENCE_TABLES } from '@/domain/library/reference-figures';
import { setTestLanguage } from '../../tests/setup/render-app';
import { ReferenceLibrary } from './reference-library';

async function renderLibrary(language: Language = 'en') {
  await setTestLanguage(language);
  await i18next.loadNamespaces(['reference', 'guidance']);
  render(
    <I18nextProvider i18n={i18next}>
      <Suspense fallback={<p>loading</p>}>
        <ReferenceLibrary />
      </Suspense>
    </I18nextProvider>,
  );
  const texts = language === 'pl' ? pl : en;
  return screen.findByRole('region', { name: texts.library.heading });
}

describe('ReferenceLibrary', () => {
  it('states the general caveats once, at the top', async () => {
    const library = await renderLibrary();
    const headings = within(library).getAllByRole('heading');
    expect(headings[0]).toHaveTextContent('EU reference figures');
    expect(headings[1]).toHaveTextContent('Read these figures with care');
    for (const caveat of Object.values(en.library.caveats)) expect(within(library).getByText(caveat)).toBeInTheDocument();
    expect(within(library).getByText(/^Only 30 clusters from 13 countries/)).toBeInTheDocument();
  });

  it('groups the tables under the general context and the eight dimensions, each table once', async () => {
    const library = await renderLibrary();
    const groups = within(library).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual([
      'Read these figures with care',
      'General context',
      ...DIMENSION_IDS.map((id) => guidanceEn.dimensions[id].name),
    ]);
    expect(within(library).getAllByRole('table')).toHaveLength(REFERENCE_TABLES.length);
    const context = within(library).getByRole('region', { name: 'General context' });
    expect(within(context).getAllByRole('table').map((t) => t.querySelector('caption')?.textContent)).toEqual([
      'Clusters per country',
      'Age of the cluster',
      'Stage of development',
      'Widest area the cluster works in',
    ]);
    // Table 2 (004:L491–498): Spain 10 of 30
    const spain = within(within(context).getByRole('table', { name: 'Clusters per country' })).getByRole('row', { name: /Spain/ });
    expect(spain).toHaveTextContent('Spain1033.3%');
  });

  it('points to tables shown under another dimension, and says where a dimension has no figure', async () => {
    const library = await renderLibrary();
    const coordination = within(library).getByRole('region', { name: 'Coordinating body' });
    expect(within(coordination).getByText('Type of leadership (Table 12, shown under Ownership and operational model)')).toBeInTheDocument();
    const collaboration = within(library).getByRole('region', { name: 'Collaboration among stakeholders' });
    expect(within(collaboration).getByText(en.noFigure)).toBeInTheDocument();
    const purpose = within(library).getByRole('region', { name: 'Viable purpose' });
    expect(within(purpose).queryAllByRole('table')).toHaveLength(0);
    expect(within(purpose).getByText(en.gaps['priorities-graphic'])).toBeInTheDocument();
  });

  it('is in Polish, numbers included', async () => {
    const library = await renderLibrary('pl');
    expect(within(library).getByRole('heading', { level: 3, name: 'Tło ogólne' })).toBeInTheDocument();
    expect(within(library).getByRole('heading', { level: 3, name: 'Model członkostwa' })).toBeInTheDocument();
    const spain = within(within(library).getByRole('table', { name: 'Klastry według kraju' })).getByRole('row', { name: /Hiszpania/ });
    // The matcher folds the no-break space before the percent sign into a plain one
    expect(spain).toHaveTextContent('Hiszpania1033,3%');
  });
});
