import type { HTMLInputTypeAttribute, ReactNode } from 'react';
import { NoBreakDates } from '@/components/no-break-dates';

export type FieldControl =
  | { kind: 'input'; type?: HTMLInputTypeAttribute; inputMode?: 'decimal' | 'numeric'; autoComplete?: string }
  | { kind: 'select'; options: readonly { value: string; label: string }[] }
  | { kind: 'textarea' };

/**
 * A labelled field with an optional hint; its error, when there is one, stands right under it and is
 * tied to it (aria-describedby, aria-invalid), so screen readers announce it with the field. A notice
 * (what to know before filling it in) stands above the label and is tied to the field the same way.
 */
export function FormField({
  name,
  label,
  control,
  hint,
  notice,
  error,
  defaultValue,
  required = false,
}: {
  name: string;
  label: string;
  control: FieldControl;
  hint?: string;
  notice?: ReactNode;
  error?: string;
  defaultValue?: string;
  required?: boolean;
}) {
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const noticeId = `${name}-notice`;
  const describedBy = [notice ? noticeId : null, hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id: name,
    name,
    required,
    defaultValue,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  };
  // A new value from the server (the form keeps what was typed) replaces the field's own: key remounts.
  return (
    <div className="field">
      {notice && (
        <div className="notice" id={noticeId}>
          {notice}
        </div>
      )}
      <label htmlFor={name}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          <NoBreakDates text={hint} />
        </p>
      )}
      {control.kind === 'select' ? (
        <select key={defaultValue} {...common}>
          {control.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : control.kind === 'textarea' ? (
        <textarea key={defaultValue} {...common} rows={4} />
      ) : (
        <input key={defaultValue} {...common} type={control.type ?? 'text'} inputMode={control.inputMode} autoComplete={control.autoComplete} />
      )}
      {error && (
        <p className="field-error" id={errorId}>
          <NoBreakDates text={error} />
        </p>
      )}
    </div>
  );
}
