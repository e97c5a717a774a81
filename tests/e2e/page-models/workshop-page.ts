import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** What a facilitator and the participants do on the workshop page, by role and label (English texts). */
export class WorkshopPage {
  constructor(readonly page: Page) {}

  region(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Steps of the method' }).getByRole('link', { name: 'Workshop' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Workshop' })).toBeVisible();
  }

  async addParticipant(name: string, sector: string | null = null): Promise<void> {
    const section = this.region('Participants');
    await section.getByLabel('Name or label').fill(name);
    if (sector) await section.getByLabel('Sector (optional)').selectOption({ label: sector });
    await section.getByRole('button', { name: 'Add participant' }).click();
    await expect(section.getByRole('status')).toHaveText(`${name} was added.`);
  }

  async startPrivateScoring(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start private scoring' }).click();
    await expect(this.page.getByRole('heading', { name: 'Whose turn is it?' })).toBeFocused();
  }

  /** On the cover, the participant picks their own name. */
  async pick(name: string): Promise<void> {
    await this.region('Whose turn is it?').getByRole('button', { name: new RegExp(`^${name}: `) }).click();
    await expect(this.page.getByRole('heading', { name: `Your ratings, ${name}` })).toBeVisible();
  }

  /** The participant rates one dimension on their private form. */
  async rate(dimension: string, profile: 'Baseline' | 'Ideal', option: string): Promise<void> {
    const card = this.page.getByRole('article', { name: dimension, exact: true });
    await card.getByRole('group', { name: new RegExp(`^${profile}:`) }).getByRole('radio', { name: option, exact: true }).check();
  }

  async handOver(): Promise<void> {
    await this.page.getByRole('button', { name: 'I’m done – hand over' }).click();
    await expect(this.page.getByRole('heading', { name: 'Whose turn is it?' })).toBeVisible();
  }

  async endPrivateScoring(): Promise<void> {
    await this.page.getByRole('button', { name: 'End private scoring' }).click();
    await expect(this.region('Participants')).toBeVisible();
  }

  async revealAll(): Promise<void> {
    await this.page.getByRole('button', { name: 'Reveal all ratings' }).click();
    await this.region('Reveal').getByRole('alert').getByRole('button', { name: 'Yes, reveal' }).click();
    await expect(this.region('Results')).toBeVisible();
  }

  /** The row of one dimension in a table of the page, by the table's name. */
  row(table: string, dimension: string): Locator {
    return this.page.getByRole('table', { name: table }).getByRole('row', { name: new RegExp(`^${dimension}`) });
  }

  async setAgreed(dimension: string, profile: 'baseline' | 'ideal', option: string): Promise<void> {
    await this.page.getByLabel(`Agreed ${profile}: ${dimension}`).selectOption({ label: option });
  }
}
