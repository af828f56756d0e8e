package com.riskdesk.assessment;

/** A source a judgement rests on: its name (outlet, report) and its web address. */
public record JudgementSource(String name, String url) {

    public static final int NAME_MAX = 200;
    public static final int URL_MAX = 2000;
}
