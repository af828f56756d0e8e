package com.riskdesk.dashboard.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.assessment.JudgementPeriod;
import com.riskdesk.assessment.JudgementSource;
import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.assessment.Trend;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JudgementHtmlTest {

    private static final Instant AT = Instant.parse("2025-12-01T10:00:00Z");

    @Test
    void a_judgement_reads_with_its_period_trend_alert_narrative_sources_and_correction() {
        PublishedJudgement judgement = new PublishedJudgement(7, 1, JudgementPeriod.month(YearMonth.of(2025, 11)),
                Trend.DETERIORATED, true, "Capital under siege", "Strikes doubled.",
                List.of(new JudgementSource("Wire", "https://example.org/a"), new JudgementSource("Briefing", null)),
                AT, AT, 2, "Wrong month");

        String html = JudgementHtml.timeline(List.of(judgement));

        assertThat(html).startsWith("<h2 id=\"judgements-heading\">Trend judgements</h2>")
                .contains("<li class=\"judgement\" id=\"judgement-7\">",
                        "<h3 class=\"judgement-period\">November 2025</h3>",
                        "<span class=\"trend trend-deteriorated\"><span aria-hidden=\"true\">▼</span>"
                                + "<span>Deteriorated</span></span>",
                        "<span class=\"risk-alert\">Risk alert: Capital under siege</span>",
                        "<p class=\"judgement-narrative\">Strikes doubled.</p>",
                        "<a href=\"https://example.org/a\" target=\"_blank\" rel=\"noopener noreferrer\">Wire</a>",
                        "<li>Briefing</li>", "<p class=\"judgement-corrected\">Corrected: Wrong month</p>");
    }

    @Test
    void staff_text_is_escaped_and_an_unchanged_trend_without_alert_says_neither() {
        PublishedJudgement judgement = new PublishedJudgement(8, 1, JudgementPeriod.month(YearMonth.of(2025, 12)),
                Trend.UNCHANGED, false, null, "<script>alert(1)</script>",
                List.of(new JudgementSource("A & B", null)), AT, AT, 1, null);

        String html = JudgementHtml.timeline(List.of(judgement));

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "A &amp; B", "Unchanged")
                .doesNotContain("<script>", "Risk alert", "Corrected");
    }

    @Test
    void no_judgement_says_so_and_equal_lists_share_one_written_string() {
        assertThat(JudgementHtml.timeline(List.of())).contains("<p>No trend judgement yet.</p>")
                .doesNotContain("judgement-list");
        PublishedJudgement judgement = new PublishedJudgement(9, 1, JudgementPeriod.month(YearMonth.of(2025, 10)),
                Trend.IMPROVED, false, null, "Calmer.", List.of(), AT, AT, 1, null);

        assertThat(JudgementHtml.timeline(new ArrayList<>(List.of(judgement))))
                .isSameAs(JudgementHtml.timeline(List.of(judgement)));
    }
}
