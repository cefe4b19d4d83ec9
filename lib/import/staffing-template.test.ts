import { describe, expect, it } from 'vitest';
import { parseStaffingTemplate, templateCsv } from './staffing-template';
import { readDelimited } from './table-file';

const TODAY = '2026-12-01';
const parse = (text: string) => parseStaffingTemplate({ format: 'csv', rows: readDelimited(text) }, TODAY);

describe('the staffing template', () => {
  it('as downloaded, in either language, reads back as 21 empty rows and nothing to import', () => {
    for (const locale of ['sv', 'en'] as const) {
      const parsed = parse(templateCsv(locale));
      expect(parsed.issues).toEqual([]);
      expect(parsed.entries).toEqual([]);
      expect(parsed.blankRows).toHaveLength(21);
    }
  });

  it('reads a filled-in row with a decimal comma and a one-digit region code', () => {
    const lines = templateCsv('sv').split('\r\n');
    lines[1] = '1;Region Stockholm;2025-06-30;900;850,25;300;280;;Personalsystem;;';
    const parsed = parse(lines.join('\r\n'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.entries).toEqual([
      expect.objectContaining({ row: 2, regionCode: '01', referenceDate: '2025-06-30', specialistsHeadcount: 900, specialistsFte: 850.25, traineesFte: 280, residentsWithNamedContact: null }),
    ]);
  });

  it('names missing and unknown columns, and a future date, a negative count and a missing source by row and column', () => {
    expect(parse('regionkod;referensdatum;antal\n').issues.map((i) => [i.column, i.code])).toEqual([
      ['antal', 'template_unknown_column'],
      ['specialister_antal', 'template_missing_column'],
      ['specialister_heltider', 'template_missing_column'],
      ['st_lakare_antal', 'template_missing_column'],
      ['st_lakare_heltider', 'template_missing_column'],
      ['invanare_med_namngiven_lakare', 'template_missing_column'],
      ['kalla', 'template_missing_column'],
      ['kommentar', 'template_missing_column'],
      ['forklaring', 'template_missing_column'],
    ]);
    const lines = templateCsv('sv').split('\r\n');
    lines[8] = '09;Region Gotland;2027-01-01;-1;10;1;1;;;;';
    expect(parse(lines.join('\r\n')).issues).toEqual([
      { row: 9, column: 'referensdatum', code: 'date_in_future', values: { max: TODAY, value: '2027-01-01' } },
      { row: 9, column: 'specialister_antal', code: 'integer_range', values: { min: '0', max: '20000', value: '-1' } },
      { row: 9, column: 'kalla', code: 'required', values: { value: '' } },
    ]);
  });
});
