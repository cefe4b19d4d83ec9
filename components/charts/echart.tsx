'use client';

import type { EChartsOption } from 'echarts';
import { useEffect, useImperativeHandle, useRef, useState, type CSSProperties, type Ref } from 'react';
import { withFontFamily } from '@/lib/charts/font';
import type * as EChartsClient from './echarts-client';

type EChartsModule = typeof EChartsClient;
type ChartInstance = ReturnType<EChartsModule['init']>;

export interface EChartHandle {
  /**
   * The chart as drawn now, as a standalone SVG for downloads, or null before ECharts has loaded.
   * Works with either renderer (the option is rendered anew off-screen, as the server does).
   */
  toSvg(): { svg: string; width: number; height: number } | null;
}

export interface EChartProps {
  option: EChartsOption;
  /** The accessible name of the chart (role="img"). Give the data as a table or text nearby too. */
  ariaLabel: string;
  /**
   * Address of a server-rendered picture of the same chart (an SVG from renderOptionToSvg), shown until
   * ECharts has loaded in the browser. A separate, cacheable file keeps it out of the page's HTML.
   */
  placeholderSrc?: string;
  /** Called with the region's SCB code when a region of the map is clicked. */
  onRegionClick?: (code: string) => void;
  renderer?: 'canvas' | 'svg';
  /** CSS height of the chart (the width follows the container). */
  height?: CSSProperties['height'];
  className?: string;
  ref?: Ref<EChartHandle>;
}

const BACKGROUND = '#ffffff';

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/** The option as drawn here: in the page's own font, without animation when the user asked for less motion. */
function prepare(option: EChartsOption, host: HTMLElement | null): EChartsOption {
  // Double quotes ("Segoe UI") would end the style attribute of ECharts' SVG output: use single ones.
  const font = host ? getComputedStyle(host).fontFamily.replaceAll('"', "'") : '';
  const themed = font ? withFontFamily(option, font) : option;
  return prefersReducedMotion() ? { ...themed, animation: false } : themed;
}

/** Rasterises an SVG at `pixelRatio` times its size on white, as a PNG data URL. */
export async function svgToPng(svg: string, width: number, height: number, pixelRatio = 2): Promise<string | null> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.fillStyle = BACKGROUND;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * An Apache ECharts chart. Until ECharts has loaded (dynamically, after hydration) it shows the
 * server-rendered SVG; then it draws with ECharts, follows the container's size and disposes itself
 * on unmount. The whole chart is one image (role="img") with the given name.
 */
export function EChart({ option, ariaLabel, placeholderSrc, onRegionClick, renderer = 'canvas', height = 480, className, ref }: EChartProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ChartInstance | null>(null);
  const moduleRef = useRef<EChartsModule | null>(null);
  const optionRef = useRef(option);
  const onRegionClickRef = useRef(onRegionClick);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    optionRef.current = option;
    onRegionClickRef.current = onRegionClick;
  });

  // Load ECharts and create the instance (again when the renderer changes).
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let cancelled = false;
    let observer: ResizeObserver | null = null;
    void import('./echarts-client').then((echarts) => {
      if (cancelled) return;
      moduleRef.current = echarts;
      const chart = echarts.init(host, null, { renderer });
      chartRef.current = chart;
      chart.setOption(prepare(optionRef.current, host), { notMerge: true });
      chart.on('click', (params) => {
        if (params.componentType === 'series' && params.seriesType === 'map' && typeof params.name === 'string') {
          onRegionClickRef.current?.(params.name);
        }
      });
      observer = new ResizeObserver(() => chart.resize());
      observer.observe(host);
      setReady(true);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      chartRef.current?.dispose();
      chartRef.current = null;
      setReady(false);
    };
  }, [renderer]);

  // A new option replaces the old one entirely (series and components may differ between measures).
  useEffect(() => {
    if (ready) chartRef.current?.setOption(prepare(option, hostRef.current), { notMerge: true });
  }, [option, ready]);

  useImperativeHandle(
    ref,
    () => ({
      toSvg() {
        const chart = chartRef.current;
        const echarts = moduleRef.current;
        if (!chart || !echarts) return null;
        const width = chart.getWidth();
        const chartHeight = chart.getHeight();
        const offscreen = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height: chartHeight });
        try {
          offscreen.setOption({ ...prepare(optionRef.current, hostRef.current), animation: false });
          return { svg: offscreen.renderToSVGString(), width, height: chartHeight };
        } finally {
          offscreen.dispose();
        }
      },
    }),
    [],
  );

  return (
    <div role="img" aria-label={ariaLabel} className={className} style={{ position: 'relative', width: '100%', height }}>
      <div ref={hostRef} style={{ position: 'absolute', inset: 0 }} />
      {placeholderSrc && !ready ? (
        // eslint-disable-next-line @next/next/no-img-element -- a server-drawn SVG chart, not a photo to optimise
        <img src={placeholderSrc} alt="" style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', objectFit: 'contain', pointerEvents: 'none' }} />
      ) : null}
    </div>
  );
}
