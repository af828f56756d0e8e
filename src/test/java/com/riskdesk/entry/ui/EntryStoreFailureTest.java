package com.riskdesk.entry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestData;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.EntryService;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The database itself refuses the write (a check constraint the test adds, so the refusal comes from H2, not from a
 * stand-in): the form says the entry was not stored and keeps everything typed. Not transactional: the constraint is
 * DDL, which H2 commits; the context is thrown away afterwards.
 */
@IntegrationTest
@DirtiesContext
@WithMockUser(username = "editor", roles = "EDITOR")
class EntryStoreFailureTest extends SpringBrowserlessTest {

    private static final String REFUSED_HEADLINE = "The database refuses this headline";

    @Autowired
    EntryService entries;
    @Autowired
    MonitorService monitors;
    @Autowired
    JdbcClient jdbc;

    long monitorId;
    EntryAdminView view;

    @BeforeEach
    void openTheEntryScreenOnADatabaseThatRefusesTheWrite() {
        monitorId = TestData.asAdmin(() -> monitors.create(TestData.monitor("refusing")).id());
        jdbc.sql("alter table entry add constraint test_refuses check (headline <> '" + REFUSED_HEADLINE + "')")
                .update();
        UI.getCurrent().navigate(EntryAdminView.class, QueryParameters.of("monitor", "refusing"));
        view = (EntryAdminView) getCurrentView();
    }

    @AfterEach
    void acceptWritesAgain() {
        jdbc.sql("alter table entry drop constraint test_refuses").update();
    }

    @Test
    void a_write_the_database_refuses_is_reported_at_the_form_and_everything_typed_stays() {
        EntryForm form = view.form;
        form.occurredOn.setValue(LocalDate.of(2025, 11, 2));
        form.precision.setValue(DatePrecision.DAY);
        form.kind.setValue(EntryKind.valueOf("STRIKE"));
        form.headline.setValue(REFUSED_HEADLINE);
        form.outlet.setValue("Wire");
        form.title.setValue("Report");
        form.notes.setValue("Two boats, one confirmed by satellite");
        FigureFields deaths = form.figures.stream().filter(fields -> fields.code().equals("deaths")).findFirst()
                .orElseThrow();
        deaths.value.setValue("4");
        deaths.basis.setValue(Basis.INCREMENT);

        test(form.save).click();

        assertThat(entries.count(EntryFilter.all(monitorId))).isZero();
        assertThat(form.getElement().getTextRecursively()).contains("Not saved: the database could not store")
                .doesNotContain("Saved entry #");
        assertThat(form.headline.getValue()).isEqualTo(REFUSED_HEADLINE);
        assertThat(form.notes.getValue()).isEqualTo("Two boats, one confirmed by satellite");
        assertThat(deaths.value.getValue()).isEqualTo("4");
        assertThat(form.occurredOn.getValue()).isEqualTo(LocalDate.of(2025, 11, 2));
    }
}
