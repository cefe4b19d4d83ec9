/** What every open-data response says about itself: definitions, source, licence and how to cite. */

export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export const DATASET_TITLE = 'Uppföljning fast läkarkontakt';

export const DATASET_SOURCE =
  'Regionernas beslut och bemanningsuppgifter, granskade och publicerade av Socialstyrelsen; folkmängd från SCB (BE0101N1, 31 december). ' +
  'Varje uppgift anger sin egen källa och källstatus.';

export const DEFINITIONS: Record<string, string> = {
  guideline:
    'Socialstyrelsens nationella riktvärde (2022-04-28): 1 100 invånare per specialist i primärvården och 550 per ST-läkare i allmänmedicin.',
  capacity: 'Läkarkapacitet i specialistekvivalenter: specialisters heltidsekvivalenter + 0,5 × ST-läkares heltidsekvivalenter.',
  residentsPerDoctor: 'Invånare per fast läkarkontakt: folkmängd / läkarkapacitet. Lägre är bättre; riktvärdet är 1 100.',
  fteNeededFor1100: 'Heltidsekvivalenter som behövs för 1 100: folkmängd / 1 100.',
  gapTo1100: 'Heltidsekvivalenter som saknas för 1 100: behov − kapacitet (negativt: kapacitet utöver riktvärdet).',
  ownTarget: 'Regionens eget beslutade antal invånare per fast läkarkontakt, när beslutet har en siffra.',
  riket: 'Riket: summan av folkmängden delad med summan av kapaciteten i de regioner som rapporterat (inte medelvärdet av regionernas kvoter).',
  population: 'Folkmängd 31 december året före rapportens referensdatum (samma år när referensdatum är 31 december), enligt SCB.',
  decisionInForce:
    'Beslut i kraft en dag: det senaste beslut som säkert fanns den dagen. Ett beslut känt som "juni 2022" räknas från 2022-06-30.',
  missing: 'Saknade värden är tomma (null), aldrig 0; missingReason anger varför.',
  isExample: 'Exempeldata är påhittade siffror för demonstration och inte verkliga uppgifter.',
};

export function citation(url: string, lastUpdated: Date): string {
  return `${DATASET_TITLE}. Socialstyrelsen. ${url} (senast uppdaterad ${lastUpdated.toISOString().slice(0, 10)}). Licens: ${LICENCE.name}.`;
}
