/**
 * "At the current pace, 1 100 is reached in …": a straight line through the region's reports
 * (least squares of residents per doctor against time), followed to the target. Honest about what it
 * cannot say: fewer than two reports, a flat or worsening trend, or a target already met.
 */

export type PaceOutlook =
  | { kind: 'too_little_data'; reports: number }
  | { kind: 'already_met'; latest: number }
  | { kind: 'not_improving'; perYear: number }
  | { kind: 'reached'; year: number; perYear: number };

const YEAR_MS = 365.25 * 86_400_000;

export function paceTo(target: number, points: readonly { date: string; value: number }[]): PaceOutlook {
  if (points.length < 2) return { kind: 'too_little_data', reports: points.length };
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const latest = sorted.at(-1)!;
  if (latest.value <= target) return { kind: 'already_met', latest: latest.value };

  const xs = sorted.map((p) => Date.parse(`${p.date}T00:00:00Z`) / YEAR_MS);
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = sorted.reduce((a, p) => a + p.value, 0) / sorted.length;
  let covariance = 0;
  let variance = 0;
  sorted.forEach((p, i) => {
    const dx = xs[i]! - meanX;
    covariance += dx * (p.value - meanY);
    variance += dx * dx;
  });
  if (variance === 0) return { kind: 'too_little_data', reports: 1 };
  const perYear = covariance / variance;
  if (perYear >= 0) return { kind: 'not_improving', perYear };

  // From the latest report, at the fitted rate.
  const yearsLeft = (latest.value - target) / -perYear;
  const reachedAt = new Date(Date.parse(`${latest.date}T00:00:00Z`) + yearsLeft * YEAR_MS);
  return { kind: 'reached', year: reachedAt.getUTCFullYear(), perYear };
}
