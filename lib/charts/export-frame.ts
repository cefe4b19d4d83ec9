import { escapeHtml } from './escape';

/**
 * A downloaded chart must say what it is and where it comes from even when it travels alone: the
 * chart's SVG is placed between a header (title, date) and a footer (source, licence) in one new SVG.
 * Pure string work, so the browser and the tests make the same picture; PNG is rasterised from it.
 */

export interface ExportFrame {
  title: string;
  /** Lines under the title, e.g. the date of the figures. */
  subtitle: readonly string[];
  /** Lines under the chart: source, licence, example-data notice. */
  footer: readonly string[];
}

export interface FramedSvg {
  svg: string;
  width: number;
  height: number;
}

const PADDING = 16;
const TITLE_SIZE = 18;
const TEXT_SIZE = 12;
const LINE_GAP = 6;
// An average glyph of the sans-serif fonts at 12 px is about 6.5 px wide: wrap before the edge.
const AVERAGE_GLYPH_WIDTH = 0.55;

/** Breaks text at spaces into lines that fit the width at the given font size. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  // eslint-disable-next-line no-restricted-syntax -- pixels
  const perLine = Math.max(20, Math.floor(width / (fontSize * AVERAGE_GLYPH_WIDTH)));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > perLine) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

function textBlock(lines: readonly string[], top: number, fontSize: number, weight: 'bold' | 'normal'): string {
  return lines
    .map(
      (line, index) =>
        `<text x="${PADDING}" y="${top + (index + 1) * fontSize + index * LINE_GAP}" font-size="${fontSize}" font-weight="${weight}" fill="#1a1a1a">${escapeHtml(line)}</text>`,
    )
    .join('');
}

const blockHeight = (count: number, fontSize: number) => (count === 0 ? 0 : count * fontSize + (count - 1) * LINE_GAP);

/** `chartSvg` is a standalone SVG of `width` × `height` (as ECharts renders it). */
export function frameChartSvg(chartSvg: string, width: number, height: number, frame: ExportFrame): FramedSvg {
  const textWidth = width - 2 * PADDING;
  const titleLines = wrapText(frame.title, textWidth, TITLE_SIZE);
  const subtitleLines = frame.subtitle.flatMap((line) => wrapText(line, textWidth, TEXT_SIZE));
  const footerLines = frame.footer.flatMap((line) => wrapText(line, textWidth, TEXT_SIZE));

  const titleHeight = blockHeight(titleLines.length, TITLE_SIZE);
  const subtitleTop = PADDING + titleHeight + LINE_GAP;
  const chartTop = subtitleTop + blockHeight(subtitleLines.length, TEXT_SIZE) + PADDING;
  const footerTop = chartTop + height + LINE_GAP;
  const total = Math.ceil(footerTop + blockHeight(footerLines.length, TEXT_SIZE) + PADDING);

  // The chart's own position and size give way to its place in the frame.
  const inner = chartSvg
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/^<svg\b([^>]*)>/, (_tag, attributes: string) => {
      const rest = attributes.replace(/\s(?:width|height|x|y)="[^"]*"/g, '');
      return `<svg x="0" y="${chartTop}" width="${width}" height="${height}"${rest}>`;
    });

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">` +
    `<title>${escapeHtml(frame.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    textBlock(titleLines, PADDING, TITLE_SIZE, 'bold') +
    textBlock(subtitleLines, subtitleTop, TEXT_SIZE, 'normal') +
    inner +
    textBlock(footerLines, footerTop, TEXT_SIZE, 'normal') +
    `</svg>`;
  return { svg, width, height: total };
}
