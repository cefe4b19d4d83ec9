import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * The rules of RFC 4287 an Atom feed must keep, checked on its text: well-formed XML in the Atom
 * namespace; the feed and each entry with exactly one id (an absolute IRI), title and updated
 * (RFC 3339 date-time); an author for the feed; at most one alternate link per type and language;
 * a self link; entry ids unique. Returns the broken rules (none for a valid feed).
 */
export function atomProblems(xml: string): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'id', 'title', 'updated', 'author'].includes(name) }).parse(xml);
  const feed = parsed.feed;
  const problems: string[] = [];
  if (!feed) return ['the root element is not feed'];
  if (feed['@xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('feed is not in the Atom namespace');
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  const text = (node: unknown) => (typeof node === 'object' && node !== null ? String((node as Record<string, unknown>)['#text'] ?? '') : String(node));
  const checkCommon = (node: Record<string, unknown[] | undefined>, what: string) => {
    for (const element of ['id', 'title', 'updated']) {
      if ((node[element]?.length ?? 0) !== 1) problems.push(`${what} has ${node[element]?.length ?? 0} ${element} elements, not exactly one`);
    }
    const id = text(node.id?.[0]);
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) problems.push(`${what}'s id is not an absolute IRI: ${id}`);
    const updated = text(node.updated?.[0]);
    if (!rfc3339.test(updated) || Number.isNaN(Date.parse(updated))) problems.push(`${what}'s updated is not an RFC 3339 date-time: ${updated}`);
    const alternates = (node.link ?? []).map((l) => l as Record<string, string>).filter((l) => (l['@rel'] ?? 'alternate') === 'alternate');
    const keys = alternates.map((l) => `${l['@type'] ?? ''}|${l['@hreflang'] ?? ''}`);
    if (new Set(keys).size !== keys.length) problems.push(`${what} has two alternate links of one type and language`);
    for (const l of (node.link ?? []) as Record<string, string>[]) if (!l['@href']) problems.push(`${what} has a link without href`);
  };
  checkCommon(feed, 'the feed');
  if (!feed.author?.[0]?.name) problems.push('the feed has no author name');
  if (!(feed.link ?? []).some((l: Record<string, string>) => l['@rel'] === 'self')) problems.push('the feed has no self link');
  const entries = (feed.entry ?? []) as Record<string, unknown[] | undefined>[];
  entries.forEach((entry, i) => {
    checkCommon(entry, `entry ${i + 1}`);
    if (!entry.content && !(entry.link ?? []).length) problems.push(`entry ${i + 1} has neither content nor an alternate link`);
  });
  const ids = entries.map((e) => text(e.id?.[0]));
  if (new Set(ids).size !== ids.length) problems.push('two entries share an id');
  return problems;
}
