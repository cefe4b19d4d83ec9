/** Socialstyrelsen's national guideline (nationellt riktvärde), decided 2022-04-28. */
export const guidelineRow = {
  publishedOn: '2022-04-28',
  residentsPerSpecialist: 1100,
  residentsPerTrainee: 550,
  issuer: 'Socialstyrelsen',
  sourceUrl: 'https://lakartidningen.se/aktuellt/nyheter/2022/05/socialstyrelsen-1-100-invanare-per-distriktslakare/',
  sourceTitle: 'Läkartidningen 2022-05: Socialstyrelsen: 1 100 invånare per distriktsläkare',
} as const;
