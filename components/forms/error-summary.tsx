import type { MouseEvent, Ref } from 'react';
import { NoBreakDates } from '@/components/no-break-dates';

/**
 * What to correct, at the top of a form (as GOV.UK's error summary): a heading that counts the errors
 * and a link to each field with its label and message. It is focused when it appears; following a link
 * moves focus into the field, with its label in view.
 */
export function ErrorSummary({
  ref,
  title,
  lead,
  formError,
  errors,
}: {
  ref: Ref<HTMLDivElement>;
  title: string | null;
  /** The server's word on the whole form (nothing saved, or why not). */
  lead: string | null;
  formError: string | null;
  /** Errors in the fields' order; a field the form does not show has no label and no link. */
  errors: readonly { name: string; label: string | null; message: string }[];
}) {
  return (
    <div ref={ref} className="form-error error-summary" role="alert" tabIndex={-1} aria-labelledby={title ? 'error-summary-title' : undefined} data-testid="form-summary">
      {title && <h2 id="error-summary-title">{title}</h2>}
      {lead && <p>{lead}</p>}
      {formError && <p>{formError}</p>}
      {errors.length > 0 && (
        <ul>
          {errors.map(({ name, label, message }) => (
            <li key={name}>
              {label ? (
                <a href={`#${name}`} onClick={(event) => focusField(event, name)}>
                  {label}: <NoBreakDates text={message} />
                </a>
              ) : (
                <NoBreakDates text={message} />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Focus the field itself (a fragment link alone only scrolls), with its label at the top of the view. */
function focusField(event: MouseEvent<HTMLAnchorElement>, name: string) {
  const field = document.getElementById(name);
  if (!field) return;
  event.preventDefault();
  field.closest('.field')?.scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}
