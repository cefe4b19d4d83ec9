import type { RegionCode } from '@/lib/domain/regions';
import type { externalMeasures, namedContactShares } from '../schema';

/**
 * Facts from public sources that are not the product's own measure: the share of residents with a
 * named fast läkarkontakt as the regions registered it, and figures others publish with definitions of
 * their own. Quotes are the sources' Swedish words, verbatim; nothing here is derived by us.
 */

const PRODUCT_MEASURE_SV = 'invånare per heltid specialist i allmänmedicin plus 0,5 × heltid ST-läkare, ur regionens rapport';
const PRODUCT_MEASURE_EN = 'residents per full-time equivalent of GP specialists plus 0.5 × GP trainee FTE, from the region’s report';

const sources = {
  sos2023: {
    sourceUrl: 'https://lakartidningen.se/aktuellt/nyheter/2023/08/socialstyrelsen-stora-skillnader-i-omstallningen-till-god-och-nara-vard/',
    sourceTitle: 'Läkartidningen 2023-08: Socialstyrelsen: Stora skillnader i omställningen till god och nära vård',
  },
  lfBlekinge2022: {
    sourceUrl:
      'https://via.tt.se/pressmeddelande/region-blekinge-behover-dubbelt-sa-manga-lakare-pa-vardcentralerna?publisherId=3236135&releaseId=3325377',
    sourceTitle: 'Sveriges läkarförbund, pressmeddelande juni 2022: Region Blekinge behöver dubbelt så många läkare på vårdcentralerna',
  },
  lfNorrbotten2022: {
    sourceUrl: 'https://via.tt.se/pressrum/sveriges-lakarforbund/r?publisherId=3236135',
    sourceTitle: 'Sveriges läkarförbunds pressrum (TT), pressmeddelande 2022-06-22 om Region Norrbotten',
  },
  lfOrebro2022: {
    sourceUrl: 'https://www.orebrokuriren.se/2022/06/20/lakarforbundet-det-saknas-127-lakare-pa-lanets-vardcentraler/',
    sourceTitle: 'Örebrokuriren 2022-06-20: Läkarförbundet: Det saknas 127 läkare på länets vårdcentraler',
  },
  dlf2024: {
    sourceUrl: 'https://lakartidningen.se/aktuellt/nyheter/2024/09/undersokning-fran-dlf-88-ar-till-full-bemanning-inom-primarvarden',
    sourceTitle: 'Läkartidningen 2024-09: Undersökning från DLF: 88 år till full bemanning inom primärvården',
  },
  dlf2025: {
    sourceUrl: 'https://slf.se/dlf/nyheter/flera-regioner-nar-aldrig-malet-primarvardsreformen-fast-lakare-gar-i-snigelfart/',
    sourceTitle: 'Distriktsläkarföreningen 2025: Flera regioner når aldrig målet – primärvårdsreformen fast läkare går i snigelfart',
  },
  mitti2025: {
    sourceUrl: 'https://www.mitti.se/nyheter/fast-lakare-pa-vardcentralen-for-alla--om-334-ar-6.3.253166.747541fdc9',
    sourceTitle: 'Mitti 2025: Fast läkare på vårdcentralen för alla – om 334 år',
  },
  lf2024: {
    sourceUrl: 'https://slf.se/nyheter/halften-av-regionerna-har-inte-mal-om-fast-lakarkontakt/',
    sourceTitle: 'Läkarförbundet 2024: Hälften av regionerna har inte mål om fast läkarkontakt',
  },
  lt2024: {
    sourceUrl: 'https://lakartidningen.se/aktuellt/nyheter/2024/06/miljonprogram-for-allmanlakare-foreslas-for-att-radda-primarvarden/',
    sourceTitle: 'Läkartidningen 2024-06: Miljonprogram för allmänläkare föreslås för att rädda primärvården',
  },
  vardanalys2022: {
    sourceUrl: 'https://lakartidningen.se/aktuellt/nyheter/2022/10/rapport-langt-kvar-till-nationella-mal-om-kontinuitet-i-primarvarden/',
    sourceTitle: 'Läkartidningen 2022-10: Rapport: Långt kvar till nationella mål om kontinuitet i primärvården (Vård- och omsorgsanalys PM 2022:5)',
  },
  vardanalys2023: {
    sourceUrl: 'https://www.vardanalys.se/om-vardanalys/nyhetsarkiv/1-32/',
    sourceTitle: 'Vård- och omsorgsanalys, nyhet oktober 2023: kartläggning av målen om kontinuitet och fast läkarkontakt 2023',
  },
  vardanalys2024: {
    sourceUrl: 'https://vardanalys.se/digital%E2%80%93publikation/fast-lakarkontakt-i-primarvarden-2024',
    sourceTitle: 'Vård- och omsorgsanalys PM 2024:5: Fast läkarkontakt i primärvården 2024 (2024-10-24)',
  },
} as const;

