package com.riskdesk.entry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestData;
import com.riskdesk.entry.EntryDetails;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.review.ReviewRequiredException;
import com.riskdesk.entry.review.ReviewService;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Source;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.entry.Revision;
import com.riskdesk.entry.RevisionAction;
import com.riskdesk.monitor.MonitorService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "importer", roles = "EDITOR")
class ImportServiceTest {

    private static final String MINIMAL_HEADER = "date,kind,headline,source_outlet,source_title,confidence,deaths,Strikes\n";

    @Autowired
    ImportService imports;
    @Autowired
    EntryService entries;
    @Autowired
    MonitorService monitors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReviewService review;

    long monitorId;

    @BeforeEach
    void createMonitor() {
        monitorId = TestData.asAdmin(() -> monitors.create(TestData.monitor("bay")).id());
    }

    @Test
    void the_dry_run_lists_rows_to_add_rows_that_match_and_every_problem_with_line_and_column() {
        NewEntry recorded = TestData.figures(monitorId, LocalDate.of(2025, 11, 2),
                Map.of("deaths", Figure.cumulative(Qualifier.AT_LEAST, 12)));
        long known = entries.record(new NewEntry(monitorId, recorded.kind(), recorded.occurredOn(),
                recorded.datePrecision(), null, recorded.headline(), new Source("Test Wire", "Test report", null, null),
                recorded.confidence(), null, recorded.figures()));
        String csv = MINIMAL_HEADER
                + "2025-11-03,STRIKE,Boat struck off the coast,Wire,Report,Confirmed,3 (this event),1 (this event)\n"
                + "2025-11-02,Strike, Strike on 2025-11-02 , Test Wire ,Test report,SINGLE_SOURCE,at least 12 (running total),\n"
                + "2030-01-01,STRIKE,From the future,Wire,Report,Confirmed,,\n"
                + "2025-11-04,STRIKE,No basis said,Wire,Report,Confirmed,7,99999999999 (this event)\n"
                + "\"2025-11-05\",STRIKE,\"Two\nlines\",,Report,Sure,,\n";

        ImportPlan plan = imports.dryRun(monitorId, "week.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(plan.toAdd()).isEqualTo(1);
        assertThat(plan.matched()).isEqualTo(1);
        assertThat(plan.rows()).extracting(PlannedRow::line, PlannedRow::matchedEntryId)
                .containsExactly(tuple(2, null), tuple(3, known));
        assertThat(plan.problems()).extracting(RowProblem::line, RowProblem::column).containsExactly(
                tuple(4, "date"), tuple(5, "deaths"), tuple(5, "Strikes"), tuple(6, "confidence"),
                tuple(6, "source_outlet"));
        assertThat(plan.problems().get(1).message()).contains("running total", "this event");
        assertThat(plan.problems().get(2).message()).contains("between 0 and 1000000");
        assertThat(plan.canImport()).isFalse();
        assertThat(entries.count(EntryFilter.all(monitorId))).isEqualTo(1);
    }

    @Test
    void one_bad_row_stops_the_whole_import_and_nothing_is_written() {
        String csv = MINIMAL_HEADER
                + "2025-11-03,STRIKE,First good row,Wire,Report,Confirmed,3 (this event),\n"
                + "2025-11-04,STRIKE,,Wire,Report,Confirmed,,\n"
                + "2025-11-05,STRIKE,Second good row,Wire,Report,Confirmed,2 (this event),\n";

        assertThatThrownBy(() -> imports.importFile(monitorId, "bad.csv", csv.getBytes(StandardCharsets.UTF_8),
                written -> { }))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.plan().problems())
                        .extracting(RowProblem::line, RowProblem::column).containsExactly(tuple(3, "headline")));
        assertThat(entries.count(EntryFilter.all(monitorId))).isZero();
        assertThat(imports.history(monitorId, 10)).isEmpty();
    }

    @Test
    void an_editors_import_is_refused_while_the_monitor_requires_review() {
        TestData.asAdmin(() -> {
            review.requireReview(monitorId, true);
            return null;
        });
        String csv = MINIMAL_HEADER + "2025-11-03,STRIKE,First good row,Wire,Report,Confirmed,3 (this event),\n";

        assertThatThrownBy(() -> imports.importFile(monitorId, "reviewed.csv", csv.getBytes(StandardCharsets.UTF_8),
                written -> { })).isInstanceOf(ReviewRequiredException.class);
        assertThat(entries.count(EntryFilter.all(monitorId))).isZero();
        assertThat(imports.history(monitorId, 10)).isEmpty();
    }

    @Test
    void an_import_adds_every_row_with_rollups_and_history_as_one_import_by_the_staff_member() {
        String csv = "\uFEFF" + MINIMAL_HEADER.replace("\n", "\r\n")
                + "2025-11-03,STRIKE,First boat,Wire,Report,Confirmed,3 (this event),1 (this event)\r\n"
                + "2025-11-04,CASUALTY_REPORT,Toll rises,Wire,Toll,Official claim,80–85 (running total),\r\n"
                + "2025-11-04,STRIKE,'=Second boat,Wire,Report,Confirmed,at least 2 (this event),1 (this event)\r\n";
        List<Integer> progress = new ArrayList<>();

        ImportRecord done = imports.importFile(monitorId, "november.csv", csv.getBytes(StandardCharsets.UTF_8),
                progress::add);

        assertThat(done.added()).isEqualTo(3);
        assertThat(done.importedBy()).isEqualTo("importer");
        assertThat(progress).last().isEqualTo(3);
        assertThat(imports.history(monitorId, 10)).extracting(ImportRecord::fileName, ImportRecord::importedBy,
                ImportRecord::added).containsExactly(tuple("november.csv", "importer", 3));
        EntryDetails toll = entries.find(entries.search(EntryFilter.all(monitorId), 0, 10).stream()
                .filter(summary -> summary.headline().equals("Toll rises")).findFirst().orElseThrow().id());
        assertThat(toll.content().figures()).containsEntry("deaths",
                new Figure(com.riskdesk.entry.Basis.CUMULATIVE, Qualifier.RANGE, 80, 85));
        assertThat(toll.recordedBy()).isEqualTo("importer");
        List<Revision> history = entries.history(toll.id());
        assertThat(history).extracting(Revision::action, Revision::changedBy, Revision::reason)
                .containsExactly(tuple(RevisionAction.RECORDED, "importer", "Imported from november.csv"));
        assertThat(jdbc.sql("select count(*) from entry_revision where import_id = :id").param("id", done.id())
                .query(Long.class).single()).isEqualTo(3);
        assertThat(entries.search(EntryFilter.all(monitorId), 0, 10)).extracting(s -> s.headline())
                .contains("=Second boat");
        // The rollups the dashboard reads count the imported entries: 2 entries on 4 Nov, boats + deaths summed.
        assertThat(jdbc.sql("select entries from entry_day where monitor_id = :m and on_day = :d")
                .param("m", monitorId).param("d", LocalDate.of(2025, 11, 4)).query(Integer.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select sum(inc_low) from series_day where monitor_id = :m and indicator_code = 'strikes'")
                .param("m", monitorId).query(Long.class).single()).isEqualTo(2);
        // An imported entry is an ordinary entry: it can be corrected.
        entries.correct(toll.id(), toll.version(), toll.content(), "Checked");
        assertThat(entries.history(toll.id())).hasSize(2);
    }

    @Test
    void a_row_matching_an_entry_but_saying_something_else_is_a_problem_not_a_silent_skip() {
        long known = entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 2),
                Map.of("deaths", Figure.cumulative(Qualifier.AT_LEAST, 12))));
        String csv = "id," + MINIMAL_HEADER
                + known + ",2025-11-02,STRIKE,Strike on 2025-11-02,Test Wire,Test report,Single-source report,"
                + "at least 13 (running total),\n"
                + "999999,2025-11-02,STRIKE,Another,Test Wire,Test report,Single-source report,,\n";

        ImportPlan plan = imports.dryRun(monitorId, "edited.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(plan.problems()).extracting(RowProblem::line, RowProblem::column)
                .containsExactly(tuple(2, "id"), tuple(3, "id"));
        assertThat(plan.problems().getFirst().message()).contains("#" + known, "at least 12", "at least 13");
        assertThat(plan.problems().get(1).message()).contains("No entry #999999");
    }

    @Test
    void an_unknown_or_missing_column_is_reported_once_on_the_header_line() {
        String csv = "date,kind,headline,source_outlet,source_title,Injuries\n2025-11-03,STRIKE,A,B,C,1 (this event)\n";

        ImportPlan plan = imports.dryRun(monitorId, "odd.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(plan.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::message)
                .containsExactly(tuple(1, "Injuries", "Unknown column: neither an entry field nor an indicator of Test bay"),
                        tuple(1, "confidence", "Missing column"));
    }

    @Test
    void a_file_saved_in_another_encoding_than_utf8_is_refused_with_a_hint() {
        byte[] latin1 = (MINIMAL_HEADER + "2025-11-03,STRIKE,Año nuevo,Wire,Report,Confirmed,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        ImportPlan plan = imports.dryRun(monitorId, "excel.csv", latin1);

        assertThat(plan.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("CSV UTF-8");
        });
        assertThat(plan.canImport()).isFalse();
    }
}
