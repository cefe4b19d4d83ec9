/**
 * Atom 1.0 (RFC 4287) documents, written as text: a feed with its id, title, update time, links and
 * author, and entries with the same. Every text is escaped, and characters XML 1.0 does not allow are
 * dropped, so nothing a record holds can break the document.
 */

interface AtomLink {
  href: string;
  rel: 'self' | 'alternate';
  type?: string;
  hreflang?: string;
}

interface AtomEntry {
  /** A permanent IRI that names this entry and never another. */
  id: string;
  title: string;
  /** When the entry last changed (RFC 3339). */
  updated: Date;
  link: string;
  /** Plain text, one line per item. */
  content: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  lang: string;
  /** The newest entry's time, or when the feed's subject began when it has none. */
  updated: Date;
  links: AtomLink[];
  author: string;
  entries: AtomEntry[];
}

// XML 1.0's Char production: tab, newline, carriage return and U+0020 onwards, without surrogates
// standing alone and without U+FFFE/U+FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const time = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

function link({ href, rel, type, hreflang }: AtomLink): string {
  const attributes = [`rel="${rel}"`, `href="${escapeXml(href)}"`, type && `type="${escapeXml(type)}"`, hreflang && `hreflang="${escapeXml(hreflang)}"`].filter(Boolean);
  return `<link ${attributes.join(' ')}/>`;
}

export function atomDocument(feed: AtomFeed): string {
  const entries = feed.entries.map(
    (entry) =>
      `  <entry>\n` +
      `    <id>${escapeXml(entry.id)}</id>\n` +
      `    <title>${escapeXml(entry.title)}</title>\n` +
      `    <updated>${time(entry.updated)}</updated>\n` +
      `    ${link({ href: entry.link, rel: 'alternate', type: 'text/html' })}\n` +
      `    <content type="text">${escapeXml(entry.content)}</content>\n` +
      `  </entry>\n`,
  );
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">\n` +
    `  <id>${escapeXml(feed.id)}</id>\n` +
    `  <title>${escapeXml(feed.title)}</title>\n` +
    (feed.subtitle ? `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>\n` : '') +
    `  <updated>${time(feed.updated)}</updated>\n` +
    feed.links.map((l) => `  ${link(l)}\n`).join('') +
    `  <author><name>${escapeXml(feed.author)}</name></author>\n` +
    entries.join('') +
    `</feed>\n`
  );
}
