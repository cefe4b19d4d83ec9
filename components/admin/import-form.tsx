'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import type { ImportFailure, ImportKind, ImportReport } from '@/lib/data/import';
import type { ImportProgress } from '@/lib/data/import-progress';
import { ImportReportView, rowsToWrite } from './import-report';

/**
 * Uploading a file to import: a dry run first, then the import of exactly that file. The request is
 * sent with XMLHttpRequest so the upload's progress shows, and while the server works the page asks
 * for its progress (rows checked, rows saved) under a token only this import knows.
 */

type Answer = { ok: true; report: ImportReport } | { ok: false; failure: ImportFailure };
type Shown =
  | { kind: 'idle' }
  | { kind: 'busy'; upload: number; progress: ImportProgress | null }
  | { kind: 'report'; report: ImportReport; notice?: 'planChanged' }
  | { kind: 'message'; text: 'failed' | 'changedMeanwhile' | 'signedOut' };

const POLL_MS = 400;
const POLL_GIVE_UP_MS = 5_000;

function send(form: FormData, onUpload: (percent: number) => void): Promise<{ status: number; body: Answer | null }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/import');
    request.upload.onprogress = (event) => event.lengthComputable && onUpload(Math.round((event.loaded / event.total) * 100));
    request.onload = () => {
      let body: Answer | null = null;
      try {
        body = JSON.parse(request.responseText) as Answer;
      } catch {
        body = null;
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => resolve({ status: 0, body: null });
    request.send(form);
  });
}

export function ImportForm({ reviewHref }: { reviewHref: string }) {
  const t = useTranslations('admin.import');
  const [kind, setKind] = useState<ImportKind | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [shown, setShown] = useState<Shown>({ kind: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLDivElement>(null);

  async function run(mode: 'preview' | 'commit', previewed?: ImportReport) {
    const file = fileInput.current?.files?.[0];
    const errors: Record<string, string> = {};
    if (!kind) errors.kind = 'kind_required';
    if (!file) errors.file = 'file_required';
    setFieldErrors(errors);
    if (!kind || !file) {
      document.getElementById(errors.kind ? 'kind-population' : 'file')?.focus();
      return;
    }
    const token = crypto.randomUUID();
    const form = new FormData();
    form.set('kind', kind);
    form.set('mode', mode);
    form.set('file', file);
    form.set('progressToken', token);
    if (previewed) {
      form.set('digest', previewed.digest);
      form.set('fingerprint', previewed.fingerprint);
    }
    setShown({ kind: 'busy', upload: 0, progress: null });
    let finished = false;
    const poll = async () => {
      while (!finished) {
        await new Promise((wait) => setTimeout(wait, POLL_MS));
        // A request that hangs is given up, so that one slow answer never stops the progress showing.
        const answer = await fetch(`/api/import/progress?token=${token}`, { cache: 'no-store', signal: AbortSignal.timeout(POLL_GIVE_UP_MS) }).catch(() => null);
        const body = answer?.ok ? ((await answer.json().catch(() => null)) as { progress: ImportProgress | null } | null) : null;
        if (!finished && body?.progress) setShown((current) => (current.kind === 'busy' ? { ...current, progress: body.progress } : current));
      }
    };
    void poll();
    const { status, body } = await send(form, (upload) => setShown((current) => (current.kind === 'busy' ? { ...current, upload } : current)));
    finished = true;

    if (body?.ok) setShown({ kind: 'report', report: body.report });
    else if (body?.failure.kind === 'invalid') {
      setFieldErrors(body.failure.fields);
      setShown({ kind: 'idle' });
      document.getElementById(body.failure.fields.kind ? 'kind-population' : 'file')?.focus();
      return;
    } else if (body?.failure.kind === 'issues') setShown({ kind: 'report', report: body.failure.report });
    else if (body?.failure.kind === 'plan_changed') setShown(body.failure.report ? { kind: 'report', report: body.failure.report, notice: 'planChanged' } : { kind: 'message', text: 'changedMeanwhile' });
    else setShown({ kind: 'message', text: status === 401 || status === 403 ? 'signedOut' : 'failed' });
    requestAnimationFrame(() => resultHeading.current?.focus());
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void run('preview');
  }

  const busy = shown.kind === 'busy';
  const errorText = (code: string | undefined) => (code ? (t.has(`errors.${code}`) ? t(`errors.${code}`) : t('errors.file_required')) : undefined);

  return (
    <>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <fieldset className="field" aria-describedby={fieldErrors.kind ? 'kind-error' : undefined}>
          <legend>{t('kindLegend')}</legend>
          {fieldErrors.kind && (
            <p className="field-error" id="kind-error">
              {errorText(fieldErrors.kind)}
            </p>
          )}
          {(['population', 'staffing'] as const).map((option) => (
            <div className="choice" key={option}>
              <input
                type="radio"
                id={`kind-${option}`}
                name="kind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
                aria-describedby={`kind-${option}-hint`}
              />
              <label htmlFor={`kind-${option}`}>{t(`kinds.${option}`)}</label>
              <p className="field-hint" id={`kind-${option}-hint`}>
                {t(`kinds.${option}Hint`)}
              </p>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="file">{t('file')}</label>
          <p className="field-hint" id="file-hint">
            {t('fileHint')}
          </p>
          <input
            ref={fileInput}
            id="file"
            name="file"
            type="file"
            accept=".csv,.txt,.json,.xlsx,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={fieldErrors.file ? 'file-hint file-error' : 'file-hint'}
            aria-invalid={fieldErrors.file ? true : undefined}
            onChange={() => setShown({ kind: 'idle' })}
          />
          {fieldErrors.file && (
            <p className="field-error" id="file-error">
              {errorText(fieldErrors.file)}
            </p>
          )}
        </div>
        <button className="primary-button" type="submit" disabled={busy}>
          {t('preview')}
        </button>
      </form>

      <div role="status" aria-live="polite" className="import-progress">
        {shown.kind === 'busy' && <ProgressLine upload={shown.upload} progress={shown.progress} />}
      </div>

      <div ref={resultHeading} tabIndex={-1} className="import-result">
        {shown.kind === 'message' && (
          <p className="form-error" role="alert">
            {t(shown.text)}
          </p>
        )}
        {shown.kind === 'report' && (
          <>
            {shown.notice && (
              <p className="form-error" role="alert">
                {t(shown.notice)}
              </p>
            )}
            <ImportReportView report={shown.report} reviewHref={reviewHref} />
            {shown.report.mode === 'preview' && shown.report.counts.issues === 0 && rowsToWrite(shown.report) > 0 && (
              <button className="primary-button" type="button" onClick={() => void run('commit', shown.report)}>
                {t('commit', { count: rowsToWrite(shown.report) })}
              </button>
            )}
          </>
        )}
      </div>
    </>
  );
}

function ProgressLine({ upload, progress }: { upload: number; progress: ImportProgress | null }) {
  const t = useTranslations('admin.import');
  if (progress && progress.total > 0) {
    return (
      <p>
        <progress max={progress.total} value={progress.done} aria-label={t('progress.label')} /> {t(`progress.${progress.phase}`, { done: progress.done, total: progress.total })}
      </p>
    );
  }
  if (upload < 100) {
    return (
      <p>
        <progress max={100} value={upload} aria-label={t('progress.label')} /> {t('progress.uploading', { percent: upload })}
      </p>
    );
  }
  return (
    <p>
      <progress aria-label={t('progress.label')} /> {t('progress.waiting')}
    </p>
  );
}