type NamedContactShareSeed = typeof namedContactShares.$inferInsert & { regionCode: RegionCode };

/**
 * Socialstyrelsen's follow-up of the regions' own registers on 31 December 2022, as Läkartidningen
 * reported it: only the regions the article names. Null: the article says the region did not report.
 */
export const namedContactShareRows: readonly NamedContactShareSeed[] = (
  [
    ['07', 7],
    ['24', 11],
    ['10', 19],
    ['12', 77],
    ['19', 78],
    ['20', 79],
    ['14', 96],
    ['23', null],
    ['06', null],
    ['25', null],
  ] as const
).map(([regionCode, sharePercent]) => ({
  regionCode,
  referenceDate: '2022-12-31',
  sharePercent,
  ...sources.sos2023,
  sourceStatus: 'verified',
}));

type ExternalMeasureSeed = Omit<typeof externalMeasures.$inferInsert, 'id' | 'regionCode' | 'publishedOn' | 'valueEn'> & {
  regionCode: RegionCode | null;
  /** When the source was published, as precisely as known: "2024-10-24", "2024-09" or "2025". */
  published: string;
};

const definitions = {
  lfResidentsPerDoctor: {
    definitionSv: `Läkarförbundets beräkning i juni 2022: regionens invånare delat med antalet läkare i primärvården. Källan säger inte vilka läkare som räknas (specialister, ST-läkare, hyrläkare) eller om det är personer eller heltider. Det är alltså inte produktens mått (${PRODUCT_MEASURE_SV}) och kan inte jämföras direkt med det eller med riktvärdet 1 100.`,
    definitionEn: `The Swedish Medical Association's calculation in June 2022: the region's residents divided by the number of doctors in primary care. The source does not say which doctors are counted (specialists, GP trainees, locums) or whether as heads or full-time equivalents. It is therefore not the product's measure (${PRODUCT_MEASURE_EN}) and cannot be compared directly with it or with the guideline of 1,100.`,
  },
  dlfYears: {
    definitionSv: `Distriktsläkarföreningens (DLF, inom Läkarförbundet) uppskattning av hur många år det skulle ta att nå Socialstyrelsens riktvärde (1 100 invånare per specialist, 550 per ST-läkare) om utbildning och rekrytering av specialister i allmänmedicin fortsätter i nuvarande takt, utifrån regionernas svar på DLF:s enkät. En framskrivning, inte en mätning av invånare per läkare som produktens mått (${PRODUCT_MEASURE_SV}).`,
    definitionEn: `The estimate by DLF (the association of GPs within the Swedish Medical Association) of how many years it would take to reach Socialstyrelsen's guideline (1,100 residents per specialist, 550 per GP trainee) if training and recruitment of GP specialists continue at the current pace, from the regions' answers to DLF's survey. A projection, not a measurement of residents per doctor like the product's measure (${PRODUCT_MEASURE_EN}).`,
  },
  dlfAssessment: {
    definitionSv: `DLF:s bedömning i ord av hur långt regionen har kvar till Socialstyrelsens riktvärde i nuvarande takt, eller att regionen inte kunde lämna de uppgifter DLF bad om, utifrån regionernas svar på DLF:s enkät. En bedömning, inte ett tal, och inte produktens mått (${PRODUCT_MEASURE_SV}).`,
    definitionEn: `DLF's assessment in words of how far the region is from Socialstyrelsen's guideline at the current pace, or that the region could not provide the figures DLF asked for, from the regions' answers to DLF's survey. An assessment, not a number, and not the product's measure (${PRODUCT_MEASURE_EN}).`,
  },
  regionsDecided: {
    definitionSv:
      'Hur många av de 21 regionerna som har ett politiskt beslut om att sträva mot Socialstyrelsens riktvärde 1 100 invånare per fast läkarkontakt, enligt Läkarförbundets och DLF:s kartläggningar. En räkning av regioner i en enkät, inte produktens beslutsregister (där varje regions beslut står med sin egen källa och sitt datum) och inget mått på bemanning.',
    definitionEn:
      "How many of the 21 regions have a political decision to aim for Socialstyrelsen's guideline of 1,100 residents per named GP, according to the Swedish Medical Association's and DLF's surveys. A count of regions in a survey, not the product's record of decisions (where each region's decision stands with its own source and date), and no measure of staffing.",
  },
  regionsActionPlan: {
    definitionSv:
      'Hur många av de 21 regionerna som har en konkret handlingsplan för att nå riktvärdet, enligt DLF:s kartläggning. En räkning av regioner i en enkät, inte produktens beslutsregister och inget mått på bemanning.',
    definitionEn:
      "How many of the 21 regions have a concrete action plan to reach the guideline, according to DLF's survey. A count of regions in a survey, not the product's record of decisions, and no measure of staffing.",
  },
  regionsListCap: {
    definitionSv:
      'Hur många regioner som har infört ett listningstak (ett tak för hur många patienter som får listas per läkare), enligt DLF:s kartläggning. Ett tak som tillämpas är något annat än ett beslutat mål eller riktvärde, som produktens beslutsregister visar.',
    definitionEn:
      "How many regions have introduced a list cap (a ceiling on how many patients may be listed per doctor), according to DLF's survey. A cap in force is not the same as a decided target or guideline figure, which is what the product's record of decisions shows.",
  },
  dlfPatientsPerDoctor: {
    definitionSv: `DLF:s uppgift om hur många patienter en läkare i primärvården i genomsnitt ansvarar för, för landet. Källan säger inte om det gäller listade patienter per läkare eller per heltid, eller vilka läkare som räknas; den anger bara en nedre gräns. Inte produktens mått (${PRODUCT_MEASURE_SV}), som räknar invånare och väger ST-läkare till hälften.`,
    definitionEn: `DLF's statement of how many patients a primary-care doctor is responsible for on average, nationally. The source does not say whether this is listed patients per doctor or per full-time equivalent, or which doctors are counted; it gives only a lower bound. Not the product's measure (${PRODUCT_MEASURE_EN}), which counts residents and weighs GP trainees at one half.`,
  },
  perceivedShare: {
    definitionSv:
      'Andelen som i Vård- och omsorgsanalys enkäter (befolkningspanelen) uppger att de har en fast läkare eller fast läkarkontakt i primärvården: hur människor själva uppfattar det. Inte regionernas registrerade andel med namngiven fast läkarkontakt (som ofta är mycket högre) och inte produktens mått, som är invånare per läkare.',
    definitionEn:
      "The share who say, in the surveys of the Swedish Agency for Health and Care Services Analysis (its population panel), that they have a regular doctor or a named GP in primary care: how people themselves see it. Not the regions' registered share with a named GP (often far higher), and not the product's measure, which is residents per doctor.",
  },
} as const;

