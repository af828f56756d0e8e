/**
 * <risk-chart>: an Apache ECharts line chart drawn from a small JSON spec set by the server
 * (see RiskChart.java). Follows the light/dark colour scheme, redraws on resize, and writes month names and dates
 * in the language of its lang attribute (set by the server from the reader's locale).
 */
import type { EChartsType } from 'echarts/core';

interface ChartPoint {
  date: string;
  value: number;
  label: string;
}

interface ChartSeries {
  name: string;
  points: ChartPoint[];
}

interface ChartMarker {
  date: string;
  label: string;
}

interface ChartSpec {
  series: ChartSeries[];
  markers: ChartMarker[];
  /** When set, the y axis is this escalation ladder (index 0 is step 1) and lines are drawn as steps. */
  ladder: string[] | null;
  start: string;
  end: string;
}

type Engine = typeof import('./risk-chart-engine');
let engine: Promise<Engine> | undefined;
const loadEngine = () => (engine ??= import('./risk-chart-engine'));

const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');

/** The ECharts locale (registered in risk-chart-engine.ts) for a language tag; ECharts' own English otherwise. */
function echartsLocale(language: string) {
  return language.toLowerCase().startsWith('es') ? 'ES' : 'EN';
}

class RiskChart extends HTMLElement {
  private chart?: EChartsType;
  private specJson = '';
  private resizeObserver?: ResizeObserver;
  private readonly onSchemeChange = () => this.render();

  static get observedAttributes() {
    return ['lang'];
  }

  attributeChangedCallback() {
    void this.render();
  }

  set spec(value: string) {
    this.specJson = value;
    void this.render();
  }

  get spec(): string {
    return this.specJson;
  }

  connectedCallback() {
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    darkScheme.addEventListener('change', this.onSchemeChange);
    void this.render();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    darkScheme.removeEventListener('change', this.onSchemeChange);
    this.chart?.dispose();
    this.chart = undefined;
  }

  private async render() {
    if (!this.isConnected || !this.specJson) {
      return;
    }
    const { init } = await loadEngine();
    if (!this.isConnected) {
      return;
    }
    // Redraw from scratch when the colour scheme or language changes: ECharts bakes both into the chart.
    this.chart?.dispose();
    const language = this.lang || document.documentElement.lang || 'en';
    this.chart = init(this, undefined, { renderer: 'svg', locale: echartsLocale(language) });
    this.chart.setOption(buildOption(JSON.parse(this.specJson) as ChartSpec, this.palette(), language));
    this.dataset.rendered = 'true';
    this.dispatchEvent(new CustomEvent('chart-rendered'));
  }

  private palette() {
    const style = getComputedStyle(this);
    const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    return {
      text: read('--lumo-body-text-color', '#222'),
      grid: read('--lumo-contrast-10pct', '#ddd'),
      marker: read('--lumo-contrast-50pct', '#888'),
      series: [read('--chart-color-1', '#1676f3'), read('--chart-color-2', '#d7263d'), read('--chart-color-3', '#2a9d8f')],
      tooltipBackground: read('--lumo-base-color', '#fff'),
      tooltipText: read('--lumo-body-text-color', '#222'),
    };
  }
}

function buildOption(spec: ChartSpec, palette: ReturnType<RiskChart['palette']>, language: string) {
  const ladder = spec.ladder;
  // The tooltip's date in the reader's language ("30 de noviembre de 2025"); the spec's dates are ISO days.
  const day = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const narrow = window.innerWidth < 600;
  // Step names wrap within the space left of the chart rather than being cut ("Offer to Madu…" on a phone).
  const ladderWidth = narrow ? 118 : 170;
  // ECharts gives axis labels its own grey, which is dim on a dark page: they take the scheme's text colour.
  const axisText = { color: palette.text, fontSize: narrow ? 11 : 12 };
  return {
    animation: false,
    color: palette.series,
    textStyle: { color: palette.text },
    grid: { left: ladder ? ladderWidth : 44, right: narrow ? 12 : 24, top: 40, bottom: 36 },
    legend: ladder ? undefined : { top: 0, textStyle: { color: palette.text } },
    tooltip: {
      trigger: 'axis',
      backgroundColor: palette.tooltipBackground,
      borderColor: palette.grid,
      textStyle: { color: palette.tooltipText },
      valueFormatter: undefined,
      formatter: (items: Array<{ data: [string, number, string]; seriesName: string; marker: string }>) =>
        items
          .map((item) => `${item.marker}${escapeHtml(item.seriesName)}: <b>${escapeHtml(item.data[2])}</b>`)
          .join('<br>') + (items.length ? `<br>${escapeHtml(day.format(new Date(`${items[0].data[0]}T00:00:00Z`)))}` : ''),
    },
    xAxis: {
      type: 'time',
      min: spec.start,
      max: spec.end,
      axisLine: { lineStyle: { color: palette.marker } },
      splitLine: { show: false },
      axisLabel: { ...axisText, hideOverlap: true },
    },
    yAxis: ladder
      ? {
          type: 'value',
          min: 0,
          max: ladder.length,
          interval: 1,
          splitLine: { lineStyle: { color: palette.grid } },
          axisLabel: {
            ...axisText,
            width: ladderWidth - 10,
            overflow: 'break',
            lineHeight: narrow ? 13 : 15,
            formatter: (value: number) => (value === 0 ? '' : truncate(ladder[value - 1] ?? '', narrow ? 40 : 60)),
          },
        }
      : { type: 'value', minInterval: 1, axisLabel: axisText, splitLine: { lineStyle: { color: palette.grid } } },
    series: spec.series.map((series, index) => ({
      name: series.name,
      type: 'line',
      step: ladder ? 'end' : undefined,
      showSymbol: true,
      symbolSize: 8,
      data: series.points.map((point) => [point.date, point.value, point.label]),
      markLine:
        index === 0 && spec.markers.length
          ? {
              symbol: 'none',
              silent: false,
              lineStyle: { type: 'dashed', color: palette.marker },
              // Labels only on hover: markers a day apart would print on top of each other.
              label: { show: false },
              emphasis: { label: { show: true, formatter: '{b}', color: palette.text, position: 'insideEndTop' } },
              data: spec.markers.map((marker) => ({ name: marker.label, xAxis: marker.date })),
            }
          : undefined,
    })),
  };
}

function truncate(text: string, max: number) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

customElements.define('risk-chart', RiskChart);
