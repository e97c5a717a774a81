import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** What a user does inside the five steps, by role and label. */
export class StepsPage {
  constructor(readonly page: Page) {}

  /** The card of one dimension in the current step, found by its heading (the dimension's name). */
  card(dimension: string): Locator {
    return this.page.getByRole('article', { name: dimension, exact: true });
  }

  async rate(dimension: string, option: string): Promise<void> {
    await this.card(dimension).getByRole('radio', { name: option, exact: true }).check();
  }

  /** Gives every dimension card of the current step the same answer. */
  async rateAll(option: string): Promise<void> {
    await expect(this.page.getByRole('article')).toHaveCount(8);
    for (const card of await this.page.getByRole('article').all()) {
      await card.getByRole('radio', { name: option, exact: true }).check();
    }
  }

  async openStep(label: string | RegExp): Promise<void> {
    await this.page.getByRole('navigation', { name: /Steps of the method|Kroki metody/ }).getByRole('link', { name: label }).click();
  }

  async expectNothingMissing(text = 'Nothing is missing in this step.'): Promise<void> {
    await expect(this.page.getByText(text)).toBeVisible();
  }
}
