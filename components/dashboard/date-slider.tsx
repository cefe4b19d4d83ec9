'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { addDays, addMonths, clampDate, daysBetween } from '@/lib/domain/dates';
import { nextChange, previousChange } from '@/lib/domain/change-dates';
import { isValidIsoDate } from '@/lib/domain/partial-date';

const PLAY_STEP_DAYS = 30;
const PLAY_INTERVAL_MS = 700;

/**
 * A date slider from the guideline's publication to today, with play/pause, a date field, and steps to
 * the previous and next day on which a decision or a report changed something. A native range input,
 * so arrows move a day and Home and End go to the ends; Page Up/Down move a month (Shift: a year).
 * The value is read out as a date.
 */
export function DateSlider({
  first,
  last,
  value,
  changes,
  onChange,
}: {
  first: string;
  last: string;
  value: string;
  /** ISO days inside [first, last] on which something changed (lib/domain/change-dates). */
  changes: readonly string[];
  onChange: (date: string, mode: 'push' | 'replace') => void;
}) {
  const t = useTranslations('dashboard');
  const id = useId();
  const fieldId = `${id}-field`;
  const hintId = `${id}-hint`;
  const rangeId = `${id}-range`;
  const [playing, setPlaying] = useState(false);
  // What is typed in the date field while it is not (yet) a day with data; it belongs to the day shown.
  const [draft, setDraft] = useState<{ for: string; text: string } | null>(null);
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

  // Page Up/Down: a month forward/back (Shift: a year), as the slider pattern's larger step.
  const onSliderKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    const months = (event.shiftKey ? 12 : 1) * (event.key === 'PageUp' ? 1 : -1);
    const next = clampDate(addMonths(value, months), first, last);
    if (next !== value) onChange(next, 'replace');
  };

  const fieldText = draft?.for === value ? draft.text : value;
  const outOfRange = fieldText !== '' && isValidIsoDate(fieldText) && (fieldText < first || fieldText > last);
  const onFieldChange = (text: string) => {
    if (isValidIsoDate(text) && text >= first && text <= last) {
      setDraft(null);
      if (text !== value) onChange(text, 'replace');
    } else {
      setDraft({ for: value, text });
    }
  };

  const previous = previousChange(changes, value);
  const next = nextChange(changes, value);
  const go = (day: string) => onChange(day, 'push');

  return (
    <div className="date-slider">
      <label htmlFor={rangeId}>{t('dateLabel')}</label>
      <input
        id={rangeId}
        type="range"
        min={0}
        max={total}
        step={1}
        value={daysBetween(first, value)}
        aria-valuetext={value}
        aria-describedby={hintId}
        onKeyDown={onSliderKeyDown}
        onChange={(event) => onChange(addDays(first, Number(event.target.value)), 'replace')}
      />
      <output htmlFor={rangeId} aria-live="off">
        {t('dateValue', { date: value })}
      </output>
      <button type="button" onClick={togglePlaying} aria-pressed={playing}>
        {playing ? t('pause') : t('play')}
      </button>
      <p id={hintId} className="field-hint date-slider-line">
        {t('dateKeysHint')}
      </p>
      <span className="date-field">
        <label htmlFor={fieldId}>{t('dateFieldLabel')}</label>
        <input
          id={fieldId}
          type="date"
          min={first}
          max={last}
          value={fieldText}
          aria-invalid={outOfRange || undefined}
          aria-describedby={outOfRange ? `${fieldId}-range` : undefined}
          onChange={(event) => onFieldChange(event.target.value)}
          onBlur={() => setDraft(null)}
        />
      </span>
      <ChangeButton label={t('previousChange')} target={previous} describe={(date) => t('changeTarget', { date })} onGo={go} />
      <ChangeButton label={t('nextChange')} target={next} describe={(date) => t('changeTarget', { date })} onGo={go} />
      {outOfRange && (
        <p id={`${fieldId}-range`} className="field-hint date-slider-line">
          {t('dateFieldRange', { first, last })}
        </p>
      )}
    </div>
  );
}

/**
 * A step to a change day, its date in its name. At an end it is unavailable (aria-disabled), not
 * removed from the focus order, so a keyboard user stepping to the last change keeps their place.
 */
function ChangeButton({
  label,
  target,
  describe,
  onGo,
}: {
  label: string;
  target: string | null;
  describe: (date: string) => string;
  onGo: (day: string) => void;
}) {
  return (
    <button
      type="button"
      aria-disabled={target === null}
      onClick={() => {
        if (target !== null) onGo(target);
      }}
    >
      {label}
      {target !== null && <span className="visually-hidden"> {describe(target)}</span>}
    </button>
  );
}
