package com.riskdesk.assessment;

import com.riskdesk.base.web.WebAddress;
import com.riskdesk.monitor.MonitorDetails;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a trend judgement must meet before it is stored, as problems keyed by field ({@link #PERIOD},
 * {@link #TREND}, ...). The service enforces them; the form shows each at its field.
 */
public final class JudgementRules {

    public static final String PERIOD = "period";
    public static final String TREND = "trend";
    public static final String ALERT = "alertText";
    public static final String NARRATIVE = "narrative";
    public static final String SOURCES = "sources";
    public static final String REASON = "reason";

    private JudgementRules() {
    }

    public static Map<String, String> problems(NewJudgement judgement, MonitorDetails monitor, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        checkPeriod(problems, judgement.period(), monitor, today);
        if (judgement.trend() == null) {
            problems.put(TREND, "Choose deteriorated, improved or unchanged");
        }
        if (judgement.alert() && judgement.alertText() == null) {
            problems.put(ALERT, "Say in a few words what the alert is about");
        } else if (judgement.alertText() != null && judgement.alertText().length() > NewJudgement.ALERT_MAX) {
            problems.put(ALERT, "At most " + NewJudgement.ALERT_MAX + " characters");
        }
        if (judgement.narrative() == null) {
            problems.put(NARRATIVE, "Write a short narrative: what moved the trend");
        } else if (judgement.narrative().length() > NewJudgement.NARRATIVE_MAX) {
            problems.put(NARRATIVE, "At most " + NewJudgement.NARRATIVE_MAX + " characters");
        }
        checkSources(problems, judgement.sources());
        return problems;
    }

    private static void checkPeriod(Map<String, String> problems, JudgementPeriod period, MonitorDetails monitor,
                                    LocalDate today) {
        if (period == null || period.from() == null || period.to() == null) {
            problems.put(PERIOD, "Choose a month, or both days of a custom period");
        } else if (period.to().isBefore(period.from())) {
            problems.put(PERIOD, "The period ends before it begins");
        } else if (period.from().isAfter(today)) {
            problems.put(PERIOD, "The period cannot begin in the future");
        } else if (period.to().isBefore(monitor.startDate().withDayOfMonth(1))) {
            problems.put(PERIOD, "The period ends before this monitor starts (" + monitor.startDate() + ")");
        }
    }

    private static void checkSources(Map<String, String> problems, List<JudgementSource> sources) {
        if (sources.isEmpty()) {
            problems.put(SOURCES, "Give at least one source");
            return;
        }
        for (int i = 0; i < sources.size(); i++) {
            JudgementSource source = sources.get(i);
            if (source.name() == null || source.name().isBlank()) {
                problems.put(sourceName(i), "Enter the source's name");
            } else if (source.name().length() > JudgementSource.NAME_MAX) {
                problems.put(sourceName(i), "At most " + JudgementSource.NAME_MAX + " characters");
            }
            if (source.url() != null && !WebAddress.isFollowable(source.url(), JudgementSource.URL_MAX)) {
                problems.put(sourceUrl(i), "Use a full http:// or https:// address");
            }
        }
    }

    /** The key of the name of source {@code index} (from 0), e.g. "sources[1].name". */
    public static String sourceName(int index) {
        return SOURCES + "[" + index + "].name";
    }

    /** The key of the address of source {@code index} (from 0), e.g. "sources[1].url". */
    public static String sourceUrl(int index) {
        return SOURCES + "[" + index + "].url";
    }
}
