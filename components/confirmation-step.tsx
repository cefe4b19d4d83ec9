import { FocusedHeading } from '@/components/focused-heading';
import { Link } from '@/lib/i18n/navigation';

/**
 * A step that asks before an action that cannot be undone: the question names what will happen and to
 * how many records, the list says which, and the action's own form (with its confirmation field) is
 * the only way on. Works without JavaScript; with it, the focus moves to the question.
 */
export function ConfirmationStep({
  id,
  question,
  consequence,
  records,
  action,
  hidden,
  confirmLabel,
  cancel,
  error,
}: {
  id: string;
  question: string;
  consequence: string;
  records: string[];
  action: (form: FormData) => Promise<void>;
  hidden: [string, string][];
  confirmLabel: string;
  cancel: { href: string; label: string };
  error?: string;
}) {
  const headingId = `${id}-heading`;
  return (
    <section className="confirmation-step" aria-labelledby={headingId} data-testid={id}>
      <FocusedHeading id={headingId}>{question}</FocusedHeading>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p>{consequence}</p>
      <ul>
        {records.map((record, index) => (
          <li key={index}>{record}</li>
        ))}
      </ul>
      <form action={action} className="confirmation-actions">
        {hidden.map(([name, value], index) => (
          <input key={index} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="confirmed" value="yes" />
        <button type="submit" className="primary-button">
          {confirmLabel}
        </button>
        <Link href={cancel.href}>{cancel.label}</Link>
      </form>
    </section>
  );
}
