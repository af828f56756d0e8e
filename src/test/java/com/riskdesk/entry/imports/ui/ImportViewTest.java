package com.riskdesk.entry.imports.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestData;
import com.riskdesk.entry.imports.ImportRecord;
import com.riskdesk.entry.imports.ImportService;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "editor", roles = "EDITOR")
class ImportViewTest extends SpringBrowserlessTest {

    @Autowired
    ImportService imports;
    @Autowired
    MonitorService monitors;

    @Test
    void the_monitor_in_the_address_is_chosen_and_nothing_can_be_imported_before_a_dry_run() {
        TestData.asAdmin(() -> monitors.create(TestData.monitor("north")));
        TestData.asAdmin(() -> monitors.create(TestData.monitor("south")));

        ImportView view = open("south");

        assertThat(view.monitorSelect.getValue().slug()).isEqualTo("south");
        assertThat(view.importButton.isEnabled()).isFalse();
        assertThat(view.report.isVisible()).isFalse();
        assertThat(view.history.isVisible()).isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("entries.csv", "(running total)");
    }

    @Test
    void the_monitors_past_imports_are_listed_with_who_and_which_file() {
        long monitorId = TestData.asAdmin(() -> monitors.create(TestData.monitor("west"))).id();
        imports.importFile(monitorId, "week-48.csv", ("date,kind,headline,source_outlet,source_title,confidence\n"
                + "2025-11-03,STRIKE,Boat struck,Wire,Report,Confirmed\n").getBytes(StandardCharsets.UTF_8), n -> { });

        ImportView view = open("west");

        assertThat(view.history.isVisible()).isTrue();
        assertThat(view.history.grid.getGenericDataView().getItems().toList())
                .extracting(ImportRecord::fileName, ImportRecord::importedBy, ImportRecord::added)
                .containsExactly(tuple("week-48.csv", "editor", 1));
    }

    private ImportView open(String slug) {
        UI.getCurrent().navigate(ImportView.class, QueryParameters.of("monitor", slug));
        return (ImportView) getCurrentView();
    }
}
