/**
 * The namespaces the site's client components use. Only these travel to the browser with a page, not
 * every page's prose; the embeds add their own.
 */
const CLIENT_NAMESPACES = [
  'dashboard',
  'tableView',
  'charts',
  'table',
  'decisionKind',
  'missing',
  'dates',
  'sourceStatus',
  'exampleData',
  'error',
  'downloads',
  'share',
  'comparison',
] as const;

/** The messages of CLIENT_NAMESPACES and of `extra`. */
export function pickClientMessages<T extends Record<string, unknown>>(messages: T, extra: readonly string[] = []): Partial<T> {
  return Object.fromEntries([...CLIENT_NAMESPACES, ...extra].flatMap((ns) => (ns in messages ? [[ns, messages[ns]]] : []))) as Partial<T>;
}
