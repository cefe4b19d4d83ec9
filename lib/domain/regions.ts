/** The 21 regions (fixed reference data, also seeded into the database): SCB county code, names and ISO 3166-2 code (SCB; ISO 3166-2:SE). */
export const regionRows = [
  { code: '01', nameSv: 'Region Stockholm', nameEn: 'Region Stockholm', isoCode: 'SE-AB' },
  { code: '03', nameSv: 'Region Uppsala', nameEn: 'Region Uppsala', isoCode: 'SE-C' },
  { code: '04', nameSv: 'Region Sörmland', nameEn: 'Region Sörmland', isoCode: 'SE-D' },
  { code: '05', nameSv: 'Region Östergötland', nameEn: 'Region Östergötland', isoCode: 'SE-E' },
  { code: '06', nameSv: 'Region Jönköpings län', nameEn: 'Region Jönköping County', isoCode: 'SE-F' },
  { code: '07', nameSv: 'Region Kronoberg', nameEn: 'Region Kronoberg', isoCode: 'SE-G' },
  { code: '08', nameSv: 'Region Kalmar län', nameEn: 'Region Kalmar County', isoCode: 'SE-H' },
  { code: '09', nameSv: 'Region Gotland', nameEn: 'Region Gotland', isoCode: 'SE-I' },
  { code: '10', nameSv: 'Region Blekinge', nameEn: 'Region Blekinge', isoCode: 'SE-K' },
  { code: '12', nameSv: 'Region Skåne', nameEn: 'Region Skåne', isoCode: 'SE-M' },
  { code: '13', nameSv: 'Region Halland', nameEn: 'Region Halland', isoCode: 'SE-N' },
  { code: '14', nameSv: 'Västra Götalandsregionen', nameEn: 'Region Västra Götaland', isoCode: 'SE-O' },
  { code: '17', nameSv: 'Region Värmland', nameEn: 'Region Värmland', isoCode: 'SE-S' },
  { code: '18', nameSv: 'Region Örebro län', nameEn: 'Region Örebro County', isoCode: 'SE-T' },
  { code: '19', nameSv: 'Region Västmanland', nameEn: 'Region Västmanland', isoCode: 'SE-U' },
  { code: '20', nameSv: 'Region Dalarna', nameEn: 'Region Dalarna', isoCode: 'SE-W' },
  { code: '21', nameSv: 'Region Gävleborg', nameEn: 'Region Gävleborg', isoCode: 'SE-X' },
  { code: '22', nameSv: 'Region Västernorrland', nameEn: 'Region Västernorrland', isoCode: 'SE-Y' },
  { code: '23', nameSv: 'Region Jämtland Härjedalen', nameEn: 'Region Jämtland Härjedalen', isoCode: 'SE-Z' },
  { code: '24', nameSv: 'Region Västerbotten', nameEn: 'Region Västerbotten', isoCode: 'SE-AC' },
  { code: '25', nameSv: 'Region Norrbotten', nameEn: 'Region Norrbotten', isoCode: 'SE-BD' },
] as const;

export type RegionCode = (typeof regionRows)[number]['code'];
