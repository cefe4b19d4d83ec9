import { describe, expect, it, vi } from 'vitest';
import { createMetricsServer } from './metrics-server.mjs';
import { counter, gauge, histogram, level, renderMetrics } from './metrics.mjs';

describe('metrics in Prometheus text format', () => {
  it('renders counters by label, gauges read on demand, and cumulative histogram buckets', () => {
    const hits = counter('test_cache_requests_total', 'Cache lookups.');
    hits.inc({ result: 'hit' });
    hits.inc({ result: 'hit' }, 2);
    hits.inc({ result: 'miss' });
    let open = 3;
    gauge('test_open', 'Open things.', () => open);
    open = 4;
    const inFlight = level('test_in_flight', 'In progress.');
    inFlight.add(2);
    inFlight.add(-1);
    const duration = histogram('test_duration_seconds', 'Durations.', [0.1, 1]);
    duration.observe(0.05);
    duration.observe(0.5);
    duration.observe(5);

    const text = renderMetrics();
    expect(text).toContain('# HELP test_cache_requests_total Cache lookups.\n# TYPE test_cache_requests_total counter\n');
    expect(text).toContain('test_cache_requests_total{result="hit"} 3\ntest_cache_requests_total{result="miss"} 1\n');
    expect(text).toContain('# TYPE test_open gauge\ntest_open 4\n');
    expect(text).toContain('test_in_flight 1\n');
    expect(text).toContain(
      [
        '# TYPE test_duration_seconds histogram',
        'test_duration_seconds_bucket{le="0.1"} 1',
        'test_duration_seconds_bucket{le="1"} 2',
        'test_duration_seconds_bucket{le="+Inf"} 3',
        'test_duration_seconds_sum 5.55',
        'test_duration_seconds_count 3',
      ].join('\n'),
    );
  });

  it('a metric asked for again by name is the same metric (two module copies count together); another type is refused', async () => {
    const first = counter('test_shared_total', 'Shared.');
    vi.resetModules();
    const copy = await import('./metrics.mjs');
    expect(copy.counter).not.toBe(counter);
    copy.counter('test_shared_total', 'Shared.').inc();
    first.inc();
    expect(renderMetrics()).toContain('test_shared_total 2\n');
    expect(() => gauge('test_shared_total', 'Shared.', () => 1)).toThrow(/already registered as a counter/);
    expect(() => counter('not a name', 'x')).toThrow(/not a Prometheus metric name/);
  });

  it('escapes label values so that no value can add a line', () => {
    counter('test_escaped_total', 'Escaped.').inc({ kind: 'a"b\\c\nd' });
    expect(renderMetrics()).toContain('test_escaped_total{kind="a\\"b\\\\c\\nd"} 1\n');
  });

  it('the listener answers GET /metrics and nothing else', async () => {
    const server = createMetricsServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const metrics = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(metrics.status).toBe(200);
      expect(metrics.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
      expect(await metrics.text()).toContain('# TYPE');
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${port}/metrics`, { method: 'POST' })).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
