import { describe, expect, it } from 'vitest';
import { modifyRouteRegex } from 'next/dist/lib/redirect-status.js';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match.js';
import nextConfig from '../../next.config.mjs';

type Rule = { source: string; headers: { key: string; value: string }[] };

/** Whether a `headers()` rule applies to `path`, matched as Next's server matches it (server/lib/router-utils/filesystem). */
const applies = (rule: Rule, path: string) =>
  getPathMatch(rule.source, { strict: true, removeUnnamedParams: true, regexModifier: (regex) => modifyRouteRegex(regex), sensitive: false })(path) !== false;

/** Every header the server sends on `path`, applying the rules as Next does (a later rule's key wins). */
async function headersFor(path: string): Promise<Record<string, string>> {
  const rules = (await nextConfig.headers?.()) as Rule[];
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!applies(rule, path)) continue;
    for (const { key, value } of rule.headers) result[key.toLowerCase()] = value;
  }
  return result;
}

const frameAncestors = (headers: Record<string, string>) => /frame-ancestors ([^;]+)/.exec(headers['content-security-policy'] ?? '')?.[1];

describe('who may frame a page', () => {
  it.each(['/embed/sv/map', '/embed/en/chart', '/embed/sv/map/', '/embed/', '/EMBED/sv/map'])('any site may frame an embed (%s)', async (path) => {
    const headers = await headersFor(path);
    expect(frameAncestors(headers)).toBe('*');
    expect(headers['x-frame-options']).toBeUndefined();
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(['/', '/en', '/embed', '/embedx/sv/map', '/en/embed/sv/map', '/sv/embed/sv/map', '/region/01', '/logga-in', '/api/v1/regions', '/api/map/sv'])(
    'no site may frame anything else (%s)',
    async (path) => {
      const headers = await headersFor(path);
      expect(frameAncestors(headers)).toBe("'none'");
      expect(headers['x-frame-options']).toBe('DENY');
    },
  );

  it('match each path with exactly one rule, so that no header depends on the order of the rules', async () => {
    const rules = (await nextConfig.headers?.()) as Rule[];
    for (const path of ['/', '/embed', '/embed/', '/embed/sv/map', '/EMBED/en/chart', '/en', '/embedx']) {
      const matching = rules.filter((rule) => applies(rule, path));
      expect(matching, path).toHaveLength(1);
    }
  });
});
