import { COVERAGE_THRESHOLD } from '@/lib/domain/national';

/** What every open-data response says about itself: definitions, source, licence and how to cite. */

export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export const DATASET_TITLE = 'Uppföljning fast läkarkontakt';

export const DATASET_SOURCE =
  'Regionernas beslut och bemanningsuppgifter, granskade och publicerade av Socialstyrelsen; folkmängd från SCB (BE0101N1, 31 december); ' +
  'andelar med namngiven fast läkarkontakt och andras mått från de offentliga källor som anges per rad. ' +
  'Varje uppgift anger sin egen källa och källstatus.';

const THRESHOLD = `${COVERAGE_THRESHOLD * 100} %`;

export const DEFINITIONS: Record<string, string> = {
  guideline:
    'Socialstyrelsens nationella riktvärde (2022-04-28): 1 100 invånare per specialist i primärvården och 550 per ST-läkare i allmänmedicin.',
  capacity: 'Läkarkapacitet i specialistekvivalenter: specialisters heltidsekvivalenter + 0,5 × ST-läkares heltidsekvivalenter.',
  residentsPerDoctor: 'Invånare per fast läkarkontakt: folkmängd / läkarkapacitet. Lägre är bättre; riktvärdet är 1 100.',
  fteNeededFor1100: 'Heltidsekvivalenter som behövs för 1 100: folkmängd / 1 100.',
  gapTo1100: 'Heltidsekvivalenter som saknas för 1 100: behov − kapacitet (negativt: kapacitet utöver riktvärdet).',
  ownTarget: 'Regionens eget beslutade antal invånare per fast läkarkontakt, när beslutet i kraft har en siffra (ownTarget: i kraft den dag som efterfrågas).',
  ownTargetAtReport:
    'Det egna målet i kraft på rapportens referensdatum. Behov och underskott mot det egna målet räknas mot detta; ett senare beslut gäller aldrig en tidigare rapport.',
  riket:
    'Riket: summan av folkmängden delad med summan av kapaciteten i de regioner som rapporterat för exakt samma referensdatum (inte medelvärdet av regionernas kvoter).',
  coverage: `Varje siffra för riket anger vilka regioner den omfattar, hur många av 21 och deras andel av befolkningen. Under ${THRESHOLD} av befolkningen är den partiell: den visas med sin täckning och är aldrig en förändring för riket. I measures ger nationalPoint = last_complete då den senaste fullständiga siffran; national listar alla referensdatum.`,
  population: 'Folkmängd 31 december året före rapportens referensdatum (samma år när referensdatum är 31 december), enligt SCB.',
  decisionInForce:
    'Beslut i kraft en dag: det senaste beslut som säkert fanns den dagen. Ett beslut känt som "juni 2022" räknas från 2022-06-30.',
  decisionState:
    'Beslutsläge: siffra striktare än 1 100 (figure_stricter), 1 100 (figure_1100), över 1 100 (figure_looser), minskning utan siffra (reduction_no_figure), ambition utan beslutad siffra (ambition), inget beslut enligt källa (no_decision), beslut att inte anta (declined), upphävt (revoked), inget känt (unknown: ingen källa alls, inte detsamma som inget beslut).',
  shareWithNamedContact:
    'Andel invånare med namngiven fast läkarkontakt (0–1 i measures och national; procent i named-contact-shares som källan anger den): från en publicerad rapports antal, annars från en offentlig källa; anges med referensdatum och ursprung.',
  otherMeasures:
    'Andras mått (other-measures), t.ex. Läkarförbundets invånare per läkare i primärvården, har egna definitioner och källor. De visas bredvid uppföljningens mått och räknas aldrig in i dem; avläsningar av samma mått, region och period som anger olika värden markeras (readingsDisagree).',
  missing:
    'Saknade värden är tomma (null), aldrig 0; ett orsaksfält (missingReason, ownTargetMissingReason, shareWithNamedContactMissingReason, status) anger varför: not_reported, not_known, no_population, no_capacity, no_target, not_applicable eller no_complete_point.',
  isExample: 'Exempeldata är påhittade siffror för demonstration och inte verkliga uppgifter.',
};

export function citation(url: string, lastUpdated: Date): string {
  return `${DATASET_TITLE}. Socialstyrelsen. ${url} (senast uppdaterad ${lastUpdated.toISOString().slice(0, 10)}). Licens: ${LICENCE.name}.`;
}
