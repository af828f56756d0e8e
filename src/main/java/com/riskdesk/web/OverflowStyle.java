package com.riskdesk.web;

/** The overflow page's own rules, after {@link PageStyle#BASE}: a readable column that fits a 390 px phone. */
final class OverflowStyle {

    static final String RULES = """
            body { padding: 0; }
            main { max-width: 1120px; margin: 0 auto; padding: 16px 16px 40px; }
            h1 { font-size: 26px; line-height: 1.2; margin: 0 0 6px; }
            h2 { font-size: 19px; margin: 0 0 10px; }
            h3 { font-size: 15px; margin: 0 0 6px; }
            .quiet { color: var(--quiet); font-size: 14px; }
            .paused-note { background: var(--note); border-bottom: 1px solid var(--note-line); padding: 10px 16px; }
            .paused-note p { max-width: 1088px; margin: 0 auto; }
            .paused-note p + p { margin-top: 4px; }
            .paused-note a { font-weight: 600; }
            .page-header { margin: 4px 0 12px; }
            .site { margin: 0 0 4px; font-size: 13px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase;
                    color: var(--quiet); }
            .summary { margin: 0; max-width: 72ch; }
            .snapshot-note { background: var(--card); border: 1px solid var(--note-line); border-radius: 10px;
                             padding: 10px 12px; margin: 0 0 12px; }
            .compare { margin: 0 0 8px; }
            section { margin-top: 28px; }
            .tiles { margin-top: 0; }
            .selected-entry { margin: 0 0 16px; }
            .judgements-about { color: var(--quiet); font-size: 14px; }
            .judgement-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
            .judgement { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px; }
            .judgement-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 10px; }
            .judgement-period { margin: 0; }
            .judgement-narrative { margin: 6px 0; }
            .judgement-sources { margin: 2px 0 0; padding-left: 20px; }
            .judgement-corrected { color: var(--quiet); font-size: 14px; margin: 6px 0 0; }
            .trend { font-weight: 600; display: inline-flex; gap: .3em; }
            .trend-deteriorated, .risk-alert { color: #b42318; }
            .trend-improved { color: #067647; }
            .trend-unchanged { color: var(--quiet); }
            .risk-alert { display: inline-block; font-weight: 600; border-left: 3px solid currentColor; padding-left: 8px; }
            @media (prefers-color-scheme: dark) {
              .trend-deteriorated, .risk-alert { color: #ff8a80; }
              .trend-improved { color: #6ee7b7; }
            }
            .view-form { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: flex-end; margin: 0 0 12px;
                         font-size: 14px; }
            .view-form label { display: flex; flex-direction: column; gap: 2px; color: var(--quiet); }
            .view-form select, .view-form input, .view-form button { font: inherit; color: var(--text);
                         background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 5px 8px;
                         min-height: 34px; }
            .view-form button { color: var(--link); font-weight: 600; cursor: pointer; }
            .chart-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr)); gap: 12px; }
            .chart-grid.single { grid-template-columns: 1fr; }
            .chart-panel { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 12px;
                           min-width: 0; }
            .chart-panel h3 { margin-bottom: 8px; }
            .chart-grid.single .chart { max-width: 720px; }
            .chart { display: block; width: 100%; height: auto; font-size: 11px; }
            .chart text { fill: var(--quiet); }
            .chart .grid { stroke: var(--line); stroke-width: 1; }
            .chart .baseline { stroke: var(--quiet); stroke-width: 1; }
            .chart .marker line { stroke: var(--quiet); stroke-width: 1; stroke-dasharray: 4 3; }
            .chart .series { fill: none; stroke-width: 2.5; stroke-linejoin: round; }
            .chart .point { stroke: none; }
            .series-1 { stroke: var(--series-1); fill: var(--series-1); background: var(--series-1); }
            .series-2 { stroke: var(--series-2); fill: var(--series-2); background: var(--series-2); }
            .series-3 { stroke: var(--series-3); fill: var(--series-3); background: var(--series-3); }
            .series-4 { stroke: var(--series-4); fill: var(--series-4); background: var(--series-4); }
            .series-5 { stroke: var(--series-5); fill: var(--series-5); background: var(--series-5); }
            .series-6 { stroke: var(--series-6); fill: var(--series-6); background: var(--series-6); }
            .chart path.series { fill: none; }
            .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 8px 0 0; padding: 0;
                      font-size: 14px; }
            .swatch { display: inline-block; width: 14px; height: 4px; border-radius: 2px; margin-right: 6px;
                      vertical-align: middle; }
            .ladder-steps { margin: 8px 0 0; padding-left: 22px; font-size: 14px; color: var(--quiet); }
            .chart-empty { color: var(--quiet); }
            .table-scroll { overflow-x: auto; }
            .data-table { border-collapse: collapse; width: 100%; margin-top: 6px; font-size: 13px; }
            .data-table caption { text-align: left; color: var(--quiet); padding-bottom: 4px; }
            .data-table th, .data-table td { text-align: left; padding: 4px 8px 4px 0; border-bottom: 1px solid var(--line);
                                             vertical-align: top; }
            .entry-list { list-style: none; margin: 0; padding: 0; }
            .entry { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px;
                     margin-bottom: 8px; overflow-wrap: anywhere; }
            .entry-selected { border: 2px solid var(--link); }
            .entry-meta { margin: 0 0 4px; font-size: 13px; color: var(--quiet); display: flex; flex-wrap: wrap;
                          gap: 4px 8px; align-items: center; }
            .entry-headline { margin: 0 0 4px; font-size: 16px; }
            .entry p { margin: 4px 0; }
            .entry-figures { font-weight: 600; }
            .citation { font-size: 13px; color: var(--quiet); }
            .badge { display: inline-block; padding: 0 8px; border-radius: 999px; border: 1px solid var(--line);
                     font-size: 12px; line-height: 20px; color: var(--text); }
            .badge-step { border-color: var(--link); color: var(--link); }
            .badge-error { border-color: var(--series-2); color: var(--series-2); }
            .correction-changes { margin: 4px 0 0; padding-left: 18px; font-size: 14px; }
            .more a { display: inline-block; padding: 8px 14px; border: 1px solid var(--line); border-radius: 8px;
                      background: var(--card); text-decoration: none; font-weight: 600; }
            @media (max-width: 480px) {
              main { padding: 12px 12px 32px; }
              h1 { font-size: 22px; }
              .tile-number { font-size: 24px; }
              .chart { font-size: 13px; }
            }
            """;

    private OverflowStyle() {
    }
}
