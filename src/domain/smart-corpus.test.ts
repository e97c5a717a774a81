/**
 * Goals as regional offices and cluster groups really write them, 20 vague and 20 sound per language.
 * The SMART checker must flag at least 90 % of the vague ones and pass at least 90 % of the sound
 * ones; the rates are in the test names so that the run shows them.
 */
import { describe, expect, it } from 'vitest';
import { statementIssues } from './smart';

const VAGUE = {
  pl: [
    'Zwiększenie liczby członków klastra',
    'Lepsza koordynacja działań podmiotów ekonomii społecznej w regionie',
    'Budowanie zaufania między sektorem publicznym a PES',
    'Wspieranie przedsiębiorstw społecznych w dostępie do rynku',
    'Promocja klastra wśród samorządów',
    'Wzmocnienie potencjału organizacji członkowskich',
    'Poprawa współpracy z jednostkami samorządu terytorialnego',
    'Rozwój oferty usług klastra',
    'Podniesienie kompetencji kadr podmiotów ekonomii społecznej',
    'Usprawnienie przepływu informacji między członkami',
    'Aktywizacja zawodowa osób zagrożonych wykluczeniem społecznym',
    'Integracja środowiska ekonomii społecznej w subregionie słupskim',
    'Intensyfikacja współpracy z biznesem',
    'Efektywniejsze wykorzystanie zasobów członków',
    'Rozbudowa sieci partnerów klastra',
    'Umocnienie pozycji PES na rynku zamówień publicznych',
    'Pogłębienie współpracy międzysektorowej',
    'Upowszechnianie dobrych praktyk ekonomii społecznej',
    'Zacieśnienie relacji z uczelniami',
    'Większa rozpoznawalność marki klastra w regionie',
  ],
  en: [
    'Increase the number of cluster members',
    'Better coordination among social economy actors',
    'Build trust between the public sector and social enterprises',
    'Support social enterprises in accessing markets',
    'Promote the cluster among municipalities',
    'Strengthen the capacity of member organisations',
    'Improve cooperation with local authorities',
    'Develop the cluster’s service offer',
    'Enhance the skills of social enterprise staff',
    'Foster cross-sector collaboration',
    'Raise awareness of the social economy in the region',
    'Boost the visibility of the cluster brand',
    'Expand the network of partners',
    'Encourage young people to start social enterprises',
    'Streamline the flow of information between members',
    'Grow the cluster’s income from services',
    'Empower local communities to shape public services',
    'Deepen links with universities',
    'Greater involvement of businesses in the cluster',
    'Optimise the use of members’ shared resources',
  ],
};

const SOUND = {
  pl: [
    'Do 31 grudnia 2027 r. zwiększyć liczbę członków klastra z 12 do 40 podmiotów',
    'Podpisać do czerwca 2027 r. umowę ramową z Urzędem Marszałkowskim na finansowanie koordynatora klastra',
    'Zatrudnić 2 osoby koordynujące na pełen etat do końca I kwartału 2027 r.',
    'Uzyskać 3 wspólne zlecenia konsorcjów członków w zamówieniach publicznych w 2027 r.',
    'Ograniczyć udział największego źródła finansowania do 40% budżetu do końca 2028 r.',
    'Przeprowadzić 6 spotkań sieciujących przedsiębiorców i PES w 2027 r.',
    'Uruchomić wspólny katalog usług członków w internecie do 30 września 2026 r.',
    'Przyjąć regulamin klastra uchwałą Walnego Zgromadzenia',
    'Pozyskać 25 firm jako członków wspierających do końca 2027 r.',
    'Osiągnąć 300 tys. zł przychodu ze wspólnej sprzedaży usług w 2028 r.',
    'Przeszkolić 60 pracowników PES z zamówień publicznych na 4 warsztatach',
    'Wybrać operatora klastra w otwartym konkursie',
    'Zawrzeć porozumienia o współpracy z 10 gminami powiatu słupskiego',
    'Wydać pierwszy raport roczny klastra z danymi o przychodach i zatrudnieniu',
    'Utworzyć rezerwę operacyjną pokrywającą 3 miesiące kosztów stałych',
    'Wprowadzić do oferty klastra catering konsorcyjny 5 spółdzielni socjalnych',
    'Podpisać umowy patronackie z 2 uczelniami w roku akademickim 2026/2027',
    'Zapewnić, by co najmniej 80% członków uczestniczyło w corocznym Walnym Zgromadzeniu',
    'Powołać radę programową z przedstawicielami czterech sektorów',
    'Przyjąć kodeks etyczny klastra uchwałą Walnego Zgromadzenia',
  ],
  en: [
    'By 31 December 2027, grow membership from 12 to 40 organisations',
    'Sign a framework agreement with the regional government to fund the coordinator',
    'Hire 2 full-time coordinators by the end of March 2027',
    'Win 3 joint public contracts for member consortia in 2027',
    'Bring the share of the largest funding source down to 40% of the budget by 2028',
    'Hold 6 networking meetings of businesses and social enterprises in 2027',
    'Launch an online catalogue of members’ services by 30 September 2026',
    'Adopt the cluster’s bylaws by a vote of the General Assembly',
    'Recruit 25 companies as supporting members by the end of 2027',
    'Earn PLN 300,000 from joint sales of services in 2028',
    'Train 60 social enterprise staff in public procurement in 4 workshops',
    'Select the cluster operator in an open call',
    'Sign cooperation agreements with 10 municipalities of the county',
    'Publish the cluster’s first annual report with income and employment figures',
    'Set up an operating reserve that covers 3 months of fixed costs',
    'Add a consortium catering service of 5 social cooperatives to the cluster’s offer',
    'Sign partnership agreements with 2 universities in the 2026/27 academic year',
    'Ensure that at least 80% of members attend the yearly General Assembly',
    'Appoint a programme board with representatives of all four sectors',
    'Adopt a code of ethics by a resolution of the General Assembly',
  ],
};

const flagged = (statement: string) => statementIssues(statement).length > 0;
const rate = (hits: number, total: number) => Math.round((hits / total) * 100);

describe.each(['pl', 'en'] as const)('the SMART checker on real-style goals (%s)', (language) => {
  const vague = VAGUE[language];
  const sound = SOUND[language];
  const caught = vague.filter(flagged);
  const passed = sound.filter((s) => !flagged(s));

  it('has 20 vague and 20 sound goals', () => {
    expect([vague.length, sound.length, new Set([...vague, ...sound]).size]).toEqual([20, 20, 40]);
  });

  it(`flags at least 90 % of the vague goals (${String(rate(caught.length, vague.length))} %)`, () => {
    expect(caught.length / vague.length).toBeGreaterThanOrEqual(0.9);
  });

  it(`passes at least 90 % of the sound goals (${String(rate(passed.length, sound.length))} %)`, () => {
    expect(passed.length / sound.length).toBeGreaterThanOrEqual(0.9);
  });

  it.each(vague)('quotes the user’s own word in “%s”', (statement) => {
    const word = statementIssues(statement).find((i) => i.code === 'vague-wording')?.word;
    if (word === undefined) return; // a miss, counted by the rate above
    expect(statement.split(/[^\p{L}\p{N}]+/u)).toContain(word);
  });
});
