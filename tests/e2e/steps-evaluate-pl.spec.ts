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
  await page.getByRole('link', { name: 'Nowa analiza' }).first().click();
  await page.getByLabel('Nazwa klastra').fill('Pomorski Klaster Ekonomii Społecznej');
  await page.getByLabel('Ocena klastra').check();
  await page.getByRole('button', { name: 'Utwórz i otwórz' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Opisz punkt wyjścia' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Migawka dojrzałości' })).toBeVisible();

  // OPISZ: zdjęcie dojrzałości
  for (const [i, name] of DIMENSIONS.entries()) await steps.rate(name, i === 6 ? 'Nie wiem' : '3 – średni');
  await steps.card('Model finansowy').getByLabel('Luki').fill('Brak stałego finansowania koordynacji');
  await steps.expectNothingMissing('W tym kroku niczego nie brakuje.');
  expect(await seriousViolations(page), 'opisz').toEqual([]);

  // ZDEFINIUJ: czy wizja jest nadal wspólna
  await steps.openStep(/Zdefiniuj/);
  await page.getByLabel('Jaki problem ma rozwiązywać klaster?').fill('Za mało miejsc pracy dla osób wykluczonych');
  await page.getByLabel('Wizja', { exact: true }).fill('Do 2030 roku w każdym powiecie działa przedsiębiorstwo społeczne.');
  await page.getByLabel('Bezwzględnie konieczny: Legitymizacja').check();
  await page.getByRole('group', { name: 'Czy czynnik „Legitymizacja” jest nadal wspólny i aktualny?' }).getByLabel('Częściowo').check();
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

test('w trybie oceny grupa przechodzi wszystkie pięć kroków, ocenia cele i działania, a dane przetrwają odświeżenie', async ({ page }) => {
  test.setTimeout(60_000);
  const steps = new StepsPage(page);
  await page.goto('./');
  await page.getByRole('link', { name: 'Nowa analiza' }).first().click();
  await page.getByLabel('Nazwa klastra').fill('Klaster po pierwszym roku');
  await page.getByLabel('Ocena klastra').check();
  await page.getByRole('button', { name: 'Utwórz i otwórz' }).click();
  // Kroki 1–3 w skrócie: zdjęcie dojrzałości, wizja i jej aktualność, jeden priorytet
  await steps.rateAll('3 – średni');
  await steps.card('Organ koordynujący').getByLabel('Luki').fill('Brak etatu koordynatora');
  await steps.openStep(/Zdefiniuj/);
  await page.getByLabel('Jaki problem ma rozwiązywać klaster?').fill('Za mało miejsc pracy dla osób wykluczonych');
  await page.getByLabel('Wizja', { exact: true }).fill('Do 2030 roku w każdym powiecie działa przedsiębiorstwo społeczne.');
  await page.getByLabel('Bezwzględnie konieczny: Legitymizacja').check();
  await page.getByRole('group', { name: 'Czy czynnik „Legitymizacja” jest nadal wspólny i aktualny?' }).getByLabel('Tak').check();
  await steps.rateAll('5 – wysoki');
  await steps.openStep(/Zdecyduj/);
  await page.getByLabel('Ustala priorytety kolejnego etapu').check();
  await page.getByLabel('Priorytet: Organ koordynujący').check();
  await page.getByLabel('Dlaczego: Organ koordynujący?').fill('Nikt nie ma czasu na koordynację');
  await page.getByLabel('Początek').first().fill('2026-05-01');
  await page.getByLabel('Koniec').first().fill('2027-04-30');

  // CELE: ocena istniejącego celu i sprawdzenie SMART po polsku
  await steps.openStep(/Cele/);
  const goal = page.getByRole('article', { name: 'Cel dla wymiaru: Organ koordynujący' });
  await goal.getByLabel('Zmienić').check();
  await goal.getByLabel('Treść celu').fill('Wzmocnienie organu koordynującego');
  await expect(goal.getByText('„Wzmocnienie” wskazuje kierunek, ale nie mówi, o ile')).toBeVisible();
  await goal.getByLabel('Treść celu').fill('Zatrudnić 2 osoby koordynujące na pełen etat');
  await goal.getByRole('button', { name: 'Dodaj wskaźnik' }).click();
  await goal.getByLabel('Nazwa').fill('Etaty koordynacji');
  await goal.getByLabel('Wartość wyjściowa').fill('0,5');
  await goal.getByLabel('Wartość docelowa').fill('2');
  await goal.getByLabel('Czynnik sukcesu, któremu służy').selectOption({ label: 'Wizja jako całość' });
  await goal.getByLabel('Termin').fill('2027-03-31');
  await goal.getByLabel('Zasoby i zobowiązania, dzięki którym cel jest osiągalny').fill('ROPS finansuje oba etaty przez 2 lata.');
  await expect(goal.getByText('Ten cel spełnia wszystkie kryteria SMART.')).toBeVisible();
  await expect(goal.getByText('Miara: Etaty koordynacji z 0,5 do 2.')).toBeVisible();
  expect(await seriousViolations(page), 'cele').toEqual([]);

  // OPRACUJ: działanie, kamienie milowe co kwartał, monitorowanie
  await steps.openStep(/Opracuj/);
  await expect(page.getByText('Przy każdym działaniu zapytajcie')).toBeVisible();
  await page.getByRole('button', { name: 'Dodaj działanie' }).click();
  const measure = page.getByRole('article', { name: /^Działanie 1/ });
  await measure.getByLabel('Co zostanie zrobione').fill('Przyjąć kartę zasad zarządzania klastrem');
  await measure.getByLabel('Odpowiada (jedna osoba lub organizacja)').fill('Zarząd klastra');
  await measure.getByLabel('Początek').fill('2026-05-01');
  await measure.getByLabel('Termin').fill('2027-04-30');
  await measure.getByLabel('Co 3 miesiące od rozpoczęcia').check();
  await expect(measure.getByText('dnia 1 sierpnia 2026')).toBeVisible();
  await measure.getByLabel('Stan', { exact: true }).selectOption('in-progress');
  await page.getByLabel('Kto przegląda postępy').fill('Rada klastra');
  await steps.expectNothingMissing('W tym kroku niczego nie brakuje.');
  expect(await seriousViolations(page), 'opracuj').toEqual([]);

  await page.reload();
  await expect(page.getByRole('article', { name: /^Działanie 1/ }).getByLabel('Stan', { exact: true })).toHaveValue('in-progress');
  await steps.openStep(/Cele/);
  await expect(page.getByLabel('Zmienić')).toBeChecked();
  await expect(page.getByLabel('Wartość wyjściowa')).toHaveValue('0,5');

  // Podsumowanie pokazuje cel i działanie, a lista ocen – pięć ukończonych kroków
  await page.getByRole('link', { name: 'Podsumowanie' }).click();
  await expect(page.locator('main').getByText('Zatrudnić 2 osoby koordynujące na pełen etat').first()).toBeVisible();
  await expect(page.locator('main').getByRole('rowheader', { name: /Przyjąć kartę zasad zarządzania klastrem/ }).first()).toBeVisible();
  expect(await seriousViolations(page), 'podsumowanie').toEqual([]);
  await page.goto('./');
  await expect(page.getByText('Ukończone kroki: 5 z 5')).toBeVisible();
});
