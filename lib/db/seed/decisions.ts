import type { NewDecision } from '../schema';
import type { RegionCode } from '@/lib/domain/regions';

/**
 * Every sourced decision event on residents per fast läkarkontakt, from public reporting.
 * Dates are given only as precisely as the sources give them; "upperBound" marks a decision the
 * source shows existed by then without saying when ("senast …"). Surveys that merely confirm an
 * earlier decision are not new events; they are mentioned in the note.
 */

const sources = {
  dm2022: {
    sourceUrl: 'https://lakartidningen.se/aktuellt/nyheter/2022/09/tva-regioner-har-beslut-om-listningstak/',
    sourceTitle: 'Läkartidningen 2022-09: Två regioner har beslut om listningstak (Dagens Medicins enkät)',
  },
  sos2022: {
    sourceUrl: null,
    sourceTitle: 'Socialstyrelsen, presentation ”Ett nationellt riktvärde för fast läkarkontakt”, 2022-10-14',
  },
  /** The figure from Dagens Medicin's survey, the month from Socialstyrelsen's own overview. */
  dm2022WithMonth: {
    sourceUrl: 'https://lakartidningen.se/aktuellt/nyheter/2022/09/tva-regioner-har-beslut-om-listningstak/',
    sourceTitle:
      'Läkartidningen 2022-09: Två regioner har beslut om listningstak (Dagens Medicins enkät); månaden enligt Socialstyrelsens presentation ”Ett nationellt riktvärde för fast läkarkontakt”, 2022-10-14',
  },
  lf2022: {
    sourceUrl: 'https://lakartidningen.se/aktuellt/nyheter/2022/06/slf-region-stockholm-satsar-inte-tillrackligt-pa-primarvarden/',
    sourceTitle: 'Läkartidningen 2022-06: SLF: Region Stockholm satsar inte tillräckligt på primärvården',
  },
  uppsala2022: {
    sourceUrl: 'https://lakartidningen.se/aktuellt/nyheter/2022/06/distriktslakare-i-uppsala-ska-fa-farre-patienter/',
    sourceTitle: 'Läkartidningen 2022-06: Distriktsläkare i Uppsala ska få färre patienter',
  },
  dm2023: {
    sourceUrl: 'https://lakartidningen.se/aktuellt/nyheter/2023/06/dalig-ekonomi-utgor-ett-problem-for-nya-riktvardet-om-antal-patienter/',
    sourceTitle: 'Läkartidningen 2023-06: Dålig ekonomi utgör ett problem för nya riktvärdet (Dagens Medicin, maj 2023)',
  },
  lf2023: {
    sourceUrl: 'https://slf.se/nyheter/3-av-21-regioner-har-beslutat-om-listningstak-for-distriktslakare/',
    sourceTitle: 'Läkarförbundet: 3 av 21 regioner har beslutat om listningstak för distriktsläkare',
  },
  lf2024: {
    sourceUrl: 'https://slf.se/nyheter/halften-av-regionerna-har-inte-mal-om-fast-lakarkontakt/',
    sourceTitle: 'Läkarförbundet 2024: Hälften av regionerna har inte mål om fast läkarkontakt',
  },
  janus2022: {
    sourceUrl:
      'https://janusinfo.se/nyheter/tidningenevidens/nr342022temapsykiskohalsa/3/okadsatsningpaprimarvarden.5.7fc87cd9184b916ed35792c9.html',
    sourceTitle: 'Janusinfo 2022-12-01: Ökad satsning på primärvården',
  },
  sormland2021: {
    sourceUrl: 'https://lakartidningen.se/aktuellt/nyheter/2021/11/fler-distriktslakare-i-sormland-efter-beslut-om-listningstak/',
    sourceTitle: 'Läkartidningen 2021-11: Fler distriktsläkare i Sörmland efter beslut om listningstak',
  },
  sfamJonkoping2024: {
    sourceUrl: 'https://lakartidningen.se/aktuellt/nyheter/2024/05/sfams-kartlaggning-194-lakare-saknas-i-primarvarden-i-jonkoping/',
    sourceTitle: 'Läkartidningen 2024-05: Sfams kartläggning: 194 läkare saknas i primärvården i Jönköping',
  },
  sormland2019: {
    sourceUrl: 'https://lakartidningen.se/Aktuellt/Nyheter/2019/10/Plan-om-listningstak-i-Sormland-forsenad/',
    sourceTitle: 'Läkartidningen 2019-10: Plan om listningstak i Sörmland försenad',
  },
} as const;

