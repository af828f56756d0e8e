package com.riskdesk.entry;

import java.time.LocalDate;

/** Where an entry comes from. The URL is optional: a briefing or a broadcast may have none. */
public record Source(String outlet, String title, String url, LocalDate publishedOn) {

    public static final int OUTLET_MAX = 200;
    public static final int TITLE_MAX = 300;
    public static final int URL_MAX = 2000;
}
