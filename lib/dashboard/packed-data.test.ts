import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dashboardFixture } from '@/lib/charts/test-fixtures';
import { packDashboardData, packTable, unpackDashboardData, unpackTable } from './packed-data';

const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the dashboard data as sent with the page', () => {
  it('unpacks to exactly the data that was packed, after travelling as JSON', () => {
    const data = dashboardFixture();
    expect(unpackDashboardData(overTheWire(packDashboardData(data)))).toEqual(data);
  });

  it('is smaller than the rows it carries', () => {
    const data = dashboardFixture();
    expect(JSON.stringify(packDashboardData(data)).length).toBeLessThan(JSON.stringify(data).length * 0.75);
  });

  it('round-trips any rows of strings, numbers, booleans, nulls and nested objects', () => {
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('01', '09', '25', 'Exempeldata'),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
      fc.boolean(),
      fc.constant(null),
      fc.record({ date: fc.string(), precision: fc.constantFrom('day', 'month', 'year') }),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ a: value, b: value, c: fc.constantFrom('x', 'y', null) }), { maxLength: 40 }), (rows) => {
        expect(unpackTable(overTheWire(packTable(rows)))).toEqual(rows);
      }),
    );
  });
});
