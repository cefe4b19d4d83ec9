import { describe, expect, it } from 'vitest';
import { DECISION_STATES, decisionState } from '@/lib/domain/decisions';
import { DECISION_PALETTE, RESIDENTS_PALETTE, residentsPerDoctorBin, seriesStyle } from './palette';
import { labels } from './test-fixtures';

describe('residentsPerDoctorBin', () => {
  it('puts 1 100 in "meets the guideline" and 1 101 in the next bin', () => {
    expect(residentsPerDoctorBin(1100)).toBe('meets');
    expect(residentsPerDoctorBin(1101)).toBe('upTo1500');
  });

  it('closes every bin at its upper bound', () => {
    expect(residentsPerDoctorBin(0)).toBe('meets');
    expect(residentsPerDoctorBin(850)).toBe('meets');
    expect(residentsPerDoctorBin(1500)).toBe('upTo1500');
    expect(residentsPerDoctorBin(1501)).toBe('upTo2000');
    expect(residentsPerDoctorBin(2000)).toBe('upTo2000');
    expect(residentsPerDoctorBin(2001)).toBe('upTo2500');
    expect(residentsPerDoctorBin(2500)).toBe('upTo2500');
    expect(residentsPerDoctorBin(2501)).toBe('over2500');
    expect(residentsPerDoctorBin(9999)).toBe('over2500');
  });

  it('bins the figure as it is printed (whole residents), so colour and number agree', () => {
    expect(residentsPerDoctorBin(1100.4)).toBe('meets'); // printed "1 100"
    expect(residentsPerDoctorBin(1100.5)).toBe('upTo1500'); // printed "1 101"
    expect(residentsPerDoctorBin(2500.49)).toBe('upTo2500');
  });

  it('never bins a missing figure as a value', () => {
    expect(residentsPerDoctorBin(null)).toBe('not_reported');
    expect(residentsPerDoctorBin(undefined)).toBe('not_reported');
    expect(residentsPerDoctorBin(Number.NaN)).toBe('not_reported');
    expect(residentsPerDoctorBin(Number.POSITIVE_INFINITY)).toBe('not_reported');
    expect(residentsPerDoctorBin(-1)).toBe('not_reported');
  });
});

describe('palettes', () => {
  it('cover every decision kind plus "no known decision", each with its own colour and label', () => {
    expect(DECISION_PALETTE.map((e) => e.key)).toEqual([...DECISION_STATES]);
    expect(new Set(DECISION_PALETTE.map((e) => e.color)).size).toBe(DECISION_PALETTE.length);
    for (const entry of DECISION_PALETTE) expect(labels.decision.states[entry.labelKey]).toBeTruthy();
    expect(DECISION_PALETTE.filter((e) => e.missing).map((e) => e.key)).toEqual(['unknown']);
  });

  it('have one colour and label per residents bin, and grey only for the missing states', () => {
    expect(RESIDENTS_PALETTE.map((e) => e.key)).toEqual(['meets', 'upTo1500', 'upTo2000', 'upTo2500', 'over2500', 'not_reported', 'no_value']);
    expect(new Set(RESIDENTS_PALETTE.map((e) => e.color)).size).toBe(RESIDENTS_PALETTE.length);
    for (const entry of RESIDENTS_PALETTE) expect(labels.bins[entry.labelKey]).toBeTruthy();
    expect(labels.bins.not_reported).toBe('Ej rapporterad');
    const grey = (hex: string) => hex[1] === hex[3] && hex[3] === hex[5] && hex[2] === hex[4] && hex[4] === hex[6];
    for (const entry of RESIDENTS_PALETTE) expect(grey(entry.color.toLowerCase()), entry.key).toBe(entry.missing);
  });

  it('keeps "nothing known", "no decision", "declined" and "revoked" apart, and classes figures by 1 100', () => {
    expect(decisionState(null)).toBe('unknown');
    expect(decisionState({ kind: 'no_decision', targetFigure: null })).toBe('no_decision');
    expect(decisionState({ kind: 'declined', targetFigure: null })).toBe('declined');
    expect(decisionState({ kind: 'revoked', targetFigure: null })).toBe('revoked');
    expect(decisionState({ kind: 'decided_figure', targetFigure: 1000 })).toBe('figure_stricter');
    expect(decisionState({ kind: 'decided_figure', targetFigure: 1100 })).toBe('figure_1100');
    expect(decisionState({ kind: 'decided_1100', targetFigure: 1100 })).toBe('figure_1100');
    expect(decisionState({ kind: 'decided_figure', targetFigure: 1500 })).toBe('figure_looser');
    const colour = (state: string) => DECISION_PALETTE.find((e) => e.key === state)?.color;
    expect(colour('figure_stricter')).not.toBe(colour('figure_looser'));
    expect(new Set(['no_decision', 'declined', 'revoked', 'unknown'].map(colour)).size).toBe(4);
    expect(labels.decision.states.no_decision).not.toMatch(/avstått|upphävt|avstå/);
  });

  it('tells region lines apart by shape and line type as well as colour', () => {
    const styles = Array.from({ length: 21 }, (_, i) => seriesStyle(i));
    const keys = new Set(styles.map((s) => `${s.color}|${s.symbol}|${s.lineType}`));
    expect(keys.size).toBe(21);
    expect(styles[0]?.lineType).toBe('solid');
    expect(styles[7]?.lineType).toBe('dashed');
  });
});
