'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { addDays, daysBetween } from '@/lib/dashboard/dates';

const PLAY_STEP_DAYS = 30;
const PLAY_INTERVAL_MS = 700;

/**
 * A date slider from the guideline's publication to today, with play/pause. A native range input,
 * so arrows move a day and Page Up/Down, Home and End work as everywhere; the value is read out as a date.
 */
export function DateSlider({
  first,
  last,
  value,
  onChange,
}: {
  first: string;
  last: string;
  value: string;
  onChange: (date: string, mode: 'push' | 'replace') => void;
}) {
  const t = useTranslations('dashboard');
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const total = daysBetween(first, last);

  // While playing, each shown date schedules the next step; reaching today stops.
  useEffect(() => {
    if (!playing) return undefined;
    const timer = window.setTimeout(() => {
      const next = Math.min(total, daysBetween(first, value) + PLAY_STEP_DAYS);
      onChange(addDays(first, next), 'replace');
      if (next >= total) setPlaying(false);
    }, PLAY_INTERVAL_MS);
    return () => window.clearTimeout(timer);
  }, [playing, value, first, total, onChange]);

  const togglePlaying = () => {
    if (!playing && value >= last) onChange(first, 'replace');
    setPlaying(!playing);
  };

  return (
    <div className="date-slider">
      <label htmlFor={id}>{t('dateLabel')}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={total}
        step={1}
        value={daysBetween(first, value)}
        aria-valuetext={value}
        onChange={(event) => onChange(addDays(first, Number(event.target.value)), 'replace')}
      />
      <output htmlFor={id} aria-live="off">
        {t('dateValue', { date: value })}
      </output>
      <button type="button" onClick={togglePlaying} aria-pressed={playing}>
        {playing ? t('pause') : t('play')}
      </button>
    </div>
  );
}
