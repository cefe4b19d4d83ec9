'use client';

import { useTranslations } from 'next-intl';
import { useRef, type KeyboardEvent } from 'react';
import { VIEWS, type DashboardView } from '@/lib/dashboard/url-state';

export const tabId = (view: DashboardView) => `dashboard-tab-${view}`;
export const PANEL_ID = 'dashboard-panel';

/** The WAI-ARIA tabs pattern: Tab reaches the chosen tab, arrows, Home and End move between them. */
export function ViewTabs({ value, onChange }: { value: DashboardView; onChange: (view: DashboardView) => void }) {
  const t = useTranslations('dashboard');
  const refs = useRef<Partial<Record<DashboardView, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = VIEWS.indexOf(value);
    const target =
      event.key === 'ArrowRight' ? VIEWS[(index + 1) % VIEWS.length]
      : event.key === 'ArrowLeft' ? VIEWS[(index + VIEWS.length - 1) % VIEWS.length]
      : event.key === 'Home' ? VIEWS[0]
      : event.key === 'End' ? VIEWS[VIEWS.length - 1]
      : undefined;
    if (!target) return;
    event.preventDefault();
    onChange(target);
    refs.current[target]?.focus();
  };

  return (
    <div role="tablist" aria-label={t('viewsLabel')} className="view-tabs" onKeyDown={onKeyDown}>
      {VIEWS.map((view) => (
        <button
          key={view}
          ref={(element) => {
            refs.current[view] = element;
          }}
          type="button"
          role="tab"
          id={tabId(view)}
          aria-selected={view === value}
          aria-controls={PANEL_ID}
          tabIndex={view === value ? 0 : -1}
          onClick={() => onChange(view)}
        >
          {t(`views.${view}`)}
        </button>
      ))}
    </div>
  );
}
