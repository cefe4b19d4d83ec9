/**
 * Metrics in Prometheus's text format. The registry is kept on globalThis so that code Next.js bundles
 * (caches, the database client) and server.mjs, which load this file as separate module copies, add
 * to one registry; asking for a metric by a name already registered returns that metric. No Node-only
 * import, so any runtime may count.
 */

/** @typedef {Record<string, string>} Labels */
/** @typedef {{ labels?: Labels, value: number, suffix?: string }} Sample */
/** @typedef {{ name: string, help: string, type: 'counter' | 'gauge' | 'histogram', collect: () => Sample[] }} Metric */

const KEY = Symbol.for('fast-lakarkontakt.metrics');
const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/** @returns {Map<string, { metric: Metric, handle: unknown }>} */
function registry() {
  const holder = /** @type {Record<symbol, Map<string, { metric: Metric, handle: unknown }> | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/**
 * @template T
 * @param {Metric} metric
 * @param {T} handle what the caller uses to change it
 * @returns {T} the handle already registered under the name, or `handle`
 */
function register(metric, handle) {
  if (!NAME.test(metric.name)) throw new Error(`"${metric.name}" is not a Prometheus metric name.`);
  const existing = registry().get(metric.name);
  if (existing) {
    if (existing.metric.type !== metric.type) throw new Error(`Metric ${metric.name} is already registered as a ${existing.metric.type}.`);
    return /** @type {T} */ (existing.handle);
  }
  registry().set(metric.name, { metric, handle });
  return handle;
}

/** @param {Labels} labels */
const keyOf = (labels) => JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));

/**
 * A counter, optionally by labels (keep their values few and fixed: never a path or a user's value).
 * @param {string} name
 * @param {string} help
 * @returns {{ inc(labels?: Labels, by?: number): void }}
 */
export function counter(name, help) {
  /** @type {Map<string, { labels: Labels, value: number }>} */
  const values = new Map();
  const handle = {
    inc(/** @type {Labels} */ labels = {}, by = 1) {
      const key = keyOf(labels);
      const entry = values.get(key) ?? { labels, value: 0 };
      entry.value += by;
      values.set(key, entry);
    },
  };
  return register({ name, help, type: 'counter', collect: () => [...values.values()] }, handle);
}

/**
 * A gauge whose value is read when the metrics are asked for.
 * @param {string} name
 * @param {string} help
 * @param {() => number | Sample[]} read
 */
export function gauge(name, help, read) {
  return register(
    {
      name,
      help,
      type: 'gauge',
      collect: () => {
        const value = read();
        return typeof value === 'number' ? [{ value }] : value;
      },
    },
    { read },
  );
}

/**
 * A gauge changed by the caller, such as the requests in progress.
 * @param {string} name
 * @param {string} help
 * @returns {{ add(by: number): void }}
 */
export function level(name, help) {
  let value = 0;
  return register({ name, help, type: 'gauge', collect: () => [{ value }] }, { add: (/** @type {number} */ by) => void (value += by) });
}

/**
 * A histogram with fixed upper bounds.
 * @param {string} name
 * @param {string} help
 * @param {number[]} bounds ascending
 * @returns {{ observe(value: number): void }}
 */
export function histogram(name, help, bounds) {
  const counts = bounds.map(() => 0);
  let count = 0;
  let sum = 0;
  const handle = {
    observe(/** @type {number} */ value) {
      bounds.forEach((bound, index) => {
        if (value <= bound) counts[index] = (counts[index] ?? 0) + 1;
      });
      count += 1;
      sum += value;
    },
  };
  const collect = () => [
    ...bounds.map((bound, index) => ({ suffix: '_bucket', labels: { le: String(bound) }, value: counts[index] ?? 0 })),
    { suffix: '_bucket', labels: { le: '+Inf' }, value: count },
    { suffix: '_sum', value: sum },
    { suffix: '_count', value: count },
  ];
  return register({ name, help, type: 'histogram', collect }, handle);
}

/** @param {string} value */
const escapeLabel = (value) => value.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n');
/** @param {string} value */
const escapeHelp = (value) => value.replaceAll('\\', '\\\\').replaceAll('\n', '\\n');

/** Every registered metric, in the text format Prometheus scrapes (version 0.0.4). */
export function renderMetrics() {
  const lines = [];
  for (const { metric } of registry().values()) {
    lines.push(`# HELP ${metric.name} ${escapeHelp(metric.help)}`, `# TYPE ${metric.name} ${metric.type}`);
    for (const sample of metric.collect()) {
      const labels = Object.entries(sample.labels ?? {});
      const labelText = labels.length ? `{${labels.map(([key, value]) => `${key}="${escapeLabel(value)}"`).join(',')}}` : '';
      lines.push(`${metric.name}${sample.suffix ?? ''}${labelText} ${Number.isFinite(sample.value) ? sample.value : 'NaN'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}


