// ECharts ships its locales as plain ES modules (echarts/lib/i18n) whose declarations sit elsewhere (types/src/i18n).
declare module 'echarts/lib/i18n/langES' {
  const locale: Parameters<typeof import('echarts/core').registerLocale>[1];
  export default locale;
}
