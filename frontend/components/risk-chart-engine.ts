// The parts of Apache ECharts the dashboard uses, registered once. Imported lazily by risk-chart.ts so that
// pages without a chart never download it. Only init is exported: a namespace re-export of 'echarts/core' would
// keep every helper it exports (canvas drawing, maps, formatters) in the bundle.
import { init, registerLocale, use } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import langES from 'echarts/lib/i18n/langES';

use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);
// ECharts knows English (EN) and Chinese itself; the app's other language is Spanish.
registerLocale('ES', langES);

export { init };
