package com.riskdesk.api;

import com.riskdesk.assessment.JudgementService;
import com.riskdesk.assessment.JudgementSource;
import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.Translations;
import com.riskdesk.base.web.PublicAddress;
import com.riskdesk.dashboard.DashboardWords;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/** A monitor's trend judgements, latest period first, as JSON or CSV, as they stood at {@code asOf}. */
@RestController
@RequestMapping("/api/monitors/{slug}")
class JudgementExportController {

    /** The columns, named in the file's language by {@code csv.judgement.*} (English as these names). */
    static final List<String> CSV_COLUMNS = List.of("id", "period_from", "period_to", "period_text", "trend",
            "risk_alert", "risk_alert_text", "narrative", "sources", "recorded_at", "changed_at", "revision",
            "correction_reason");

    private final MonitorReads reads;
    private final JudgementService judgements;
    private final PublicAddress address;
    private final Translations translations;

    JudgementExportController(MonitorReads reads, JudgementService judgements, PublicAddress address,
                              Translations translations) {
        this.reads = reads;
        this.judgements = judgements;
        this.address = address;
        this.translations = translations;
    }

    /** The monitor, the moment read, and its judgements. */
    record Judgements(String slug, String name, String dashboardUrl, Instant asOf, boolean snapshot,
                      List<JudgementJson> judgements, int count) {
    }

    @GetMapping("/judgements")
    ResponseEntity<Judgements> json(@PathVariable String slug,
                                    @RequestParam(name = MonitorReads.AS_OF, required = false) String asOf,
                                    @RequestParam(name = Languages.PARAMETER, required = false) String lang,
                                    ServletWebRequest request) {
        MonitorRead read = reads.read(slug, asOf);
        DashboardWords words = JsonParts.words(lang);
        if (notModified(request, read, JsonParts.format("judgements.json", words))) {
            return null;
        }
        List<JudgementJson> all = judgements.published(read.monitor().id(), read.asOf()).stream()
                .map(judgement -> JudgementJson.of(judgement, words)).toList();
        return ResponseEntity.ok(new Judgements(read.slug(), read.monitor().name(),
                ApiLinks.of(address, read.asOf()).dashboard(read.slug()), read.readAt(), read.snapshot(), all,
                all.size()));
    }

    @GetMapping("/judgements.csv")
    void csv(@PathVariable String slug, @RequestParam(name = MonitorReads.AS_OF, required = false) String asOf,
             @RequestParam(name = Languages.PARAMETER, required = false) String lang,
             ServletWebRequest request, HttpServletResponse response) throws IOException {
        MonitorRead read = reads.read(slug, asOf);
        ExportWords words = ExportWords.of(translations, lang);
        if (notModified(request, read, words.english() ? "judgements.csv" : "judgements.csv." + words.language())) {
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(read.slug() + "-judgements.csv").build().toString());
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        CsvWriter csv = new CsvWriter(writer);
        csv.row(CSV_COLUMNS.stream().map(column -> words.text("csv.judgement." + column)).toList());
        for (PublishedJudgement judgement : judgements.published(read.monitor().id(), read.asOf())) {
            csv.row(row(judgement, words));
        }
        writer.flush();
    }

    /** Codes, dates and numbers as machines read them; the period's text in the file's language. */
    private static List<String> row(PublishedJudgement judgement, ExportWords words) {
        return List.of(Long.toString(judgement.id()), judgement.period().from().toString(),
                judgement.period().to().toString(), words.period(judgement.period()), judgement.trend().code(),
                Boolean.toString(judgement.alert()), Objects.toString(judgement.alertText(), ""),
                judgement.narrative(), String.join("; ", judgement.sources().stream().map(JudgementSource::describe).toList()),
                judgement.recordedAt().toString(), judgement.changedAt().toString(),
                Integer.toString(judgement.revision()), Objects.toString(judgement.correctionReason(), ""));
    }

    private boolean notModified(ServletWebRequest request, MonitorRead read, String format) {
        Instant changed = judgements.lastChange(read.monitor().id(), read.asOf()).orElse(Instant.EPOCH);
        return HttpCaching.notModified(request, read.snapshot(),
                HttpCaching.etag(format, changed.toEpochMilli(), read.asOf()), changed);
    }
}
