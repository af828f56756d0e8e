package com.riskdesk.assessment;

import com.riskdesk.base.i18n.Message;
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

    public static Map<String, Message> problems(NewJudgement judgement, MonitorDetails monitor, LocalDate today) {
        Map<String, Message> problems = new LinkedHashMap<>();
        checkPeriod(problems, judgement.period(), monitor, today);
        if (judgement.trend() == null) {
            problems.put(TREND, Message.of("judgement.problem.trend"));
        }
        if (judgement.alert() && judgement.alertText() == null) {
            problems.put(ALERT, Message.of("judgement.problem.alert"));
        } else if (judgement.alertText() != null && judgement.alertText().length() > NewJudgement.ALERT_MAX) {
            problems.put(ALERT, Message.of("entry.problem.too-long", NewJudgement.ALERT_MAX));
        }
        if (judgement.narrative() == null) {
            problems.put(NARRATIVE, Message.of("judgement.problem.narrative"));
        } else if (judgement.narrative().length() > NewJudgement.NARRATIVE_MAX) {
            problems.put(NARRATIVE, Message.of("entry.problem.too-long", NewJudgement.NARRATIVE_MAX));
        }
        checkSources(problems, judgement.sources());
        return problems;
    }

    private static void checkPeriod(Map<String, Message> problems, JudgementPeriod period, MonitorDetails monitor,
                                    LocalDate today) {
        if (period == null || period.from() == null || period.to() == null) {
            problems.put(PERIOD, Message.of("judgement.problem.period"));
        } else if (period.to().isBefore(period.from())) {
            problems.put(PERIOD, Message.of("judgement.problem.period-reversed"));
        } else if (period.from().isAfter(today)) {
            problems.put(PERIOD, Message.of("judgement.problem.period-future"));
        } else if (period.to().isBefore(monitor.startDate().withDayOfMonth(1))) {
            problems.put(PERIOD, Message.of("judgement.problem.period-before-start", monitor.startDate().toString()));
        }
    }

    private static void checkSources(Map<String, Message> problems, List<JudgementSource> sources) {
        if (sources.isEmpty()) {
            problems.put(SOURCES, Message.of("judgement.problem.sources"));
            return;
        }
        for (int i = 0; i < sources.size(); i++) {
            JudgementSource source = sources.get(i);
            if (source.name() == null || source.name().isBlank()) {
                problems.put(sourceName(i), Message.of("judgement.problem.source-name"));
            } else if (source.name().length() > JudgementSource.NAME_MAX) {
                problems.put(sourceName(i), Message.of("entry.problem.too-long", JudgementSource.NAME_MAX));
            }
            if (source.url() != null && !WebAddress.isFollowable(source.url(), JudgementSource.URL_MAX)) {
                problems.put(sourceUrl(i), Message.of("entry.problem.url"));
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
