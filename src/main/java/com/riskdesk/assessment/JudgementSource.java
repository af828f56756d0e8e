package com.riskdesk.assessment;

/**
 * A source a judgement rests on: its name (outlet, report) and its web address, which is null for a source without
 * one (a briefing, a broadcast), as for an entry's source.
 */
public record JudgementSource(String name, String url) {

    public static final int NAME_MAX = 200;
    public static final int URL_MAX = 2000;

    public JudgementSource {
        name = name == null ? null : name.strip();
        url = url == null || url.isBlank() ? null : url.strip();
    }

    /** "Briefing", or "Reuters <https://…>" with an address. */
    public String describe() {
        return url == null ? name : name + " <" + url + ">";
    }
}