const lfResidents = (
  regionCode: RegionCode,
  valueText: string,
  quote: string,
  source: (typeof sources)['lfBlekinge2022' | 'lfNorrbotten2022' | 'lfOrebro2022'],
  published: string,
  sourceStatus: 'verified' | 'secondary',
): ExternalMeasureSeed => ({
  regionCode,
  publisher: 'Sveriges läkarförbund',
  measure: 'residents_per_doctor',
  valueText,
  period: '2022-06',
  ...definitions.lfResidentsPerDoctor,
  quote,
  ...source,
  sourceStatus,
  published,
});

const dlfAssessment = (regionCode: RegionCode, valueText: string, quote: string, year: 2024 | 2025): ExternalMeasureSeed => ({
  regionCode,
  publisher: 'Distriktsläkarföreningen (DLF)',
  measure: 'assessment_of_progress',
  valueText,
  period: year === 2024 ? '2024' : 'våren 2025',
  ...definitions.dlfAssessment,
  quote,
  ...(year === 2024 ? sources.dlf2024 : sources.dlf2025),
  sourceStatus: 'verified',
  published: year === 2024 ? '2024-09' : '2025',
});

const DLF_2024_NEVER =
  'Vissa regioner bedöms göra så små insatser för att förbättra situationen att de i stort sett aldrig kommer att uppnå läkartätheten som behövs för att nå Socialstyrelsens mål, menar DLF. Hit hör bland annat Kronoberg och Värmland.';
const DLF_2024_CENTURIES =
  'Några regioner, Gävleborg och Stockholm, kommer med nuvarande takt att enligt DLF:s beräkningar behöva flera hundra år på sig att nå full bemanning.';
