import type { TextPart } from '@/lib/i18n/deciding-body';

/**
 * Text that is partly or wholly Swedish on an English page: the Swedish parts are marked lang="sv",
 * so that screen readers pronounce them as Swedish and readers can tell a quoted source from our words.
 */
export function MarkedText({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.sv ? (
          <span key={index} lang="sv">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** A text stored in Swedish (a source's title, a region's own note): in Swedish on the Swedish page, marked as such on the English one. */
export function SwedishText({ text, locale }: { text: string; locale: string }) {
  return locale === 'en' ? <span lang="sv">{text}</span> : <>{text}</>;
}
