import { describe, expect, it } from 'vitest';
import { daysLate, reportingState, roundClosed, roundsForReporting, standingsInRound, submissionTiming, submissionWindow } from './rounds';

const round = { referenceDate: '2026-06-30', opensOn: '2026-07-01', closesOn: '2026-09-30' };

describe('follow-up rounds', () => {
  it('a region is published once any version is, even with a correction in review', () => {
    expect(reportingState([{ status: 'submitted', submittedOn: '2026-10-02' }, { status: 'published', submittedOn: '2026-08-01' }])).toEqual({ state: 'published', submittedOn: '2026-08-01' });
    expect(reportingState([{ status: 'superseded', submittedOn: '2026-07-02' }, { status: 'returned', submittedOn: '2026-07-05' }])).toEqual({ state: 'returned', submittedOn: '2026-07-05' });
    expect(reportingState([])).toEqual({ state: 'not_started', submittedOn: null });
  });

  it('counts days late from the closing date: until today while waiting, until the submission once sent in', () => {
    expect(daysLate({ state: 'not_started', submittedOn: null }, round, '2026-10-03')).toBe(3);
    expect(daysLate({ state: 'returned', submittedOn: '2026-09-01' }, round, '2026-10-10')).toBe(10);
    expect(daysLate({ state: 'draft', submittedOn: null }, round, '2026-09-30')).toBeNull();
    expect(daysLate({ state: 'submitted', submittedOn: '2026-10-05' }, round, '2026-11-30')).toBe(5);
    expect(daysLate({ state: 'published', submittedOn: '2026-09-30' }, round, '2026-11-30')).toBeNull();
    // A figure published without a recorded submission (the seeded public record) is not called late.
    expect(daysLate({ state: 'published', submittedOn: null }, round, '2026-11-30')).toBeNull();
  });

  it('a report may be sent in from the opening date, late after the closing date, never without a round', () => {
    expect(submissionWindow(undefined, '2026-08-01')).toEqual({ open: false, reason: 'no_round' });
    expect(submissionWindow(round, '2026-06-30')).toEqual({ open: false, reason: 'round_not_open', opensOn: '2026-07-01' });
    expect(submissionWindow(round, '2026-07-01')).toEqual({ open: true, late: false });
    expect(submissionWindow(round, '2026-09-30')).toEqual({ open: true, late: false });
    expect(submissionWindow(round, '2026-10-01')).toEqual({ open: true, late: true });
  });

  it('gives every region a standing in a round, not started where nothing was reported', () => {
    const regions = [{ code: '09' }, { code: '25' }];
    const states = [{ regionCode: '25', referenceDate: '2026-06-30', state: 'submitted' as const, submittedOn: '2026-10-02' }];
    expect(standingsInRound(round, regions, states, '2026-10-05')).toEqual([
      { region: { code: '09' }, state: 'not_started', daysLate: 5 },
      { region: { code: '25' }, state: 'submitted', daysLate: 2 },
    ]);
  });

  it('a round is closed the day after its last day, not on it', () => {
    expect(roundClosed(round, '2026-09-30')).toBe(false);
    expect(roundClosed(round, '2026-10-01')).toBe(true);
  });

  it('judges a report sent in by the last day as on time, after it as late, and never guesses a missing day', () => {
    expect(submissionTiming({ state: 'published', submittedOn: '2026-09-30' }, round)).toEqual({ kind: 'on_time', submittedOn: '2026-09-30' });
    expect(submissionTiming({ state: 'approved', submittedOn: '2026-10-04' }, round)).toEqual({ kind: 'late', submittedOn: '2026-10-04', daysLate: 4 });
    expect(submissionTiming({ state: 'returned', submittedOn: '2026-09-01' }, round)).toEqual({ kind: 'not_sent_in' });
    expect(submissionTiming({ state: 'not_started', submittedOn: null }, round)).toEqual({ kind: 'not_sent_in' });
    expect(submissionTiming({ state: 'published', submittedOn: null }, round)).toEqual({ kind: 'date_unknown' });
  });
});

describe('the rounds the staffing form names before anything is typed', () => {
  const spring = { referenceDate: '2025-12-31', opensOn: '2026-01-15', closesOn: '2026-03-31' };
  const autumn = { referenceDate: '2026-06-30', opensOn: '2026-07-01', closesOn: '2026-09-30' };
  const winter = { referenceDate: '2026-12-31', opensOn: '2027-01-15', closesOn: '2027-03-31' };

  it('open now within its dates, still taking late reports after its last day, and the next to open', () => {
    expect(roundsForReporting([winter, spring, autumn], '2026-08-01')).toEqual({ open: [autumn], late: [spring], next: winter });
    // Its first and last days count as open; the day after the last, late.
    expect(roundsForReporting([autumn], '2026-07-01').open).toEqual([autumn]);
    expect(roundsForReporting([autumn], '2026-09-30').open).toEqual([autumn]);
    expect(roundsForReporting([autumn], '2026-10-01')).toEqual({ open: [], late: [autumn], next: null });
  });

  it('none open: nothing to send in for, and when the next one opens if known', () => {
    expect(roundsForReporting([autumn, winter], '2026-06-30')).toEqual({ open: [], late: [], next: autumn });
    expect(roundsForReporting([], '2026-06-30')).toEqual({ open: [], late: [], next: null });
  });

  it('agrees with what submitting accepts: every date it names is open for submission, every other is not', () => {
    const rounds = [spring, autumn, winter];
    for (const today of ['2026-01-14', '2026-01-15', '2026-05-01', '2026-07-01', '2027-02-01']) {
      const { open, late } = roundsForReporting(rounds, today);
      for (const round of rounds) expect(submissionWindow(round, today).open, `${round.referenceDate} on ${today}`).toBe([...open, ...late].includes(round));
    }
  });
});
