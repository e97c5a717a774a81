import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { AppPage } from './page-models/app-page';
import { BallotPage } from './page-models/ballot-page';

const SHOTS = '/tmp/shots-ballot';
const fixture = (name: string) => join(import.meta.dirname, '../fixtures', name);

test('a participant rates on their own device and the facilitator imports the ballot; a foreign ballot changes nothing', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  // The facilitator creates an assessment and downloads its invitation on the workshop page
  const app = new AppPage(page);
  await app.gotoHome();
  await app.createAssessment('Kashubian Cluster', { region: 'Kaszuby' });
  const id = /#\/a\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  expect(id).not.toBe('');
  await page.goto(`./#/a/${id}/workshop`);
  const facilitator = new BallotPage(page);
  const panel = facilitator.exchange();
  const invitationDownload = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download invitation' }).click();
  const invitation = await invitationDownload;
  expect(invitation.suggestedFilename()).toMatch(/^kashubian-cluster_\d{4}-\d{2}-\d{2}_invitation\.json$/);
  const invitationFile = testInfo.outputPath('invitation.json');
  await invitation.saveAs(invitationFile);
  await expect(panel.getByText('No ballots imported yet.')).toBeVisible();

  // The participant, on another device (a second browser context with its own storage), opens the invitation
  const device = await browser.newContext({ baseURL: baseURL ?? '', locale: 'en-GB', acceptDownloads: true });
  const phone = await device.newPage();
  const participant = new BallotPage(phone);
  await participant.openFromHome(invitationFile);
  await expect(phone.getByRole('heading', { level: 1, name: 'Your ballot: Kashubian Cluster' })).toBeVisible();
  await expect(phone.getByText('Region: Kaszuby')).toBeVisible();

  // Downloading without a name is refused with a message
  await phone.getByRole('button', { name: 'Download ballot' }).click();
  await expect(phone.getByRole('alert')).toContainText('Enter your name or a label first');
  await expect(phone.getByLabel('Your name or a label')).toBeFocused();

  await phone.getByLabel('Your name or a label').fill('Anna Nowak');
  await phone.getByLabel('Your sector').selectOption({ label: 'Academia and research' });
  await participant.rateAll('2 – rather low', '4 – rather high');
  await participant.rate('Financial model', 'baseline', '1 – low');
  await participant.card('Financial model').getByLabel('Note on the baseline (optional)').fill('Jeden grant, żadnych składek.');
  await expect(phone.getByText('16 of 16 ratings given').first()).toBeVisible();
  expect(await seriousViolations(phone), 'ballot screen').toEqual([]);

  // Everything typed survives a reload
  await participant.waitSaved();
  await phone.reload();
  await expect(phone.getByLabel('Your name or a label')).toHaveValue('Anna Nowak');
  await expect(participant.card('Financial model').getByLabel('Note on the baseline (optional)')).toHaveValue('Jeden grant, żadnych składek.');
  await expect(participant.card('Financial model').getByRole('group', { name: /^Baseline/ }).getByRole('radio', { name: '1 – low' })).toBeChecked();

  const ballotDownload = phone.waitForEvent('download');
  await phone.getByRole('button', { name: 'Download ballot' }).click();
  const ballot = await ballotDownload;
  expect(ballot.suggestedFilename()).toMatch(/^kashubian-cluster_\d{4}-\d{2}-\d{2}_ballot_anna-nowak\.json$/);
  const ballotFile = testInfo.outputPath(ballot.suggestedFilename());
  await ballot.saveAs(ballotFile);
  await expect(phone.getByText(/^Last downloaded:/)).toBeVisible();

  // The home screen lists the participant's ballot
  await phone.goto('./');
  const yours = phone.getByRole('list', { name: 'Your ballots' });
  await expect(yours.getByRole('link', { name: 'Kashubian Cluster' })).toBeVisible();
  await expect(yours.getByText(/^Last downloaded:/)).toBeVisible();
  await mkdir(SHOTS, { recursive: true });
  await phone.getByRole('region', { name: 'Ballots', exact: true }).screenshot({ path: `${SHOTS}/home-ballots.png` });
  await device.close();

  // Back on the facilitator's laptop: the ballot is imported and the participant appears
  await panel.getByLabel('Import ballots…').setInputFiles(ballotFile);
  await expect(panel.getByRole('status').filter({ hasText: 'Files read: 1. New participants: 1, replaced: 0, ignored: 0, refused: 0.' })).toBeVisible();
  const received = panel.getByRole('table', { name: 'Ballots received' });
  const row = received.getByRole('row', { name: /Anna Nowak/ });
  await expect(row).toContainText('Academia and research');
  await expect(row).toContainText('16 of 16 ratings given');
  await app.waitSaved();

  // A ballot for another assessment is refused by name, and nothing changes
  const foreign = JSON.parse(await readFile(ballotFile, 'utf8')) as { assessmentId: string; participant: { id: string; label: string } };
  foreign.assessmentId = 'another-assessment';
  foreign.participant = { ...foreign.participant, id: 'someone-else', label: 'Piotr' };
  const foreignFile = testInfo.outputPath('piotr.json');
  await writeFile(foreignFile, JSON.stringify(foreign));
  await panel.getByLabel('Import ballots…').setInputFiles(foreignFile);
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('“piotr.json” was not imported');
  await expect(alert).toContainText('The ballot belongs to a different assessment.');
  await expect(alert).toContainText('Nothing was changed.');
  await expect(received.getByRole('row')).toHaveCount(2);
  await expect(received).not.toContainText('Piotr');
  await panel.screenshot({ path: `${SHOTS}/exchange-panel.png` });

  // The import is stored: it is still there after a reload
  await page.reload();
  await expect(facilitator.exchange().getByRole('table', { name: 'Ballots received' }).getByRole('row', { name: /Anna Nowak/ })).toBeVisible();
});

