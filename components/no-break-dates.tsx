/** An ISO date or month ("2022-10-14", "2022-09"): browsers may break a line after its hyphens. */
const ISO_DATE = /(\d{4}-\d{2}(?:-\d{2})?)/;

/**
 * A text whose ISO dates never break across lines (no CSS keeps a hyphenated word whole), e.g. a
 * source's title in a narrow table column; the rest of the text wraps as usual.
 */
export function NoBreakDates({ text }: { text: string }) {
  return text.split(ISO_DATE).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className="nowrap">
        {part}
      </span>
    ) : (
      part
    ),
  );
}
