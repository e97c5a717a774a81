import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

const LEGENDS = { baseline: 'Baseline: where the cluster is today', ideal: 'Ideal: where it should be' } as const;

/** What a participant does on their ballot (English texts), and the facilitator's ballot exchange panel. */
export class BallotPage {
  constructor(readonly page: Page) {}

  /** The card of one dimension, found by its heading ("V. Financial model"). */
  card(dimension: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(`${dimension}$`) });
  }

  async rate(dimension: string, profile: keyof typeof LEGENDS, option: string): Promise<void> {
    await this.card(dimension).getByRole('group', { name: LEGENDS[profile] }).getByRole('radio', { name: option, exact: true }).check();
  }

  /** Gives every dimension the same baseline and ideal. */
  async rateAll(baseline: string, ideal: string): Promise<void> {
    const cards = this.page.getByRole('article');
    await expect(cards).toHaveCount(8);
    for (const card of await cards.all()) {
      await card.getByRole('group', { name: LEGENDS.baseline }).getByRole('radio', { name: baseline, exact: true }).check();
      await card.getByRole('group', { name: LEGENDS.ideal }).getByRole('radio', { name: ideal, exact: true }).check();
    }
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
  }

  /** Opens an invitation (or ballot) file from the home screen's ballot section. */
  async openFromHome(file: string): Promise<void> {
    await this.page.goto('./');
    await this.page.getByRole('region', { name: 'Ballots', exact: true }).getByLabel('Open an invitation or ballot…').setInputFiles(file);
  }

  /** The facilitator's panel on the workshop page. */
  exchange(): Locator {
    return this.page.getByRole('region', { name: 'Ballots on participants’ own devices' });
  }
}
