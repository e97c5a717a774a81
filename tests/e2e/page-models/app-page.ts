import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** What a user does on the home and create screens, by role and label. */
export class AppPage {
  constructor(readonly page: Page) {}

  async gotoHome(): Promise<void> {
    await this.page.goto('./');
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  async createAssessment(name: string, details: { region?: string; mode?: 'Create a cluster' | 'Evaluate a cluster' } = {}): Promise<void> {
    await this.page.getByRole('link', { name: 'New assessment' }).first().click();
    await this.page.getByLabel('Cluster name').fill(name);
    if (details.region) await this.page.getByLabel('Region', { exact: true }).fill(details.region);
    if (details.mode) await this.page.getByLabel(details.mode).check();
    await this.page.getByRole('button', { name: 'Create and open' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async openDetails(): Promise<void> {
    await this.page.getByText('Assessment details').click();
  }

  async waitSaved(text = 'All changes saved'): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: text })).toBeVisible();
  }

  /** Waits until the service worker is active, so that the app can be reloaded offline. */
  async waitForServiceWorker(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  }
}
