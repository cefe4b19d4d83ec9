import type { HTMLInputTypeAttribute } from 'react';

/**
 * A labelled input whose error, when there is one, stands right under it and is tied to it
 * (aria-describedby, aria-invalid), so screen readers announce it with the field.
 */
export function TextField({
  name,
  label,
  type = 'text',
  autoComplete,
  error,
  defaultValue,
}: {
  name: string;
  label: string;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  error?: string;
  defaultValue?: string;
}) {
  const errorId = `${name}-error`;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required
        defaultValue={defaultValue}
        // A new value from the server (the form kept what was typed) replaces the field's own.
        key={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
