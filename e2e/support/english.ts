import { expect, test, type Page } from '@playwright/test';

/**
 * Finds Swedish on an English page: every visible text node, and the texts a screen reader or a
 * pointer shows (aria-label, title, alt, placeholder, the options of a list), that is not inside an
 * element marked lang="sv". Swedish is the letters å, ä, ö or a common Swedish word; the regions'
 * English names, which keep their Swedish place names, are allowed. Everything else the product shows
 * in Swedish (a source's title, a quote, a name) must be marked, so that it is announced as Swedish.
 */

export const REGION_CODES = ['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25'];

/** Place names as the English pages write them (lib/domain/regions.ts, nameEn), longest first. */
const PLACE_NAMES = [
  'Jämtland Härjedalen',
  'Västra Götaland',
  'Västernorrland',
  'Västerbotten',
  'Östergötland',
  'Västmanland',
  'Jönköping',
  'Gävleborg',
  'Värmland',
  'Sörmland',
  'Örebro',
  'Skåne',
];

/** Whole words, compared in lower case; none of them is also an English word. */
const SWEDISH_WORDS = [
  'och', 'att', 'inte', 'som', 'av', 'eller', 'med', 'utan', 'det', 'ett', 'har', 'ska', 'vid', 'enligt', 'inget', 'ingen',
  'inga', 'beslut', 'beslutet', 'uppgift', 'uppgifter', 'saknas', 'antal', 'regionen', 'regioner', 'regionerna', 'riket',
  'senast', 'januari', 'februari', 'mars', 'maj', 'juni', 'juli', 'augusti', 'oktober', 'datum', 'procent', 'visa',
  'sidan', 'nytt', 'vad', 'ordlista', 'logga', 'verifierad', 'osäker', 'andrahandskälla', 'invånare', 'läkare',
];

type SwedishFinding = { text: string; path: string };

async function findSwedish(page: Page): Promise<SwedishFinding[]> {
  return page.evaluate(
    ({ placeNames, words }) => {
      // Collapsed sections are part of the page: a reader opens them.
      for (const details of document.querySelectorAll('details')) details.open = true;

      const isSwedishMarked = (element: Element | null) => (element?.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('sv');
      const path = (element: Element): string => {
        const parts: string[] = [];
        for (let node: Element | null = element; node && node !== document.body && parts.length < 6; node = node.parentElement) {
          const id = node.id ? `#${node.id}` : '';
          const cls = typeof node.className === 'string' && node.className.trim() ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
          const testId = node.getAttribute('data-testid');
          parts.unshift(`${node.tagName.toLowerCase()}${id}${cls}${testId ? `[data-testid=${testId}]` : ''}`);
        }
        return parts.join(' > ');
      };
      const wordPattern = new RegExp(`(?<![\\p{L}\\p{N}])(${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
      const isSwedish = (raw: string) => {
        let text = raw;
        for (const name of placeNames) text = text.split(name).join(' ');
        return /[åäöÅÄÖ]/.test(text) || wordPattern.test(text);
      };

      const found: { text: string; path: string }[] = [];
      const check = (text: string | null, element: Element, what: string) => {
        const value = (text ?? '').replace(/\s+/g, ' ').trim();
        if (value && isSwedish(value)) found.push({ text: value, path: `${path(element)}${what}` });
      };
      check(document.title, document.documentElement, ' <title>');

      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style, noscript, template') || isSwedishMarked(parent)) continue;
        // An option is shown when its list is opened, whatever its own box says.
        if (!parent.closest('option') && !parent.checkVisibility({ visibilityProperty: true })) continue;
        check(node.textContent, parent, '');
      }
      for (const element of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-roledescription]')) {
        if (isSwedishMarked(element)) continue;
        for (const attribute of ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription']) {
          if (element.hasAttribute(attribute)) check(element.getAttribute(attribute), element, ` @${attribute}`);
        }
      }
      return found;
    },
    { placeNames: PLACE_NAMES, words: SWEDISH_WORDS },
  );
}

/** Fails with every Swedish text found outside lang="sv", each with where it is on the page. */
async function expectNoSwedish(page: Page): Promise<void> {
  const found = await findSwedish(page);
  const lines = found.map(({ text, path }) => `${JSON.stringify(text.length > 160 ? `${text.slice(0, 160)}…` : text)}  at  ${path}`);
  expect(lines, `Swedish outside lang="sv" on ${page.url()}`).toEqual([]);
}

/** One test per page: the page, once its charts and their text alternatives are drawn, has no unmarked Swedish. */
export function testPagesAreEnglish(paths: readonly string[]): void {
  for (const path of paths) {
    test(`${path}: no Swedish outside an element marked lang="sv"`, async ({ page }) => {
      // A busy machine may take long to render a page the first time; nothing here depends on speed.
      test.setTimeout(600_000);
      await page.goto(path);
      await page.waitForLoadState('networkidle', { timeout: 300_000 });
      await expect(page.locator('h1')).toBeVisible();
      await expectNoSwedish(page);
    });
  }
}