const DLF_2024_DECADES =
  'Andra, som till exempel Västra Götaland och Västmanland, arbetar på saken men har fortfarande enligt DLF:s beräkningar flera decennier framför sig';
const DLF_2024_NO_DATA = 'Några regioner, som Norrbotten och Dalarna, har inte kunnat ta fram uppgifterna som DLF efterfrågat.';
const DLF_2024_GOOD =
  'Den enda region av dem som svarat på DLF:s frågor som ligger relativt bra till med sin läkarbemanning i primärvården är Jämtland-Härjedalen.';
const DLF_2025_NEVER = 'I vissa regioner, som Kalmar, Kronoberg och Örebro, är utbildningstakten så låg att målet aldrig kan nås.';

/** Others' figures, each with its definition, source and the source's words. */
/** The product's English for each value as a source states it (the source's words stay in `valueText`). */
const VALUE_EN: Record<string, string> = {
  '2 803': '2,803',
  '2 192': '2,192',
  '2 035': '2,035',
  'runt 88 år': 'around 88 years',
  'över 50 år': 'over 50 years',
  '334 år': '334 years',
  'i stort sett aldrig': 'practically never',
  'flera hundra år': 'several hundred years',
  'flera decennier': 'several decades',
  'kunde inte ta fram uppgifterna': 'could not provide the figures',
  'relativt bra': 'relatively well placed',
  'målet kan aldrig nås': 'the target can never be reached',
  '10 av 21 har beslut': '10 of 21 have a decision',
  '10 av 21 saknar beslut': '10 of 21 lack a decision',
  'färre än hälften': 'fewer than half',
  '3': '3',
  '0': '0',
  'över 2 000': 'over 2,000',
  '29 %': '29%',
  'omkring 30 %': 'around 30%',
  'cirka tre av tio': 'about three in ten',
};

