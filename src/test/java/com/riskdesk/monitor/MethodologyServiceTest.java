package com.riskdesk.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "admin", roles = {"ADMIN", "EDITOR"})
class MethodologyServiceTest {

    @Autowired
    MonitorService monitors;
    @Autowired
    MethodologyService methodology;

    MonitorDetails monitor;

    @BeforeEach
    void createMonitor() {
        monitor = TestData.asAdmin(() -> monitors.create(TestData.monitor("method")));
    }

    @Test
    void a_monitor_nobody_wrote_a_methodology_for_has_empty_parts() {
        MethodologyService.Versioned notes = methodology.notes(monitor.id());

        assertThat(notes.notes()).isEqualTo(MethodologyNotes.NONE);
        assertThat(notes.version()).isEqualTo(MethodologyService.Versioned.NEVER_SAVED);
    }

    @Test
    void saved_parts_are_read_back_stripped_and_each_save_moves_the_version_on() {
        MethodologyService.Versioned first = methodology.update(monitor.id(), MethodologyService.Versioned.NEVER_SAVED,
                new MethodologyNotes("  Counts only events at sea.  ", "Two outlets at least.", null));
        MethodologyService.Versioned second = methodology.update(monitor.id(), first.version(),
                new MethodologyNotes("Counts only events at sea.", "Two outlets at least.", "Corrections within a day."));

        MethodologyService.Versioned read = methodology.notes(monitor.id());
        assertThat(read.notes()).isEqualTo(new MethodologyNotes("Counts only events at sea.", "Two outlets at least.",
                "Corrections within a day."));
        assertThat(read.version()).isEqualTo(second.version()).isGreaterThan(first.version());
        assertThat(first.notes().note()).isEqualTo("Counts only events at sea.");
        assertThat(first.notes().correctionsPolicy()).isEmpty();
    }

    @Test
    void a_save_from_a_stale_version_is_refused_and_keeps_the_other_admins_text() {
        MethodologyService.Versioned first = methodology.update(monitor.id(), MethodologyService.Versioned.NEVER_SAVED,
                new MethodologyNotes("Theirs", "", ""));

        assertThatThrownBy(() -> methodology.update(monitor.id(), MethodologyService.Versioned.NEVER_SAVED,
                new MethodologyNotes("Mine", "", ""))).isInstanceOf(MonitorService.ConcurrentChangeException.class);
        assertThat(methodology.notes(monitor.id()).notes().note()).isEqualTo("Theirs");
        assertThat(methodology.notes(monitor.id()).version()).isEqualTo(first.version());
    }

    @Test
    void a_part_longer_than_the_column_is_refused() {
        String tooLong = "x".repeat(MethodologyNotes.PART_MAX + 1);

        assertThatThrownBy(() -> new MethodologyNotes("", tooLong, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sources policy");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void an_editor_cannot_change_the_methodology() {
        assertThatThrownBy(() -> methodology.update(monitor.id(), MethodologyService.Versioned.NEVER_SAVED,
                new MethodologyNotes("Mine", "", ""))).isInstanceOf(AccessDeniedException.class);
    }
}