type SeedDecision = Omit<NewDecision, 'regionCode' | 'status' | 'decidedOn' | 'decidedOnPrecision'> & {
  regionCode: RegionCode;
  /** "2022-06-15", "2022-06" or "2022": as precise as the source. */
  decided: string;
};

export const decisionRows: readonly SeedDecision[] = [
  {
    regionCode: '09',
    kind: 'decided_1100',
    targetFigure: 1100,
    targetType: 'final',
    decided: '2022-06',
    ...sources.dm2022WithMonth,
    sourceStatus: 'verified',
    note: 'Beslutet bekräftas i Läkarförbundets enkäter 2023 och 2024.',
    noteEn: 'The decision is confirmed by the Swedish Medical Association’s surveys of 2023 and 2024.',
  },
  {
    regionCode: '25',
    kind: 'decided_1100',
    targetFigure: 1100,
    targetType: 'final',
    decided: '2022-08',
    ...sources.dm2022WithMonth,
    sourceStatus: 'verified',
    note: 'Dagens Medicin maj 2023 bekräftar beslutet; Läkarförbundet 2023 nämner i stället ett beslut om handlingsplan.',
    noteEn: 'Dagens Medicin (May 2023) confirms the decision; the Swedish Medical Association (2023) mentions a decision on an action plan instead.',
  },
  {
    regionCode: '17',
    kind: 'decided_figure',
    targetFigure: 1500,
    targetType: 'interim',
    decided: '2022-06',
    ...sources.dm2022WithMonth,
    sourceStatus: 'verified',
    note: '1 500 som ett steg mot 1 100.',
    noteEn: '1,500 as a step toward 1,100.',
  },
  {
    regionCode: '03',
    kind: 'decided_no_figure',
    decided: '2022-06',
    decidingBody: 'Vårdstyrelsen (extra sammanträde)',
    ...sources.uppsala2022,
    sourceStatus: 'verified',
    note: 'Beslut att ta fram en genomförandeplan med listningstak, utan siffra. Regionen angav då 2 350 invånare per heltidsanställd distriktsläkare i den egna primärvården.',
    noteEn: 'A decision to draw up an implementation plan with a cap on listed patients, without a figure. The region then gave 2,350 residents per full-time GP in its own primary care.',
  },
  {
    regionCode: '03',
    kind: 'decided_1100',
    targetFigure: 1100,
    targetType: 'final',
    decided: '2023-05',
    decidedOnIsUpperBound: true,
    ...sources.dm2023,
    sourceStatus: 'verified',
    note: 'Enda nya regionen med beslut i linje med riktvärdet sedan september 2022; exakt beslutsdatum framgår inte.',
    noteEn: 'The only region with a new decision in line with the guideline since September 2022; the exact date of the decision is not given.',
  },
  {
    regionCode: '12',
    kind: 'ambition',
    decided: '2022-06',
    ...sources.sos2022,
    sourceStatus: 'uncertain',
    note: 'Uttalad ambitionsnivå utan beslut på siffra enligt Socialstyrelsens presentation. Inte bekräftat i andra källor; Skåne besvarade inte Dagens Medicins enkät i september 2022.',
    noteEn: 'A stated ambition without a decided figure, according to Socialstyrelsen’s presentation. Not confirmed by other sources; Skåne did not answer Dagens Medicin’s survey in September 2022.',
  },
  {
    regionCode: '23',
    kind: 'decided_figure',
    targetFigure: 1250,
    decided: '2022-09',
    decidedOnIsUpperBound: true,
    ...sources.dm2022,
    sourceStatus: 'verified',
    note: 'Listtak på 1 250 patienter, högre än riktvärdet.',
    noteEn: 'A cap of 1,250 listed patients, above the guideline.',
  },
  {
    regionCode: '08',
    kind: 'ambition',
    targetFigure: 1750,
    decided: '2022-09',
    decidedOnIsUpperBound: true,
    ...sources.dm2022,
    sourceStatus: 'verified',
    note: '”Inriktning mot 1 750” enligt Dagens Medicins enkät: en inriktning, inte ett beslutat tak.',
    noteEn: 'A “direction toward 1,750” according to Dagens Medicin’s survey: a direction, not a decided cap.',
  },
  ...(['07', '20'] as const).map(
    (regionCode): SeedDecision => ({
      regionCode,
      kind: 'no_decision',
      decided: '2022-09',
      ...sources.dm2022,
      sourceStatus: 'verified',
      note: 'Varken beslut om tak eller tidsplan enligt Dagens Medicins enkät i september 2022.',
      noteEn: 'Neither a decided cap nor a timetable, according to Dagens Medicin’s survey in September 2022.',
    }),
  ),
  ...(['01', '14'] as const).map(
    (regionCode): SeedDecision => ({
      regionCode,
      kind: 'no_decision',
      decided: '2022-09',
      ...sources.dm2022,
      sourceStatus: 'verified',
      note: 'Inget beslut; riktvärdet analyseras (Dagens Medicins enkät i september 2022).',
      noteEn: 'No decision; the guideline is being analysed (Dagens Medicin’s survey in September 2022).',
    }),
  ),
  {
    regionCode: '01',
    kind: 'ambition',
    targetFigure: 1100,
    decided: '2022-12-01',
    decidedOnIsUpperBound: true,
    decidingBody: 'Regionfullmäktige (budget 2023)',
    ...sources.janus2022,
    sourceStatus: 'verified',
    note: 'Den nya primärvårdsnämnden fick i uppdrag att ta fram en handlingsplan för fast läkarkontakt där en läkare ansvarar för högst 1 100 patienter.',
    noteEn: 'The new Primary Care Committee was tasked with drawing up an action plan for named GPs in which one doctor is responsible for at most 1,100 patients.',
  },
  {
    regionCode: '01',
    kind: 'decided_1100',
    targetFigure: 1100,
    targetType: 'final',
    decided: '2024',
    decidedOnIsUpperBound: true,
    ...sources.lf2024,
    sourceStatus: 'verified',
    note: 'En av tre regioner med både politiskt beslut om 1 100 och handlingsplan enligt Läkarförbundets enkät 2024; beslutsdatum framgår inte. Hälso- och sjukvårdsnämnden antog i december 2023 en plan för fler ST-läkare i allmänmedicin 2024–2034 för att på sikt nå 1 100 (Läkartidningen 2025-02); den planen gäller utbildningsvolymer och är inte ett eget beslut om målet.',
    noteEn: 'One of three regions with both a political decision on 1,100 and an action plan, according to the Swedish Medical Association’s survey of 2024; the date of the decision is not given. In December 2023 the Health and Medical Care Committee adopted a plan for more GP trainees 2024–2034 so as to reach 1,100 in time (the Swedish Medical Journal, 2025-02); that plan concerns training numbers and is not a decision on the target in itself.',
  },
  {
    regionCode: '14',
    kind: 'ambition',
    targetFigure: 1100,
    decided: '2023',
    decidedOnIsUpperBound: true,
    ...sources.lf2023,
    sourceStatus: 'uncertain',
    note: 'Politiskt beslut att ta fram en handlingsplan mot 1 100. Året är härlett ur Läkarförbundets rapport 2024.',
    noteEn: 'A political decision to draw up an action plan toward 1,100. The year is inferred from the Swedish Medical Association’s report of 2024.',
  },
  // Sörmland is not among these: its decision with a figure (1 500, below) is known, and Läkarförbundet's
  // mention in June 2022 only confirms it.
  ...(['05', '06'] as const).map(
    (regionCode): SeedDecision => ({
      regionCode,
      kind: 'decided_no_figure',
      decided: '2022-06',
      decidedOnIsUpperBound: true,
      ...sources.lf2022,
      sourceStatus: 'verified',
      note: 'Politiker har beslutat om målsättningar för färre invånare per läkare i primärvården; siffra framgår inte av källan.',
      noteEn: 'Politicians have decided on goals of fewer residents per doctor in primary care; the source gives no figure.',
    }),
  ),
  {
    regionCode: '05',
    kind: 'decided_1100',
    targetFigure: 1100,
    targetType: 'final',
    decided: '2023',
    decidedOnIsUpperBound: true,
    ...sources.lf2023,
    sourceStatus: 'uncertain',
    note: 'Mål om 1 100 per distriktsläkare, handlingsplan under arbete. Året är härlett ur Läkarförbundets rapport 2024.',
    noteEn: 'A target of 1,100 per GP, with an action plan in preparation. The year is inferred from the Swedish Medical Association’s report of 2024.',
  },
  {
    regionCode: '04',
    kind: 'ambition',
    targetFigure: 1500,
    decided: '2019-04',
    decidingBody: 'De styrande partierna (S, C, Vård för pengarna)',
    ...sources.sormland2019,
    sourceStatus: 'verified',
    note: 'Aviserat listningstak på högst 1 500 patienter per läkare, före riktvärdet; genomförandeplanen försenades.',
    noteEn: 'An announced cap of at most 1,500 listed patients per doctor, before the guideline; the implementation plan was delayed.',
  },
  {
    // The article (November 2021) says the decision was taken "för snart två år sedan": no month or
    // year is given, so the date is the article's, as a "by then" fact.
    regionCode: '04',
    kind: 'decided_figure',
    targetFigure: 1500,
    targetYear: 2024,
    decided: '2021-11',
    decidedOnIsUpperBound: true,
    ...sources.sormland2021,
    sourceStatus: 'verified',
    note: 'Politikerna beslutade ”för snart två år sedan” (sett från november 2021) om en genomförandeplan för listningstak i den egendrivna primärvården: till 2024 högst 1 500 patienter per färdig specialist i allmänmedicin som dimensioneringsmått för vårdcentralen. Gäller bara regionens egna vårdcentraler. Läkarförbundet nämnde i juni 2022 Sörmland bland regionerna med beslutade målsättningar.',
    noteEn: 'The politicians decided “almost two years ago” (as seen from November 2021) on an implementation plan for a cap on listed patients in the region’s own primary care: by 2024 at most 1,500 patients per fully trained GP specialist, as the measure by which a health centre is staffed. It applies only to the region’s own health centres. In June 2022 the Swedish Medical Association named Sörmland among the regions with decided goals.',
  },
  {
    // Sfam's survey shows the target in force in spring 2024; when it was decided is not said.
    regionCode: '06',
    kind: 'decided_figure',
    targetFigure: 1500,
    decided: '2024-05',
    decidedOnIsUpperBound: true,
    ...sources.sfamJonkoping2024,
    sourceStatus: 'verified',
    note: 'Regionens eget mål på 1 500 patienter per läkare gällde när Sfam Jönköping kartlade vårdcentralerna vintern 2023/24: 23 vårdcentraler nådde inte upp till det. Beslutsdatum framgår inte; det kan vara samma beslut som Läkarförbundet nämnde i juni 2022 utan siffra.',
    noteEn: 'The region’s own target of 1,500 patients per doctor was in force when Sfam Jönköping (the Swedish Association of General Practice in Jönköping) surveyed the health centres in winter 2023/24: 23 health centres did not meet it. The date of the decision is not given; it may be the decision the Swedish Medical Association mentioned without a figure in June 2022.',
  },
];