const measureRows: readonly ExternalMeasureSeed[] = [
  // Läkarförbundet's regional press releases, June 2022: only three are on record.
  lfResidents(
    '10',
    '2 803',
    'Region Blekinge har idag 2 803 invånare per läkare i primärvården',
    sources.lfBlekinge2022,
    '2022-06',
    'verified',
  ),
  lfResidents('25', '2 192', 'Norrbotten har idag 2 192 invånare per läkare i primärvården', sources.lfNorrbotten2022, '2022-06-22', 'verified'),
  lfResidents(
    '18',
    '2 035',
    'Region Örebro län har idag 2 035 invånare per läkare i primärvården, staten har slagit fast en rekommendation på 1 100 invånare per fast läkare. Örebro behöver därför minst 127 nya läkare på vårdcentralerna för att möta behovet.',
    sources.lfOrebro2022,
    '2022-06-20',
    'secondary',
  ),

  // DLF's estimates of the years to reach the guideline.
  {
    regionCode: null,
    publisher: 'Distriktsläkarföreningen (DLF)',
    measure: 'years_to_reach_guideline',
    valueText: 'runt 88 år',
    period: '2024',
    ...definitions.dlfYears,
    quote:
      'Antalet specialister i allmänmedicin behöver dubbleras i regionerna för att man ska kunna nå Socialstyrelsens riktvärde från 2022 om en specialist i allmänmedicin per 1 100 invånare och en ST-läkare per 550 invånare. Och att nå detta mål på nationell nivå skulle med nuvarande takt ta runt 88 år.',
    ...sources.dlf2024,
    sourceStatus: 'verified',
    published: '2024-09',
    noteSv: 'Gäller landet som helhet.',
    noteEn: 'For the country as a whole.',
  },
  {
    regionCode: null,
    publisher: 'Distriktsläkarföreningen (DLF)',
    measure: 'years_to_reach_guideline',
    valueText: 'över 50 år',
    period: 'våren 2025',
    ...definitions.dlfYears,
    quote: 'Enligt årets sammanställning skulle det i genomsnitt ta över 50 år att nå Socialstyrelsens riktvärde för bemanning',
    ...sources.dlf2025,
    sourceStatus: 'verified',
    published: '2025',
    noteSv: 'Ett genomsnitt över regionerna, inte som 2024 en siffra för landet som helhet; de två går inte att jämföra rakt av.',
    noteEn: 'An average over the regions, not (as in 2024) a figure for the country as a whole; the two are not directly comparable.',
  },
  {
    regionCode: '01',
    publisher: 'Distriktsläkarföreningen (DLF)',
    measure: 'years_to_reach_guideline',
    valueText: '334 år',
    period: '2025',
    ...definitions.dlfYears,
    quote: 'I Region Stockholm skulle det ta 334 år.',
    ...sources.mitti2025,
    sourceStatus: 'secondary',
    published: '2025',
    noteSv:
      'Lokaltidningen återger DLF:s siffra. Regionens politiker säger i samma artikel att det tar tio år med handlingsplanen att utbilda 150 specialister i allmänmedicin per år.',
    noteEn: "The local paper reports DLF's figure. In the same article the region's politicians say it will take ten years, with the action plan to train 150 GP specialists a year.",
  },

  // DLF's assessments per region, 2024 and 2025.
  dlfAssessment('07', 'i stort sett aldrig', DLF_2024_NEVER, 2024),
  dlfAssessment('17', 'i stort sett aldrig', DLF_2024_NEVER, 2024),
  dlfAssessment('21', 'flera hundra år', DLF_2024_CENTURIES, 2024),
  dlfAssessment('01', 'flera hundra år', DLF_2024_CENTURIES, 2024),
  dlfAssessment('14', 'flera decennier', DLF_2024_DECADES, 2024),
  dlfAssessment('19', 'flera decennier', DLF_2024_DECADES, 2024),
  dlfAssessment('25', 'kunde inte ta fram uppgifterna', DLF_2024_NO_DATA, 2024),
  dlfAssessment('20', 'kunde inte ta fram uppgifterna', DLF_2024_NO_DATA, 2024),
  dlfAssessment('23', 'relativt bra', DLF_2024_GOOD, 2024),
  dlfAssessment('08', 'målet kan aldrig nås', DLF_2025_NEVER, 2025),
  dlfAssessment('07', 'målet kan aldrig nås', DLF_2025_NEVER, 2025),
  dlfAssessment('18', 'målet kan aldrig nås', DLF_2025_NEVER, 2025),

  // Läkarförbundet's spring 2024 survey, "10 av 21", read in opposite ways by two sources: both kept.
  {
    regionCode: null,
    publisher: 'Sveriges läkarförbund',
    measure: 'regions_decided_to_pursue_guideline',
    valueText: '10 av 21 har beslut',
    period: 'våren 2024',
    ...definitions.regionsDecided,
    quote: 'Hälften av regionerna har inte mål om fast läkarkontakt',
    ...sources.lf2024,
    sourceStatus: 'verified',
    published: '2024',
    noteSv:
      'Citatet är nyhetens rubrik; brödtexten finns i källmaterialet bara återgiven: 10 regioner har politiska beslut om att sträva mot 1 100, och bara Stockholm, Gotland och Uppsala har dessutom en handlingsplan. Läkartidningen läser samma kartläggning tvärtom (10 av 21 saknar beslut); de två uppgifterna motsäger varandra och Läkarförbundets rapport avgör.',
    noteEn:
      "The quote is the news item's headline; its body text is on record only as a paraphrase: 10 regions have political decisions to aim for 1,100, and only Stockholm, Gotland and Uppsala also have an action plan. The Swedish Medical Journal reads the same survey the other way round (10 of 21 lack a decision); the two disagree, and the Swedish Medical Association's report would settle it.",
  },
  {
    regionCode: null,
    publisher: 'Sveriges läkarförbund (enligt Läkartidningen)',
    measure: 'regions_decided_to_pursue_guideline',
    valueText: '10 av 21 saknar beslut',
    period: 'våren 2024',
    ...definitions.regionsDecided,
    quote:
      'enligt en kartläggning som Läkarförbundet lät göra i våras saknade 10 av 21 regioner fortfarande beslutade mål om 1 100 invånare per fast läkarkontakt.',
    ...sources.lt2024,
    sourceStatus: 'verified',
    published: '2024-06',
    noteSv:
      'Samma kartläggning som Läkarförbundets egen nyhet, som i stället säger att 10 regioner har beslut. De två uppgifterna motsäger varandra (10 eller 11 regioner med beslut); Läkarförbundets rapport avgör.',
    noteEn:
      "The same survey as the Swedish Medical Association's own news item, which says instead that 10 regions have a decision. The two disagree (10 or 11 regions with a decision); the Swedish Medical Association's report would settle it.",
  },
  {
    regionCode: null,
    publisher: 'Distriktsläkarföreningen (DLF)',
    measure: 'regions_decided_to_pursue_guideline',
    valueText: 'färre än hälften',
    period: 'våren 2025',
    ...definitions.regionsDecided,
    quote: 'Färre än hälften av regionerna har beslutat att försöka uppnå Socialstyrelsens riktvärde.',
    ...sources.dlf2025,
    sourceStatus: 'verified',
    published: '2025',
  },
  {
    regionCode: null,
    publisher: 'Distriktsläkarföreningen (DLF)',
    measure: 'regions_with_action_plan',
    valueText: '3',
    period: 'våren 2025',
    ...definitions.regionsActionPlan,
    quote: 'Endast tre regioner har en konkret handlingsplan.',
    ...sources.dlf2025,
    sourceStatus: 'verified',
    published: '2025',
    noteSv: 'Vilka tre regioner framgår inte av källan.',
    noteEn: 'The source does not name the three regions.',
  },
  {
    regionCode: null,
    publisher: 'Distriktsläkarföreningen (DLF)',
    measure: 'regions_with_list_cap',
    valueText: '0',
    period: 'våren 2025',
    ...definitions.regionsListCap,
    quote: 'Ingen region har infört listningstak – trots att läkare i genomsnitt ansvarar för över 2 000 patienter.',
    ...sources.dlf2025,
    sourceStatus: 'verified',
    published: '2025',
    noteSv:
      'Dagens Medicins enkät i september 2022 angav att sju regioner hade ett listtak, högre än riktvärdet (till exempel Jämtland Härjedalen 1 250); källorna beskriver olika saker eller olika tidpunkter.',
    noteEn:
      "Dagens Medicin's survey in September 2022 said seven regions had a list cap higher than the guideline (e.g. Jämtland Härjedalen 1,250); the sources describe different things or different times.",
  },
  {
    regionCode: null,
    publisher: 'Distriktsläkarföreningen (DLF)',
    measure: 'average_patients_per_doctor',
    valueText: 'över 2 000',
    period: 'våren 2025',
    ...definitions.dlfPatientsPerDoctor,
    quote: 'Ingen region har infört listningstak – trots att läkare i genomsnitt ansvarar för över 2 000 patienter.',
    ...sources.dlf2025,
    sourceStatus: 'verified',
    published: '2025',
  },

  // Vårdanalys: the share who perceive that they have a fast läkare (a survey, not the registers).
  {
    regionCode: null,
    publisher: 'Myndigheten för vård- och omsorgsanalys',
    measure: 'perceived_fast_lakare_share',
    valueText: '29 %',
    period: '2022',
    ...definitions.perceivedShare,
    quote: 'I Vård- och omsorgsanalys befolkningspanelsenkät i år uppgav 29 procent att de har en fast läkarkontakt på sin vård- eller hälsocentral.',
    ...sources.vardanalys2022,
    sourceStatus: 'verified',
    published: '2022-10',
    noteSv:
      'Enkäten besvaras bara av personer som besökt vården de senaste tolv månaderna. 2020 var siffran 40 procent, men pandemin påverkade sannolikt vilka som sökte vård; de två går inte att jämföra rakt av.',
    noteEn:
      'Only people who visited care in the last twelve months answer the survey. The 2020 figure was 40 %, but the pandemic probably changed who sought care; the two are not directly comparable.',
  },
  {
    regionCode: null,
    publisher: 'Myndigheten för vård- och omsorgsanalys',
    measure: 'perceived_fast_lakare_share',
    valueText: 'omkring 30 %',
    period: '2023',
    ...definitions.perceivedShare,
    quote:
      'I Vård- och omsorgsanalys mätningar svarar omkring 30 procent att de har en fast läkarkontakt, vilket inte innebär någon förändring sedan tidigare mätningar.',
    ...sources.vardanalys2023,
    sourceStatus: 'verified',
    published: '2023-10',
    noteSv: 'Samma kartläggning konstaterar att ungefär hälften av regionerna enligt sin egen statistik anger att målet på 55 procent är nått.',
    noteEn: "The same report notes that about half of the regions state, from their own statistics, that the 55 % target has been met.",
  },
  {
    regionCode: null,
    publisher: 'Myndigheten för vård- och omsorgsanalys',
    measure: 'perceived_fast_lakare_share',
    valueText: 'cirka tre av tio',
    period: '2024',
    ...definitions.perceivedShare,
    quote: 'Cirka tre av tio i befolkningen uppfattar att de har en fast läkare.',
    ...sources.vardanalys2024,
    sourceStatus: 'verified',
    published: '2024-10-24',
  },
];

export const externalMeasureRows = measureRows.map((row) => ({ ...row, valueEn: VALUE_EN[row.valueText] ?? null }));
