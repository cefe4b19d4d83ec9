'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import styles from './embedded-details.module.css';

/** In an embed, a chart fills the frame's height, less the title above it and the source below. */
export const EMBEDDED_CHART_HEIGHT = 'max(20rem, calc(100vh - 14rem))';

/**
 * In an embed, a chart's text alternative (its summary and table) folds away under one button, so the
 * frame shows the chart first; every reader can still open it.
 */
export function EmbeddedDetails({ children }: { children: ReactNode }) {
  const t = useTranslations('embed');
  return (
    <details className={styles.details}>
      <summary>{t('showData')}</summary>
      {children}
    </details>
  );
}