test('a ballot file of format version 1 (fixture) is read on the home screen; one for an assessment not on this device is refused', async ({ page }) => {
  const participant = new BallotPage(page);
  await participant.openFromHome(fixture('invitation-v1.json'));
  await expect(page.getByRole('heading', { level: 1, name: 'Your ballot: Kaszubski Klaster Innowacji Społecznych' })).toBeVisible();
  await page.goto('./');
  await page.getByLabel('Open an invitation or ballot…').setInputFiles(fixture('ballot-v1.json'));
  const alert = page.getByRole('region', { name: 'Ballots', exact: true }).getByRole('alert');
  await expect(alert).toContainText('“ballot-v1.json” was not imported');
  await expect(alert).toContainText('The assessment this ballot answers is not on this device.');
  await expect(page.getByRole('list', { name: 'Your ballots' }).getByRole('link', { name: 'Kaszubski Klaster Innowacji Społecznych' })).toBeVisible();
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/home-phone-full.png`, fullPage: true });
});

for (const [language, button] of [
  ['en', 'English'],
  ['pl', 'Polski'],
] as const) {
  test(`screenshots of the ballot screen on a phone and a laptop (${language})`, async ({ page }) => {
    await mkdir(SHOTS, { recursive: true });
    const participant = new BallotPage(page);
    await participant.openFromHome(fixture('invitation-v1.json'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByLabel('Your name or a label').fill('Małgorzata Żółkiewska');
    await participant.rate('Membership model', 'baseline', '2 – rather low');
    await participant.rate('Membership model', 'ideal', '4 – rather high');
    await participant.rate('Cross-sectoral composition', 'baseline', 'Don’t know');
    await participant.waitSaved();
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: button }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    for (const [name, size] of [
      ['phone', { width: 390, height: 844 }],
      ['laptop', { width: 1280, height: 800 }],
    ] as const) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `${SHOTS}/ballot-${language}-${name}.png` });
      await page.screenshot({ path: `${SHOTS}/ballot-${language}-${name}-full.png`, fullPage: true });
      await page.getByRole('article').first().screenshot({ path: `${SHOTS}/ballot-${language}-${name}-card.png` });
      await page.locator('.ballot-send').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/ballot-${language}-${name}-send.png` });
    }
    expect(await seriousViolations(page), `ballot screen (${language})`).toEqual([]);
  });
}

test('a participant opens an invitation and fills the ballot with the network off', async ({ page, context }) => {
  const app = new AppPage(page);
  const participant = new BallotPage(page);
  await app.gotoHome();
  await app.waitForServiceWorker();
  await context.setOffline(true);
  await page.reload();
  // The ballot screen, its parser and its texts come from the precache.
  await participant.openFromHome(fixture('invitation-v1.json'));
  await expect(page.getByRole('heading', { level: 1, name: 'Your ballot: Kaszubski Klaster Innowacji Społecznych' })).toBeVisible();
  await participant.rate('Viable purpose', 'ideal', '5 – high');
  await participant.waitSaved();
  await page.reload();
  await expect(participant.card('Viable purpose').getByRole('group', { name: /^Ideal/ }).getByRole('radio', { name: '5 – high' })).toBeChecked();
  await expect(participant.card('Viable purpose').getByText('Guidance: Viable purpose')).toBeVisible();
});
