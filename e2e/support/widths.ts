import { expect, type Page } from '@playwright/test';
import { axeViolations } from '../accessibility';
import { CLOSED_EXAMPLE_ROUND } from './example-rounds';

/** Screen widths every page must work at: two phones, a tablet, a laptop. */
export const WIDTHS = [320, 390, 768, 1280] as const;
/** Widths at which, beyond the no-sideways-scroll check, words in tables and axe are checked too. */
const FULL_CHECK_WIDTHS: readonly number[] = [320, 390, 1280];
export const LOCALES = [
  { name: 'Swedish', prefix: '' },
  { name: 'English', prefix: '/en' },
] as const;

/** The dashboard's views, each with what it is checked at (add a view here and every check covers it). */
const DASHBOARD_VIEWS: readonly { view: string; query: string }[] = [
  { view: 'map', query: '' },
  { view: 'map', query: '?measure=residentsPerDoctor' },
  { view: 'chart', query: '?view=chart&regions=09,17,25' },
  { view: 'table', query: '?view=table' },
  { view: 'comparison', query: '?view=comparison' },
];

export interface CheckedPage {
  /** Path without the locale prefix. */
  path: string;
  /** The dashboard view the page shows, to wait for (null: not the dashboard). */
  view: string | null;
}

const dashboardPages = (views: readonly { view: string; query: string }[]): CheckedPage[] => views.map(({ view, query }) => ({ path: `/${query}`, view }));

/** Every public page, once per dashboard view. */
export const PUBLIC_PAGES: readonly CheckedPage[] = [
  ...dashboardPages(DASHBOARD_VIEWS),
  ...['/region/01', '/region/25', '/oppna-data', '/rapporteringslage', '/rapport', '/vad-ar-nytt', '/tillganglighet', '/ordlista', '/logga-in'].map((path) => ({ path, view: null })),
];

/** Pages whose tables hold staffing figures on the example dataset's server (and its closed round's report). */
export const EXAMPLE_PAGES: readonly CheckedPage[] = [
  ...dashboardPages(DASHBOARD_VIEWS),
  { path: '/region/09', view: null },
  { path: '/region/14', view: null },
  { path: '/rapport', view: null },
  { path: `/rapport/${CLOSED_EXAMPLE_ROUND.referenceDate}`, view: null },
];

/** The address in a locale: "/?view=table" in English is "/en?view=table". */
export function localised(prefix: string, path: string): string {
  if (!prefix) return path;
  return path === '/' ? prefix : path.startsWith('/?') ? `${prefix}${path.slice(1)}` : `${prefix}${path}`;
}

/** Opens a page and waits until it is drawn: the dashboard's view chosen from the address, else the heading. */
export async function openPage(page: Page, url: string, view: string | null): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  if (view) {
    // The view comes from the address after hydration: its tab selected means the page is live.
    await expect(page.getByRole('tab', { selected: true })).toHaveAttribute('id', `dashboard-tab-${view}`, { timeout: 120_000 });
  }
  await expect(page.locator('main h1').first()).toBeVisible();
}

/**
 * (a) Nothing sideways: the page does not scroll horizontally, and no element reaches past the
 * viewport's right edge (or is cut at its left). What scrolls inside a table's own region is left
 * out, but the region itself must fit.
 */
async function wideElements(page: Page): Promise<{ scrollWidth: number; innerWidth: number; offenders: string[] }> {
  return page.evaluate(() => {
    const viewport = window.innerWidth;
    const describe = (el: Element, rect: DOMRect) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> ${Math.round(rect.left)}–${Math.round(rect.right)} px: "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const offenders: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.parentElement?.closest('.table-scroll')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      // Entirely off to the left is how a skip link waits for focus; it widens nothing.
      if (rect.right <= 0) continue;
      if (rect.right > viewport + 0.5 || rect.left < -0.5) offenders.push(describe(el, rect));
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: viewport, offenders: offenders.slice(0, 10) };
  });
}

/**
 * (b) Table cells whose text wraps inside a word: for each word (a run without a breakable space,
 * so "2 473 307" with its no-break spaces is one), the client rects of its range all lie on one
 * line; a word broken across lines has rects with different tops. A hyphen in a word with letters
 * ends a part of it (a compound, "comma-separated", or an identifier may wrap there); a date
 * ("2022-10-14") or other figure without letters is one word.
 */
async function brokenWordsInTables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('th, td')) {
      if (cell.getClientRects().length === 0) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        const parent = text.parentElement;
        // Text clipped to a pixel for screen readers only is never seen, so never broken.
        if (!parent || parent.getBoundingClientRect().width <= 1) continue;
        const words: [number, number][] = [];
        for (const match of text.data.matchAll(/[^ \t\n\r]+/g)) {
          let start = match.index;
          const end = match.index + match[0].length;
          // A date or another figure with hyphens has no letters: it is one word.
          if (!/\p{L}/u.test(match[0])) {
            words.push([start, end]);
            continue;
          }
          for (let i = start + 1; i < end - 1; i += 1) {
            if (/[-‐–]/.test(text.data[i] ?? '')) {
              words.push([start, i + 1]);
              start = i + 1;
            }
          }
          words.push([start, end]);
        }
        for (const [start, end] of words) {
          const range = document.createRange();
          range.setStart(text, start);
          range.setEnd(text, end);
          const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
          if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 2) {
            broken.push(`"${text.data.slice(start, end)}" in <${cell.tagName.toLowerCase()}> "${(cell.textContent ?? '').trim().slice(0, 40)}"`);
          }
        }
      }
    }
    return broken.slice(0, 10);
  });
}

/** All three checks on the page as it is; soft, so that one run names every page that fails. */
export async function checkPage(page: Page, label: string, width: number): Promise<void> {
  const sideways = await wideElements(page);
  expect.soft(sideways.scrollWidth, `${label}: the page scrolls sideways`).toBeLessThanOrEqual(sideways.innerWidth);
  expect.soft(sideways.offenders, `${label}: elements wider than the viewport`).toEqual([]);
  if (!FULL_CHECK_WIDTHS.includes(width)) return;
  expect.soft(await brokenWordsInTables(page), `${label}: words broken inside table cells`).toEqual([]);
  expect.soft(await axeViolations(page), `${label}: axe`).toEqual([]);
}
