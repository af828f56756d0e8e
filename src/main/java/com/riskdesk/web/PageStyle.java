package com.riskdesk.web;

/**
 * The look shared by the server-written pages: a palette that follows the reader's light or dark scheme, system
 * fonts, and the tiles. Each page adds its own rules after {@link #BASE}.
 */
public final class PageStyle {

    public static final String BASE = """
            :root { color-scheme: light dark; --text: #1a2233; --quiet: #5b6577; --line: #dde1e8; --card: #fff;
                    --page: #f4f5f7; --link: #1a5fd0; --note: #fff6dc; --note-line: #e8c766;
                    --series-1: #1676f3; --series-2: #d7263d; --series-3: #2a9d8f; --series-4: #9b5de5;
                    --series-5: #e08e0b; --series-6: #5b6577; }
            @media (prefers-color-scheme: dark) {
              :root { --text: #e8ebf1; --quiet: #a5adbb; --line: #364154; --card: #1e2633; --page: #151b24;
                      --link: #7fb0ff; --note: #3a3220; --note-line: #8a7434;
                      --series-1: #5aa2ff; --series-2: #ff6b7d; --series-3: #4cc9b8; --series-4: #c39bff;
                      --series-5: #ffb347; --series-6: #a5adbb; }
            }
            * { box-sizing: border-box; }
            body { margin: 0; padding: 12px; background: var(--page); color: var(--text);
                   font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
            h1 { font-size: 18px; margin: 0 0 8px; }
            a { color: var(--link); }
            .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 9.5rem), 1fr)); gap: 8px; }
            .tile { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px;
                    min-width: 0; overflow-wrap: anywhere; }
            .tile h2 { margin: 0; font-size: 12px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase;
                       color: var(--quiet); }
            .tile p { margin: 2px 0; }
            .tile-value { margin: 4px 0 !important; }
            .tile-number { font-size: 28px; font-weight: 700; }
            .tile-qualifier, .tile-unit { color: var(--quiet); font-weight: 600; }
            .tile-missing { color: var(--quiet); font-size: 17px; }
            .tile-step-name { font-weight: 600; }
            .tile-change, .tile-updated, .tile-context { font-size: 13px; color: var(--quiet); }
            details { margin-top: 6px; font-size: 13px; }
            summary { cursor: pointer; color: var(--link); }
            details ul { margin: 6px 0 0; padding-left: 18px; }
            details li { margin-bottom: 6px; }
            .source-figure { font-weight: 600; }
            """;

    private PageStyle() {
    }
}
