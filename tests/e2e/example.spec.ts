import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';

for (const [language, locale, texts] of [
  ['English', 'en-GB', { load: 'Load example', name: 'Pomeranian Social Economy Cluster (example)', done: 'Steps done: 5 of 5', nav: 'Steps of the method', complete: /complete/, summary: 'Summary' }],
  ['Polish', 'pl-PL', { load: 'Wczytaj przykład', name: 'Pomorski Klaster Ekonomii Społecznej (przykład)', done: 'Ukończone kroki: 5 z 5', nav: 'Kroki metody', complete: /ukończony/, summary: 'Podsumowanie' }],
] as const) {
  test.describe(`the worked example in ${language}`, () => {
    test.use({ locale });

    test('fills all five steps and shows the whole plan in the summary', async ({ page }) => {
      await page.goto('./');
      await page.getByRole('button', { name: texts.load }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: texts.name })).toBeVisible();
      const nav = page.getByRole('navigation', { name: texts.nav });
      // The first list holds the five steps; the pages beside them (summary, workshop, presentation) follow.
      const steps = nav.getByRole('list').first().getByRole('listitem');
      await expect(steps).toHaveCount(5);
      for (const item of await steps.all()) await expect(item).toContainText(texts.complete);
      for (const step of await steps.getByRole('link').all()) {
        await step.click();
        expect(await seriousViolations(page), await step.innerText()).toEqual([]);
      }
      await nav.getByRole('link', { name: texts.summary }).click();
      await expect(page.getByRole('table').first()).toBeVisible();
      expect(await seriousViolations(page), 'summary').toEqual([]);
      await page.goto('./');
      await expect(page.getByText(texts.done)).toBeVisible();
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, locale: 'pl-PL' });

  test('every step of the worked example fits the screen width and stays accessible', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Wczytaj przykład' }).first().click();
    const nav = page.getByRole('navigation', { name: 'Kroki metody' });
    for (const step of [...(await nav.getByRole('listitem').getByRole('link').all()), nav.getByRole('link', { name: 'Podsumowanie' })]) {
      await step.click();
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, await step.innerText()).toBeLessThanOrEqual(1);
      expect(await seriousViolations(page), await step.innerText()).toEqual([]);
    }
  });
});
