'use client';

import { useTranslations } from 'next-intl';
import { useState, type RefObject } from 'react';
import { svgToPng, type EChartHandle } from '@/components/charts/echart';
import { frameChartSvg, type ExportFrame } from '@/lib/charts/export-frame';

/** Links to the view's data as CSV and XLSX, made by the server from the published record. */
export function DataDownloads({ query }: { query: Record<string, string> }) {
  const t = useTranslations('downloads');
  const href = (format: 'csv' | 'xlsx') => `/api/download?${new URLSearchParams({ ...query, format }).toString()}`;
  return (
    <p className="downloads">
      {t('data')}{' '}
      <a href={href('csv')} download>
        {t('csv')}
      </a>{' '}
      ·{' '}
      <a href={href('xlsx')} download>
        {t('xlsx')}
      </a>
    </p>
  );
}

function save(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * PNG and SVG of a chart as it is drawn now, with its title, date and source drawn into the picture
 * (lib/charts/export-frame), so that a copied image still says what it shows and where it comes from.
 */
export function ImageDownloads({
  chart,
  title,
  date,
  today,
  containsExampleData,
  fileName,
}: {
  chart: RefObject<EChartHandle | null>;
  title: string;
  /** The date the figures are as of (the slider's date; for a time series, its last date). */
  date: string;
  today: string;
  containsExampleData: boolean;
  fileName: string;
}) {
  const t = useTranslations('downloads');
  const [notReady, setNotReady] = useState(false);

  async function download(type: 'png' | 'svg') {
    const drawn = (await chart.current?.toSvg()) ?? null;
    setNotReady(drawn === null);
    if (!drawn) return;
    const frame: ExportFrame = {
      title,
      subtitle: [t('imageDate', { date, today })],
      footer: [t('imageSource'), window.location.href, ...(containsExampleData ? [t('imageExample')] : [])],
    };
    const framed = frameChartSvg(drawn.svg, drawn.width, drawn.height, frame);
    if (type === 'svg') {
      const url = URL.createObjectURL(new Blob([framed.svg], { type: 'image/svg+xml;charset=utf-8' }));
      save(url, `${fileName}.svg`);
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return;
    }
    const png = await svgToPng(framed.svg, framed.width, framed.height);
    if (png) save(png, `${fileName}.png`);
  }

  return (
    <p className="downloads">
      {t('image')}{' '}
      <button type="button" className="link-button" onClick={() => void download('png')}>
        {t('png')}
      </button>{' '}
      ·{' '}
      <button type="button" className="link-button" onClick={() => void download('svg')}>
        {t('svg')}
      </button>
      <span role="status" className="downloads-status">
        {notReady ? ` ${t('imageNotReady')}` : ''}
      </span>
    </p>
  );
}
