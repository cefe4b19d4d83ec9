'use client';

import { useActionState } from 'react';
import { FormField } from '@/components/forms/form-field';

export interface SignInFormState {
  /** Message keys (auth.errors.*) resolved by the server into `texts` before they reach here. */
  summary: string | null;
  fields: Partial<Record<'email' | 'password', string>>;
  email: string;
}

export interface SignInFormTexts {
  email: string;
  password: string;
  submit: string;
  submitting: string;
}

/**
 * The sign-in form. It works without JavaScript (a plain POST to the server action); with it, errors
 * appear next to the fields without a reload, and the typed e-mail address is kept.
 */
export function SignInForm({
  action,
  texts,
  next,
  locale,
}: {
  action: (state: SignInFormState, form: FormData) => Promise<SignInFormState>;
  texts: SignInFormTexts;
  next: string;
  locale: string;
}) {
  const [state, formAction, pending] = useActionState(action, { summary: null, fields: {}, email: '' });
  return (
    <form action={formAction} className="form" noValidate>
      {state.summary && (
        <div className="form-error" role="alert" id="sign-in-summary">
          {state.summary}
        </div>
      )}
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="locale" value={locale} />
      <FormField
        name="email"
        label={texts.email}
        control={{ kind: 'input', type: 'email', autoComplete: 'username' }}
        error={state.fields.email}
        defaultValue={state.email}
        required
      />
      <FormField
        name="password"
        label={texts.password}
        control={{ kind: 'input', type: 'password', autoComplete: 'current-password' }}
        error={state.fields.password}
        required
      />
      <button type="submit" className="primary-button" disabled={pending}>
        {pending ? texts.submitting : texts.submit}
      </button>
    </form>
  );
}
