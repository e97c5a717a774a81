import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { StepsPage } from './page-models/steps-page';

test.use({ locale: 'pl-PL' });

const DIMENSIONS = [
  'Model członkostwa',
  'Skład międzysektorowy',
  'Model operacyjny (własność i zarządzanie)',
  'Organ koordynujący',
  'Model finansowy',
  'Portfolio usług',
  'Realny cel',
  'Współpraca między interesariuszami',
];

test('w trybie oceny grupa przechodzi kroki OPISZ, ZDEFINIUJ i ZDECYDUJ po polsku', async ({ page }) => {
  test.setTimeout(60_000);
  const steps = new StepsPage(page);
  await page.goto('./');
  await page.getByRole('link', { name: 'Nowa ocena' }).first().click();
  await page.getByLabel('Nazwa klastra').fill('Pomorski Klaster Ekonomii Społecznej');
  await page.getByLabel('Ocena klastra').check();
  await page.getByRole('button', { name: 'Utwórz i otwórz' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Opisz punkt wyjścia' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Zdjęcie dojrzałości' })).toBeVisible();

  // OPISZ: zdjęcie dojrzałości
  for (const [i, name] of DIMENSIONS.entries()) await steps.rate(name, i === 6 ? 'Nie wiem' : '3 – średni');
  await steps.card('Model finansowy').getByLabel('Luki').fill('Brak stałego finansowania koordynacji');
  await steps.expectNothingMissing('W tym kroku niczego nie brakuje.');
  expect(await seriousViolations(page), 'opisz').toEqual([]);

  // ZDEFINIUJ: czy wizja jest nadal wspólna
  await steps.openStep(/Zdefiniuj/);
  await page.getByLabel('Jaki problem ma rozwiązywać klaster?').fill('Za mało miejsc pracy dla osób wykluczonych');
  await page.getByLabel('Wizja', { exact: true }).fill('Do 2030 roku w każdym powiecie działa przedsiębiorstwo społeczne.');
  await page.getByLabel('Niezbywalny: Legitymizacja').check();
  await page.getByRole('group', { name: 'Czy „Legitymizacja” jest nadal wspólny i aktualny?' }).getByLabel('Częściowo').check();
  for (const name of DIMENSIONS) await steps.rate(name, '5 – wysoki');
  await steps.expectNothingMissing('W tym kroku niczego nie brakuje.');
  expect(await seriousViolations(page), 'zdefiniuj').toEqual([]);

  // ZDECYDUJ: przegląd priorytetów
  await steps.openStep(/Zdecyduj/);
  await page.getByLabel('Przegląda obecne priorytety').check();
  await expect(page.getByText('Nie porównano (brak oceny, „nie dotyczy” lub „nie wiem”): Realny cel')).toBeVisible();
  await page.getByLabel('Priorytet: Model finansowy').check();
  await page.getByLabel('Priorytet: Organ koordynujący').check();
  await expect(page.getByText(/^Wybrano 2 wymiary priorytetowe\./)).toBeVisible();
  await page.getByLabel('Dlaczego: Model finansowy?').fill('Jedno źródło finansowania');
  await page.getByLabel('Dlaczego: Organ koordynujący?').fill('Brak etatu koordynatora');
  await page.getByLabel('Początek').first().fill('2026-05-01');
  await page.getByLabel('Koniec').first().fill('2027-04-30');
  await steps.expectNothingMissing('W tym kroku niczego nie brakuje.');
  expect(await seriousViolations(page), 'zdecyduj').toEqual([]);

  await page.reload();
  await expect(page.getByLabel('Przegląda obecne priorytety')).toBeChecked();
  await expect(page.getByLabel('Dlaczego: Organ koordynujący?')).toHaveValue('Brak etatu koordynatora');
  await steps.openStep(/Opisz/);
  await expect(steps.card('Model finansowy').getByLabel('Luki')).toHaveValue('Brak stałego finansowania koordynacji');
  await expect(steps.card('Realny cel').getByRole('radio', { name: 'Nie wiem' })).toBeChecked();
});
