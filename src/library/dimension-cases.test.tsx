import { render, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import en from '@locales/en/cases.json';
import pl from '@locales/pl/cases.json';
import type { Language } from '@/domain/assessment';
import { casesFor } from '@/domain/library/cases';
import { makeAssessment } from '@/lib/test-assessment';
import { renderApp, setTestLanguage } from '../../tests/setup/render-app';
import { DimensionCases } from './dimension-cases';

const TEXTS = { en, pl } as const;
type Items = Record<string, { name: string; dimensions: Record<string, string | undefined> } | undefined>;

async function renderCases(language: Language) {
  await setTestLanguage(language);
  render(
    <Router hook={useHashLocation}>
      <Suspense fallback={null}>
        <DimensionCases dimension="finance" />
      </Suspense>
    </Router>,
  );
  return screen.findByRole('list', { name: TEXTS[language].ui.heading });
}

describe('DimensionCases', () => {
  it.each(['en', 'pl'] as const)('lists at least three cases for the financial model, each with its text, a link and its source (%s)', async (language) => {
    const list = await renderCases(language);
    const texts = TEXTS[language];
    const items = texts.items as Items;
    expect(screen.getByRole('heading', { level: 5, name: texts.ui.heading })).toBeVisible();
    const cases = casesFor('finance');
    expect(cases.length).toBeGreaterThanOrEqual(3);
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(cases.length);
    cases.forEach((c, i) => {
      const row = rows[i] as HTMLElement;
      const name = items[c.id]?.name ?? '';
      expect(within(row).getByText(name)).toBeVisible();
      expect(within(row).getByText((items[c.id]?.dimensions.finance ?? '-').replace(/\s+/g, ' '))).toBeVisible();
      const link = within(row).getByRole('link', { name: new RegExp(`^${texts.ui.readCase}`) });
      expect(link).toHaveAttribute('href', `#/library/case/${c.id}`);
      expect(link).toHaveAccessibleName(`${texts.ui.readCase} ${texts.ui.readCaseOf.replace('{{name}}', name)}`);
      const source = within(row).getByText(new RegExp(`^${language === 'en' ? 'Source' : 'Źródło'}: `));
      expect(source).toHaveTextContent(texts.documents[c.source.document].replace(/\s+/g, ' '));
    });
    // A case whose source says nothing about money is not listed
    expect(within(list).queryByText(items.circularium?.name ?? '-')).not.toBeInTheDocument();
  });

  it('names the country in the reader’s language and the section of the source', async () => {
    const list = await renderCases('pl');
    const ecobi = within(list).getByText('Consorzio Ecobi').closest('li') as HTMLElement;
    expect(within(ecobi).getByText('(Włochy)')).toBeVisible();
    expect(within(ecobi).getByText('Źródło: raport GECES o klastrach innowacji społecznych i ekologicznych w UE (2021), §7.5')).toBeVisible();
    const pkes = within(list).getByText(pl.items.pkes.name).closest('li') as HTMLElement;
    // The Pomeranian cluster is marked as a model, in words
    expect(within(pkes).getByText(pl.kinds.model)).toBeVisible();
    expect(within(pkes).getByText(/, s\. 8–34$/)).toBeVisible();
  });
});

describe('cases in the guidance panel of the DESCRIBE step', () => {
  beforeAll(async () => {
    await import('@/screens/workspace/workspace-screen');
  }, 30_000);

  it('appear when the panel is opened and lead to the whole case in the library', async () => {
    const assessment = { ...makeAssessment({ language: 'en' }), revision: 1 };
    const { user } = await renderApp({ seed: [assessment], route: `/a/${assessment.id}/describe` });
    const card = await screen.findByRole('article', { name: 'Financial model' }, { timeout: 10_000 });
    expect(within(card).queryByText(en.ui.heading)).not.toBeInTheDocument();
    await user.click(within(card).getByText('Guidance: Financial model'));
    const list = await within(card).findByRole('list', { name: en.ui.heading }, { timeout: 5000 });
    expect(within(list).getByText(en.items.hamburg.dimensions.finance)).toBeVisible();

    await user.click(within(list).getByRole('link', { name: `Read the whole case about ${en.items.hamburg.name}` }));
    const heading = await screen.findByRole('heading', { level: 3, name: en.items.hamburg.name }, { timeout: 20_000 });
    expect(window.location.hash).toBe('#/library/case/hamburg');
    expect(heading).toHaveFocus();
  }, 30_000);
});
