import { describe, expect, it } from 'vitest';
import { toCsv } from './write';

describe('CSV output', () => {
  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [{ a: 'Jämtland, Härjedalen', b: 'säger "1 250"' }, { a: 'rad\nbrytning', b: 'ok' }])).toBe(
      'a,b\r\n"Jämtland, Härjedalen","säger ""1 250"""\r\n"rad\nbrytning",ok\r\n',
    );
  });

  it('writes missing values as empty fields, never as 0, and numbers as plain machine numbers', () => {
    expect(toCsv(['n', 'x', 'y'], [{ n: null, x: 1487.5, y: 0 }])).toBe('n,x,y\r\n,1487.5,0\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(toCsv(['note'], [{ note: '=HYPERLINK("http://evil")' }])).toBe('note\r\n"\'=HYPERLINK(""http://evil"")"\r\n');
    expect(toCsv(['v'], [{ v: -3.5 }])).toBe('v\r\n-3.5\r\n');
  });

  it('joins lists with spaces', () => {
    expect(toCsv(['regions'], [{ regions: ['09', '25'] }])).toBe('regions\r\n09 25\r\n');
  });
});
