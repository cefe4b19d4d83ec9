import { describe, expect, it } from 'vitest';
import en from '@/messages/en/entry.json';
import sv from '@/messages/sv/entry.json';
import { decisionInputSchema } from './decision-input';
import { fieldError, readFieldError } from './field-error';
import { fieldErrorText, messageText } from './field-error-text';
import { fieldErrors } from './fields';
import { staffingInputSchema } from './staffing-input';

/*
 * Every message a form shows for a bad value says what is expected and the real limits of the schema,
 * the same in the browser and on the server (both call fieldErrorText), in Swedish and in English.
 */

const TODAY = '2026-03-15';
const MESSAGES = { sv: sv.entry.errors, en: en.entry.errors } as Record<'sv' | 'en', Record<string, string>>;
// Swedish groups digits with a no-break space, so a limit never breaks across lines.
const NBSP = '\u00a0';

const goodReport = { referenceDate: '2025-12-31', specialistsHeadcount: '40', specialistsFte: '36,5', traineesHeadcount: '10', traineesFte: '8,5', source: 'HR' };

function reportErrors(change: Record<string, string>, locale: 'sv' | 'en'): Record<string, string> {
  const parsed = staffingInputSchema(TODAY).safeParse({ ...goodReport, ...change });
  if (parsed.success) throw new Error('expected a refusal');
  return Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([field, error]) => [field, fieldErrorText(MESSAGES[locale], locale, error)]));
}

function decisionErrors(change: Record<string, string>, locale: 'sv' | 'en'): Record<string, string> {
  const parsed = decisionInputSchema(TODAY).safeParse({ kind: 'decided_figure', targetFigure: '1400', decidedOn: '2024-05', ...change });
  if (parsed.success) throw new Error('expected a refusal');
  return Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([field, error]) => [field, fieldErrorText(MESSAGES[locale], locale, error)]));
}

describe('a headcount', () => {
  it.each(['', '-1', '20 001', '4,5', 'fyrtio'])('%j is answered with the kind and both limits', (value) => {
    expect(reportErrors({ specialistsHeadcount: value }, 'sv').specialistsHeadcount).toBe(`Ange ett heltal mellan 0 och 20${NBSP}000.`);
    expect(reportErrors({ specialistsHeadcount: value }, 'en').specialistsHeadcount).toBe('Enter a whole number between 0 and 20,000.');
  });
});

describe('an FTE figure', () => {
  it('out of range or not a number: a decimal between the limits, with an example in the language', () => {
    for (const value of ['-1', '-0,5', '20 000,5', '3x']) {
      expect(reportErrors({ specialistsFte: value }, 'sv').specialistsFte).toBe(`Ange ett tal mellan 0 och 20${NBSP}000, till exempel 36,5.`);
      expect(reportErrors({ specialistsFte: value }, 'en').specialistsFte).toBe('Enter a number between 0 and 20,000, for example 36.5.');
    }
  });

  it('with three decimals: at most two', () => {
    expect(reportErrors({ traineesFte: '8,125' }, 'sv').traineesFte).toBe('Ange talet med högst två decimaler, till exempel 36,25.');
    expect(reportErrors({ traineesFte: '8.125' }, 'en').traineesFte).toBe('Enter the number with at most two decimals, for example 36.25.');
  });
});

describe('residents with a named GP', () => {
  it('99 999 999 names the real limit, grouped the way of each language', () => {
    expect(reportErrors({ residentsWithNamedContact: '99 999 999' }, 'sv').residentsWithNamedContact).toBe(`Ange ett heltal mellan 0 och 5${NBSP}000${NBSP}000.`);
    expect(reportErrors({ residentsWithNamedContact: '99 999 999' }, 'en').residentsWithNamedContact).toBe('Enter a whole number between 0 and 5,000,000.');
  });
});

describe('a decision', () => {
  it('"20x5" as a target year asks for a year between the limits, written without digit groups', () => {
    expect(decisionErrors({ targetYear: '20x5' }, 'sv').targetYear).toBe('Ange ett årtal mellan 2000 och 2100, till exempel 2030.');
    expect(decisionErrors({ targetYear: '2101' }, 'en').targetYear).toBe('Enter a year between 2000 and 2100, for example 2030.');
  });

  it('a figure outside its range names the range', () => {
    expect(decisionErrors({ targetFigure: '299' }, 'sv').targetFigure).toBe(`Ange ett heltal mellan 300 och 5${NBSP}000.`);
    expect(decisionErrors({ targetFigure: '5001' }, 'en').targetFigure).toBe('Enter a whole number between 300 and 5,000.');
  });

  it('a decision date after today names today', () => {
    expect(decisionErrors({ decidedOn: '2026-04' }, 'sv').decidedOn).toBe(`Datumet kan inte vara senare än i dag, ${TODAY}.`);
    expect(decisionErrors({ decidedOn: '2027' }, 'en').decidedOn).toBe(`The date cannot be later than today, ${TODAY}.`);
  });
});

describe('text and dates', () => {
  it('a text too long says how many characters are allowed', () => {
    expect(reportErrors({ source: 'x'.repeat(301) }, 'sv').source).toBe('Skriv högst 300 tecken.');
    expect(decisionErrors({ note: 'x'.repeat(2001) }, 'sv').note).toBe(`Skriv högst 2${NBSP}000 tecken.`);
    expect(decisionErrors({ note: 'x'.repeat(2001) }, 'en').note).toBe('Enter at most 2,000 characters.');
  });

  it('a reference date names the accepted form, the earliest date and today', () => {
    expect(reportErrors({ referenceDate: '31/12/2025' }, 'sv').referenceDate).toBe('Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2025-12-31.');
    expect(reportErrors({ referenceDate: '31/12/2025' }, 'en').referenceDate).toBe('Enter the date as YYYY-MM-DD, for example 2025-12-31.');
    expect(reportErrors({ referenceDate: '1999-12-31' }, 'sv').referenceDate).toBe('Datumet kan inte vara tidigare än 2000-01-01.');
    expect(reportErrors({ referenceDate: '2026-03-16' }, 'en').referenceDate).toBe(`The date cannot be later than today, ${TODAY}.`);
  });
});

describe('a field error as it travels', () => {
  it('carries its code and values through one string and back', () => {
    expect(readFieldError(fieldError('integer_range', { min: 0, max: 20_000 }))).toEqual({ code: 'integer_range', values: { min: '0', max: '20000' } });
    expect(readFieldError('required')).toEqual({ code: 'required', values: {} });
  });

  it('an unknown code or a library sentence reads as "check the value", never as raw text', () => {
    expect(fieldErrorText(MESSAGES.sv, 'sv', 'no_such_code')).toBe('Kontrollera värdet.');
    expect(fieldErrorText(MESSAGES.en, 'en', 'Invalid input: expected number')).toBe('Check the value.');
  });

  it('the summary heading counts the errors in each language', () => {
    expect(messageText(MESSAGES.sv, 'sv', 'summaryTitle', { count: 3 })).toBe('Rätta 3 fel');
    expect(messageText(MESSAGES.en, 'en', 'summaryTitle', { count: 1 })).toBe('Fix 1 error');
    expect(messageText(MESSAGES.en, 'en', 'summaryTitle', { count: 4 })).toBe('Fix 4 errors');
  });
});
