package com.riskdesk.web;

import org.springframework.web.util.HtmlUtils;

/** Escaping for server-written HTML: every piece of text goes through {@link #text}. */
public final class Html {

    private Html() {
    }

    /** Escaped for element content and for quoted attribute values alike. */
    public static String text(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, "UTF-8");
    }
}
