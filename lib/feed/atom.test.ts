import { describe, expect, it } from 'vitest';
import { atomProblems } from '@/tests/support/atom-rules';
import { atomDocument, type AtomFeed } from './atom';

const feed: AtomFeed = {
  id: 'https://x.example/vad-ar-nytt',
  title: 'Vad är nytt',
  lang: 'sv',
  updated: new Date('2026-11-30T09:15:00.123Z'),
  links: [
    { rel: 'self', href: 'https://x.example/api/feed?lang=sv', type: 'application/atom+xml' },
    { rel: 'alternate', href: 'https://x.example/vad-ar-nytt', type: 'text/html' },
  ],
  author: 'Socialstyrelsen',
  entries: [
    { id: 'https://x.example/vad-ar-nytt#publicering-2', title: 'Publicerat 30 nov', updated: new Date('2026-11-30T09:15:00Z'), link: 'https://x.example/vad-ar-nytt', content: 'Region Gotland: bemanning' },
    { id: 'https://x.example/vad-ar-nytt#publicering-1', title: 'Publicerat 1 okt', updated: new Date('2026-10-01T08:00:00Z'), link: 'https://x.example/vad-ar-nytt', content: 'Region Skåne: beslut' },
  ],
};

describe('Atom documents', () => {
  it('keep the rules of RFC 4287', () => {
    expect(atomProblems(atomDocument(feed))).toEqual([]);
  });

  it('stay valid whatever a text holds: markup, ampersands, quotes and characters XML forbids', () => {
    const hostile = '<script>alert("x")</script> & \u0000\u0007\uFFFE \uD800 ]]>';
    const xml = atomDocument({ ...feed, title: hostile, entries: [{ ...feed.entries[0]!, title: hostile, content: hostile }] });
    expect(atomProblems(xml)).toEqual([]);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;');
  });

  it('are told apart from broken ones by the rules', () => {
    const xml = atomDocument(feed);
    expect(atomProblems(xml.replace('<author><name>Socialstyrelsen</name></author>', ''))).toEqual(['the feed has no author name']);
    expect(atomProblems(xml.replace(/<id>https:\/\/x.example\/vad-ar-nytt#publicering-1<\/id>/, '<id>https://x.example/vad-ar-nytt#publicering-2</id>'))).toEqual(['two entries share an id']);
    expect(atomProblems(xml.replace('2026-10-01T08:00:00Z', '1 oktober 2026'))).toEqual(['entry 2\'s updated is not an RFC 3339 date-time: 1 oktober 2026']);
    expect(atomProblems(xml.replace('</feed>', ''))[0]).toMatch(/not well-formed/);
  });
});
