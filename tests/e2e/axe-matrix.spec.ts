/**
 * axe-core on every screen of the app, in English and in Polish: 0 serious or critical violations.
 * The screens are reached by their addresses, with the worked example loaded so that every part of
 * every step has content; open panels (guidance, export menu, details) are checked open.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import enBallot from '../../locales/en/ballot.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import plBallot from '../../locales/pl/ballot.json' with { type: 'json' };
import plCommon from '../../locales/pl/common.json' with { type: 'json' };
import invitationFixture from '../fixtures/invitation-v1.json' with { type: 'json' };
import { seriousViolations } from './axe';

/** The words the test clicks, from the app's own texts. */
const LANGUAGES = [
  { code: 'en', locale: 'en-GB', loadExample: enCommon.home.loadExample, openInvitation: enBallot.home.open, ballots: enBallot.home.title },
  { code: 'pl', locale: 'pl-PL', loadExample: plCommon.home.loadExample, openInvitation: plBallot.home.open, ballots: plBallot.home.title },
] as const;

const STEPS = ['describe', 'define', 'decide', 'goals', 'draft'] as const;
const PRESENT_VIEWS = ['describe', 'define', 'decide', 'goals', 'draft', 'group', 'discuss'] as const;

/** Goes to an address of the app and waits until its screen has drawn (heading shown, nothing loading). */
async function visit(page: Page, hash: string): Promise<void> {
  await page.goto(`./${hash}`);
  await settle(page);
}

async function settle(page: Page): Promise<void> {
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
}

/** Checks the page as it is now; the name says which screen failed. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await seriousViolations(page), screen).toEqual([]);
}

/** Loads the worked example from the home screen; returns its id, taken from the address it opens. */
async function loadExample(page: Page, label: string): Promise<string> {
  await page.goto('./');
  await page.getByRole('button', { name: label }).first().click();
  await page.waitForURL(/#\/a\/[^/]+/);
  const id = /#\/a\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no assessment id in ${page.url()}`);
  return id;
}

for (const language of LANGUAGES) {
  test.describe(`every screen in ${language.code}`, () => {
    test.use({ locale: language.locale });

    test(`start screens: home, new assessment, about, library, a case, unknown address (${language.code})`, async ({ page }) => {
      await visit(page, '');
      await expect(page.locator('html')).toHaveAttribute('lang', language.code);
      await expectAccessible(page, 'empty home');
      await visit(page, '#/new');
      await page.locator('form button[type=submit]').click();
      await expectAccessible(page, 'new assessment form with an error');
      await visit(page, '#/about');
      await expectAccessible(page, 'about');
      await visit(page, '#/library');
      await expectAccessible(page, 'library');
      await page.locator('a[href*="/library/case/"]').first().click();
      await settle(page);
      await expectAccessible(page, 'a case of the library');
      await visit(page, '#/no/such/page');
      await expectAccessible(page, 'unknown address');
    });

    test(`the five steps, the summary, the workshop page and the home list (${language.code})`, async ({ page }) => {
      const id = await loadExample(page, language.loadExample);
      for (const step of STEPS) {
        await visit(page, `#/a/${id}/${step}`);
        await expectAccessible(page, `step ${step}`);
      }
      // A guidance panel open, with its cases and figures
      await visit(page, `#/a/${id}/describe`);
      await page.locator('details.guidance-panel > summary').first().click();
      await settle(page);
      await expectAccessible(page, 'describe with a guidance panel open');
      // The summary with the assessment's details, the export menu and the snapshots
      await visit(page, `#/a/${id}/summary`);
      for (const summary of await page.locator('details.details-form > summary').all()) await summary.click();
      await page.locator('.export-section button[aria-expanded="false"]').click();
      await expect(page.locator('.export-section [role="group"]')).toBeVisible();
      await expectAccessible(page, 'summary with details and the export menu open');
      await visit(page, `#/a/${id}/workshop`);
      await expectAccessible(page, 'workshop page');
      await visit(page, '');
      await expect(page.locator('ul.assessment-list li')).toHaveCount(1);
      await expectAccessible(page, 'home with a list');
    });

    test(`every view of the presentation (${language.code})`, async ({ page }) => {
      const id = await loadExample(page, language.loadExample);
      for (const view of PRESENT_VIEWS) {
        await visit(page, `#/a/${id}/present/${view}`);
        await expectAccessible(page, `presentation: ${view}`);
      }
    });

    test(`a participant's ballot opened from an invitation (${language.code})`, async ({ page }, testInfo) => {
      const path = testInfo.outputPath('invitation.json');
      await writeFile(path, JSON.stringify(invitationFixture));
      await visit(page, '');
      await page.getByRole('region', { name: language.ballots, exact: true }).getByLabel(language.openInvitation).setInputFiles(path);
      await page.waitForURL(/#\/ballot\//);
      await settle(page);
      await expect(page.getByRole('article')).toHaveCount(8);
      await expectAccessible(page, 'ballot');
    });
  });
}
