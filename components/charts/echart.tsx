'use client';

import type { EChartsOption } from 'echarts';
import { useEffect, useImperativeHandle, useRef, useState, type CSSProperties, type Ref } from 'react';
import { chartKind } from '@/lib/charts/chart-kind';
import { withFontFamily } from '@/lib/charts/font';
import { loadECharts, type EChartsInit } from './load-echarts';

type ChartInstance = ReturnType<EChartsInit>;

export interface EChartHandle {
  /**
   * The chart as shown now, as a standalone SVG for downloads, or null when it has no size. Rendered
   * anew off-screen, as the server does, so it works before the chart itself has loaded (ECharts and
   * its SVG renderer are loaded for it first).
   */
  toSvg(): Promise<{ svg: string; width: number; height: number } | null>;
}

export interface EChartProps {
  option: EChartsOption;
  /** The accessible name of the chart (role="img"). Give the data as a table or text nearby too. */
  ariaLabel: string;
  /**
   * Address of a server-rendered picture of the same chart (an SVG from renderOptionToSvg), shown until
   * the reader reaches for the chart (pointer over it, a touch): only then does ECharts load. A
   * separate, cacheable file keeps it out of the page's HTML. Without it, ECharts loads when the chart
   * comes near the viewport.
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

/** How far outside the viewport a chart starts loading, so that it is drawn by the time it is seen. */
const LOAD_MARGIN = '200px';

/**
 * An Apache ECharts chart. ECharts loads only when needed (load-echarts: the parts of this kind of
 * chart, never at first load): with a placeholder once the reader reaches for the chart, otherwise
 * once it nears the viewport. Until then the server-rendered SVG shows; then it draws with ECharts,
 * follows the container's size and disposes itself on unmount. The whole chart is one image
 * (role="img") with the given name.
 */
export function EChart({ option, ariaLabel, placeholderSrc, onRegionClick, renderer = 'canvas', height = 480, className, ref }: EChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ChartInstance | null>(null);
  const optionRef = useRef(option);
  const onRegionClickRef = useRef(onRegionClick);
  const [wanted, setWanted] = useState(false);
  const [ready, setReady] = useState(false);
  const kind = chartKind(option);
  const want = () => setWanted(true);

  useEffect(() => {
    optionRef.current = option;
    onRegionClickRef.current = onRegionClick;
  });

  // Without a picture to show meanwhile, load as the chart comes into view.
  useEffect(() => {
    const box = boxRef.current;
    if (wanted || placeholderSrc || !box) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setWanted(true);
    }, { rootMargin: LOAD_MARGIN });
    observer.observe(box);
    return () => observer.disconnect();
  }, [wanted, placeholderSrc]);

  // Load ECharts and create the instance (again when the renderer changes).
  useEffect(() => {
    const host = hostRef.current;
    if (!wanted || !host) return;
    let cancelled = false;
    let observer: ResizeObserver | null = null;
    void loadECharts(kind, { svg: renderer === 'svg' }).then((init) => {
      if (cancelled) return;
      const chart = init(host, null, { renderer });
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
  }, [wanted, kind, renderer]);

  // A new option replaces the old one entirely (series and components may differ between measures).
  useEffect(() => {
    if (ready) chartRef.current?.setOption(prepare(option, hostRef.current), { notMerge: true });
  }, [option, ready]);

  useImperativeHandle(
    ref,
    () => ({
      async toSvg() {
        const host = hostRef.current;
        if (!host) return null;
        const init = await loadECharts(chartKind(optionRef.current), { svg: true });
        const width = host.clientWidth;
        const chartHeight = host.clientHeight;
        if (width === 0 || chartHeight === 0) return null;
        const offscreen = init(null, null, { renderer: 'svg', ssr: true, width, height: chartHeight });
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
    // Reaching for the chart loads it (a pointer over it, a touch): before that the picture suffices.
    // A move counts as well as an entry, for a pointer that was already resting there during hydration.
    <div
      ref={boxRef}
      role="img"
      aria-label={ariaLabel}
      className={className}
      style={{ position: 'relative', width: '100%', height }}
      onPointerEnter={want}
      onPointerMove={wanted ? undefined : want}
      onPointerDown={want}
    >
      <div ref={hostRef} style={{ position: 'absolute', inset: 0 }} />
      {placeholderSrc && !ready ? (
        // eslint-disable-next-line @next/next/no-img-element -- a server-drawn SVG chart, not a photo to optimise
        <img src={placeholderSrc} alt="" style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', objectFit: 'contain', pointerEvents: 'none' }} />
      ) : null}
    </div>
  );
}
