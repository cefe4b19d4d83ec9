'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { EMBED_VIEWS, embedCode, embedPath, type EmbedState, type EmbedView } from '@/lib/dashboard/embed';
import type { Locale } from '@/lib/i18n/routing';
import styles from './share-panel.module.css';

const neverChanges = () => () => {};

async function writeClipboard(text: string): Promise<boolean> {
  try {
    // Missing outside a secure context, and refused without permission: the caller then shows the text selected.
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** What was copied (`text`), for which view (`of`), and whether the clipboard took it. */
type CopyResult = { of: string; text: string; copied: boolean };

function selectForCopying(field: HTMLInputElement | HTMLTextAreaElement | null): void {
  field?.focus();
  field?.select();
}

/**
 * "Kopiera länk" for the view as the address holds it, and the code to embed the same view in another
 * site (an iframe of /embed/<locale>/<view>). What was copied is said in a live region; when the
 * clipboard cannot be used the text is shown selected, to copy by hand.
 */
export function SharePanel({ view, state, locale }: { view: EmbedView; state: EmbedState; locale: Locale }) {
  const t = useTranslations('share');
  const tDashboard = useTranslations('dashboard');
  const id = useId();
  // Absolute addresses, for pasting anywhere: known only in the browser (the page is cached for all hosts).
  const origin = useSyncExternalStore(neverChanges, () => window.location.origin, () => null);
  const linkField = useRef<HTMLInputElement>(null);
  const codeField = useRef<HTMLTextAreaElement>(null);
  const [link, setLink] = useState<CopyResult | null>(null);
  const [code, setCode] = useState<CopyResult | null>(null);

  const title = t('frameTitle', { measure: tDashboard(`measures.${state.measure}`), view: tDashboard(`views.${view}`) });
  const embedSrc = origin === null ? null : `${origin}${embedPath(locale, view, state)}`;
  const iframe = embedSrc === null ? '' : embedCode({ src: embedSrc, title, height: EMBED_VIEWS[view].height });
  // A note on an earlier copy says nothing about the view as it is now.
  const linkNow = link !== null && link.of === embedSrc ? link : null;
  const codeNow = code !== null && code.of === iframe ? code : null;

  // The link's field appears only when copying failed: select it once it is there.
  useEffect(() => {
    if (linkNow && !linkNow.copied) selectForCopying(linkField.current);
  }, [linkNow]);

  async function copyLink() {
    const text = window.location.href;
    setLink({ of: embedSrc ?? '', text, copied: await writeClipboard(text) });
  }

  async function copyCode() {
    const copied = await writeClipboard(iframe);
    setCode({ of: iframe, text: iframe, copied });
    if (!copied) selectForCopying(codeField.current);
  }

  return (
    <section className={styles.share} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className={styles.heading}>
        {t('heading')}
      </h3>
      <p className={styles.row}>
        <button type="button" onClick={() => void copyLink()}>
          {t('copyLink')}
        </button>
        <span role="status" className={styles.status}>
          {linkNow ? t(linkNow.copied ? 'linkCopied' : 'linkNotCopied') : ''}
        </span>
      </p>
      {linkNow && !linkNow.copied && (
        <p className={styles.field}>
          <label htmlFor={`${id}-link`}>{t('linkLabel')}</label>
          <input
            ref={linkField}
            id={`${id}-link`}
            type="text"
            readOnly
            value={linkNow.text}
            onFocus={(event) => event.currentTarget.select()}
          />
        </p>
      )}
      <details className={styles.embed}>
        <summary>{t('embed')}</summary>
        <p className={styles.hint} id={`${id}-hint`}>
          {t('embedHint')}
        </p>
        <p className={styles.field}>
          <label htmlFor={`${id}-code`}>{t('codeLabel')}</label>
          <textarea
            ref={codeField}
            id={`${id}-code`}
            readOnly
            rows={4}
            value={iframe}
            aria-describedby={`${id}-hint`}
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
          />
        </p>
        <p className={styles.row}>
          <button type="button" onClick={() => void copyCode()} disabled={iframe === ''}>
            {t('copyCode')}
          </button>
          <span role="status" className={styles.status}>
            {codeNow ? t(codeNow.copied ? 'codeCopied' : 'codeNotCopied') : ''}
          </span>
        </p>
      </details>
    </section>
  );
}
