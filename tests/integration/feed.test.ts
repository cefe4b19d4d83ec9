import { beforeAll, describe, expect, it } from 'vitest';
import { changeFeed } from '@/app/api/feed/change-feed';
import { publishApproved, reviewRecords } from '@/lib/data/review';
import { saveStaffingReport, submitStaffingReport } from '@/lib/data/staffing-reports';
import type { Database } from '@/lib/db/client';
import { followUpRounds } from '@/lib/db/schema';
import { preparedDatabase } from '../support/database';
import { atomProblems } from '../support/atom-rules';
import { actingAs, createPeople } from '../support/people';

let db: Database;
const people = { admin: '', gotland: '', skane: '' };

beforeAll(async () => {
  ({ db } = await preparedDatabase());
  await createPeople(db, 'feed.example', { admin: { role: 'admin', region: null }, gotland: { role: 'editor', region: '09' }, skane: { role: 'editor', region: '12' } }, people);
  await db.insert(followUpRounds).values({ name: 'Flödesomgång', referenceDate: '2025-06-30', opensOn: '2025-01-01', closesOn: '2099-12-31' });
});

const as = actingAs(people);

function ok<R extends { ok: boolean }>(result: R): Extract<R, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result as Extract<R, { ok: true }>;
}

/** Sends in, approves and publishes one staffing report of the editor's region. */
async function published(editor: 'gotland' | 'skane', specialistsFte: string) {
  const saved = ok(await as(editor, () => saveStaffingReport({ referenceDate: '2025-06-30', specialistsHeadcount: '130', specialistsFte, traineesHeadcount: '10', traineesFte: '9', source: 'Personalsystemet' })));
  const sent = ok(await as(editor, () => submitStaffingReport({ id: saved.id, version: saved.version })));
  ok(await as('admin', () => reviewRecords({ items: [`staffing_report:${sent.id}:${sent.version}`], decision: 'approve' })));
  ok(await as('admin', () => publishApproved({ items: [`staffing_report:${sent.id}:${sent.version + 1}`], confirmed: 'yes' })));
}

const text = async (response: Response) => ({ status: response.status, type: response.headers.get('content-type'), body: await response.text() });

describe(`the change log's Atom feeds (${process.env.TEST_DATABASE})`, () => {
  it('are valid with nothing published yet, dated from when the follow-up began', async () => {
    const feed = await text(await changeFeed('sv', null));
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('application/atom+xml; charset=utf-8');
    expect(atomProblems(feed.body)).toEqual([]);
    expect(feed.body).toContain('<updated>2022-04-28T00:00:00Z</updated>');
    expect(feed.body).not.toContain('<entry>');
  });

  it('list each publication with what it made public, nationally and per region, in both languages', async () => {
    await published('gotland', '38.5');
    await published('skane', '120');
    const national = await text(await changeFeed('sv', null));
    expect(atomProblems(national.body)).toEqual([]);
    expect(national.body.match(/<entry>/g)).toHaveLength(2);
    expect(national.body).toContain('Region Gotland: bemanning 2025-06-30: 38,5 heltider specialister och 9 heltider ST-läkare (ny)');
    expect(national.body).toContain('Region Skåne: bemanning 2025-06-30: 120 heltider specialister');
    expect(national.body).toContain('<link rel="self" href="http://localhost:3000/api/feed/sv" type="application/atom+xml"/>');

    const gotland = await text(await changeFeed('en', '09'));
    expect(atomProblems(gotland.body)).toEqual([]);
    expect(gotland.body.match(/<entry>/g)).toHaveLength(1);
    expect(gotland.body).toContain('<title>Region Gotland: what is new – Named GP follow-up</title>');
    expect(gotland.body).toContain('Region Gotland: staffing on 2025-06-30: 38.5 GP specialist FTE');
    expect(gotland.body).not.toContain('Skåne');
    expect(gotland.body).toContain('href="http://localhost:3000/en/region/09"');

    // The newest publication dates the feed.
    const updated = national.body.match(/<updated>([^<]+)<\/updated>/)![1]!;
    expect(national.body.match(/<entry>\s*<id>[^<]+<\/id>\s*<title>[^<]+<\/title>\s*<updated>([^<]+)<\/updated>/)![1]).toBe(updated);
  });

  it('answer 404 for a language or region that does not exist', async () => {
    for (const [locale, region] of [['fi', null], ['sv', '99'], ['sv', '09 '], ['en', '<x>']] as const) {
      expect((await changeFeed(locale, region)).status).toBe(404);
    }
  });
});
