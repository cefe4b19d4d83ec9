'use client';

import { useLocale } from 'next-intl';
import { useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { FormField, type FieldControl } from '@/components/forms/form-field';
import { accountChangeInputSchema, newAccountInputSchema } from '@/lib/accounts/account-input';
import { decisionInputSchema } from '@/lib/entry/decision-input';
import { fieldErrorText, messageText } from '@/lib/entry/field-error-text';
import { fieldErrors, formFields } from '@/lib/entry/fields';
import { staffingInputSchema } from '@/lib/entry/staffing-input';
import { newRoundInputSchema, roundChangeInputSchema } from '@/lib/rounds/round-input';

export interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  control: FieldControl;
  required?: boolean;
  /** What to know before filling the field in (the rounds a reference date may name), shown above it. */
  notice?: ReactNode;
}

/** What the server answers a save with when it did not save (a saved record redirects instead). */
export interface EntryFormState {
  /** What was sent, so the form keeps it. */
  values: Record<string, string>;
  /** Error texts by field, in the user's language. */
  fieldErrors: Record<string, string>;
  summary: string | null;
  /** Plausibility questions to answer with an explanation. */
  warnings: string[];
  conflict: { message: string; current: [label: string, value: string][]; after: string } | null;
}

export interface EntryFormTexts {
  save: string;
  saveWithExplanation: string;
  explanation: string;
  explanationHint: string;
  warningsTitle: string;
  warningsIntro: string;
  /** Error messages by code (entry.errors.*, ICU), for the check made in the browser before sending; `summaryTitle` heads the list. */
  errors: Record<string, string>;
}

const SCHEMAS = {
  decision: decisionInputSchema,
  staffing: staffingInputSchema,
  newAccount: () => newAccountInputSchema,
  accountChange: () => accountChangeInputSchema,
  newRound: () => newRoundInputSchema,
  roundChange: () => roundChangeInputSchema,
} as const;

/**
 * A decision, staffing report, account or round form. The browser checks it with the same schema the server applies
 * again (lib/entry), so most mistakes show at once, next to their field; without JavaScript the server
 * does the same. What was typed is kept; plausibility questions ask for an explanation.
 */
export function EntryForm({
  schema,
  today,
  action,
  fields,
  initial,
  hidden,
  texts,
}: {
  schema: keyof typeof SCHEMAS;
  today: string;
  action: (state: EntryFormState, form: FormData) => Promise<EntryFormState>;
  fields: readonly FieldSpec[];
  initial: Record<string, string>;
  hidden: Record<string, string>;
  texts: EntryFormTexts;
}) {
  const [state, formAction, pending] = useActionState(action, { values: initial, fieldErrors: {}, summary: null, warnings: [], conflict: null });
  const [browserErrors, setBrowserErrors] = useState<Record<string, string> | null>(null);
  const locale = useLocale();
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = browserErrors ?? state.fieldErrors;
  const askExplanation = state.warnings.length > 0 || Boolean(state.values.plausibilityExplanation);

  // The summary takes focus when it appears, after the browser's check or the server's answer, so the
  // keyboard and screen reader start from the list of what to correct.
  useEffect(() => {
    if (browserErrors) summaryRef.current?.focus();
  }, [browserErrors]);
  useEffect(() => {
    summaryRef.current?.focus();
  }, [state]);

  function checkInBrowser(event: FormEvent<HTMLFormElement>) {
    const values = formFields(new FormData(event.currentTarget));
    delete values.locale;
    const parsed = SCHEMAS[schema](today).safeParse(values);
    if (parsed.success) {
      setBrowserErrors(null);
      return;
    }
    event.preventDefault();
    const codes = fieldErrors(parsed.error);
    setBrowserErrors(Object.fromEntries(Object.entries(codes).map(([field, code]) => [field, fieldErrorText(texts.errors, locale, code)])));
  }

  const labels = new Map(fields.map((field) => [field.name, field.label]));
  labels.set('plausibilityExplanation', texts.explanation);
  const listed = [...labels.keys(), ...Object.keys(errors).filter((name) => !labels.has(name) && name !== '_form')]
    .filter((name) => errors[name])
    .map((name) => ({ name, label: labels.get(name) ?? null, message: errors[name] ?? '' }));
  const lead = browserErrors ? null : state.summary;
  return (
    <form action={formAction} onSubmit={checkInBrowser} className="form" noValidate>
      {(lead || listed.length > 0 || errors._form) && (
        <ErrorSummary
          ref={summaryRef}
          title={listed.length > 0 ? messageText(texts.errors, locale, 'summaryTitle', { count: listed.length }) : null}
          lead={lead}
          formError={errors._form ?? null}
          errors={listed}
        />
      )}
      {state.conflict && (
        <div className="form-error" role="alert" data-testid="form-conflict">
          <p>{state.conflict.message}</p>
          <dl>
            {state.conflict.current.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <p>{state.conflict.after}</p>
        </div>
      )}
      {state.warnings.length > 0 && (
        <div className="warning-box" role="alert" data-testid="form-warnings">
          <p>
            <strong>{texts.warningsTitle}</strong> {texts.warningsIntro}
          </p>
          <ul>
            {state.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => (
        <FormField
          key={field.name}
          name={field.name}
          label={field.label}
          hint={field.hint}
          control={field.control}
          required={field.required}
          notice={field.notice}
          error={errors[field.name]}
          defaultValue={state.values[field.name] ?? ''}
        />
      ))}
      {askExplanation && (
        <FormField
          name="plausibilityExplanation"
          label={texts.explanation}
          hint={texts.explanationHint}
          control={{ kind: 'textarea' }}
          required
          error={errors.plausibilityExplanation}
          defaultValue={state.values.plausibilityExplanation ?? ''}
        />
      )}
      <button type="submit" className="primary-button" disabled={pending}>
        {askExplanation ? texts.saveWithExplanation : texts.save}
      </button>
    </form>
  );
}
