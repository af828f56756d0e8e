package com.riskdesk.entry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestData;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryDetails;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Qualifier;
import com.riskdesk.entry.RevisionAction;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "editor", roles = "EDITOR")
class EntryAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    EntryService entries;
    @Autowired
    MonitorService monitors;

    long monitorId;
    EntryAdminView view;

    @BeforeEach
    void openTheEntryScreen() {
        monitorId = TestData.asAdmin(() -> monitors.create(TestData.monitor("coast")).id());
        UI.getCurrent().navigate(EntryAdminView.class, QueryParameters.of("monitor", "coast"));
        view = (EntryAdminView) getCurrentView();
    }

    @Test
    void with_lang_es_the_filters_the_place_field_and_a_place_problem_are_in_spanish() {
        UI.getCurrent().navigate(EntryAdminView.class, new QueryParameters(Map.of("monitor", List.of("coast"),
                "lang", List.of("es"))));
        view = (EntryAdminView) getCurrentView();

        assertThat(view.filters.search.getLabel()).isEqualTo("Buscar");
        assertThat(view.filters.from.getLabel()).isEqualTo("Desde");
        assertThat(view.form.place.where.getLabel()).isEqualTo("Lugar (país, mar, o latitud, longitud)");
        view.form.place.where.setValue("95, -66.9");
        assertThat(view.form.place.where.getErrorMessage()).startsWith("La latitud debe estar entre -90 y 90");
    }

    @Test
    void with_lang_es_the_entry_form_its_buttons_and_the_effect_panel_are_in_spanish() {
        UI.getCurrent().navigate(EntryAdminView.class, new QueryParameters(Map.of("monitor", List.of("coast"),
                "lang", List.of("es"))));
        view = (EntryAdminView) getCurrentView();

        assertThat(view.form.occurredOn.getLabel()).isEqualTo("Fecha del hecho");
        assertThat(view.form.precision.getLabel()).isEqualTo("La fecha es");
        assertThat(view.form.outlet.getLabel()).isEqualTo("Medio de la fuente");
        assertThat(view.form.url.getLabel()).isEqualTo("URL de la fuente");
        assertThat(view.form.save.getText()).isEqualTo("Guardar entrada");
        assertThat(view.newEntry.getText()).isEqualTo("Entrada nueva");
        assertThat(view.retract.getText()).isEqualTo("Retirar…");
        assertThat(figure("deaths").qualifier.getLabel()).isEqualTo("Precisión");
        assertThat(figure("deaths").basis.getLabel()).isEqualTo("Cuenta como");
        assertThat(figure("deaths").upper.getLabel()).isEqualTo("Hasta");
        assertThat(view.form.effect.confirmation.getLabel()).isEqualTo("Por qué esta cifra es correcta");
        assertThat(view.form.effect.getElement().getTextRecursively())
                .contains("Lo que verá el público después de guardar")
                .doesNotContain("What the public will see");

        figure("deaths").value.setValue("12a");
        test(view.form.save).click();
        assertThat(figure("deaths").value.getErrorMessage()).isEqualTo("Ingrese un número entero de 0 a "
                + Figure.MAX_VALUE);
    }

    @Test
    void a_complete_entry_is_saved_and_the_form_is_ready_for_the_next_one() {
        fillValidEntry(view.form);
        figure("deaths").value.setValue("4");
        figure("deaths").basis.setValue(Basis.INCREMENT);

        test(view.form.save).click();

        assertThat(entries.count(EntryFilter.all(monitorId))).isEqualTo(1);
        EntryDetails saved = entries.find(entries.search(EntryFilter.all(monitorId), 0, 1).getFirst().id());
        assertThat(saved.content().figures()).containsEntry("deaths", Figure.increment(Qualifier.EXACT, 4));
        assertThat(saved.recordedBy()).isEqualTo("editor");
        assertThat(view.form.headline.getValue()).isEmpty();
        assertThat(figure("deaths").value.getValue()).isEmpty();
        assertThat(figure("deaths").basis.getValue()).as("no silent default for the next figure").isNull();
        assertThat(view.form.occurredOn.getValue()).isEqualTo(LocalDate.of(2025, 11, 2));
        assertThat(view.form.outlet.getValue()).isEqualTo("Wire");
        assertThat(view.form.getElement().getTextRecursively()).contains("Saved entry #", "Ready for the next one");
    }

    @Test
    void a_date_in_the_future_is_refused_at_its_field() {
        assertRefused(form -> form.occurredOn.setValue(TestData.TODAY.plusDays(1)), view.form.occurredOn,
                "cannot be in the future");
    }

    @Test
    void a_date_before_the_monitor_starts_is_refused() {
        assertRefused(form -> form.occurredOn.setValue(LocalDate.of(2025, 9, 1)), view.form.occurredOn,
                "before this monitor starts");
    }

    @Test
    void a_negative_count_is_refused() {
        assertRefused(form -> count("deaths", "-3"), figure("deaths").value, "whole number from 0 to");
    }

    @Test
    void a_count_above_the_upper_bound_is_refused() {
        assertRefused(form -> count("boats_struck", Integer.toString(Figure.MAX_VALUE + 1)),
                figure("boats_struck").value, "whole number from 0 to");
    }

    @Test
    void counts_that_overflow_or_are_not_numbers_are_refused_at_their_field_never_dropped() {
        for (String typed : List.of("99999999999", "2147483647", "12a", "-5", "1.5")) {
            assertRefused(form -> count("strikes", typed), figure("strikes").value, "whole number from 0 to");
        }
    }

    @Test
    void a_figure_must_say_whether_it_is_a_running_total_or_this_event_only() {
        assertRefused(form -> figure("deaths").value.setValue("87"), figure("deaths").basis,
                "running total or what this event adds");
    }

    @Test
    void the_event_date_has_no_silent_default() {
        view.form.startNew();
        assertThat(view.form.occurredOn.getValue()).isNull();
        assertRefused(form -> form.occurredOn.clear(), view.form.occurredOn, "Enter when it happened");
    }

    @Test
    void a_range_needs_an_upper_end_above_the_lower_one() {
        assertRefused(form -> {
            count("deaths", "10");
            figure("deaths").qualifier.setValue(Qualifier.RANGE);
            figure("deaths").upper.setValue("5");
        }, figure("deaths").value, "upper value above the lower");
    }

    @Test
    void only_http_and_https_source_addresses_are_accepted() {
        assertRefused(form -> form.url.setValue("javascript:alert(1)"), view.form.url, "http:// or https://");
        assertRefused(form -> form.url.setValue("ftp://example.org/x"), view.form.url, "http:// or https://");
    }

    @Test
    void the_headline_and_the_source_are_required() {
        assertRefused(form -> form.headline.clear(), view.form.headline, "Required");
        assertRefused(form -> form.outlet.clear(), view.form.outlet, "Required");
        assertRefused(form -> form.title.setValue("  "), view.form.title, "Required");
    }

    @Test
    void text_longer_than_its_bound_is_refused() {
        assertRefused(form -> form.headline.setValue("x".repeat(NewEntry.HEADLINE_MAX + 1)), view.form.headline,
                "At most 300 characters");
    }

    @Test
    void an_escalation_step_entry_must_say_which_step() {
        assertRefused(form -> {
            form.kind.setValue(EntryKind.ESCALATION_STEP);
            form.escalation.setValue(0);
        }, view.form.escalation, "needs the step it marks");
    }

    @Test
    void a_source_published_in_the_future_is_refused() {
        assertRefused(form -> form.published.setValue(TestData.TODAY.plusDays(3)), view.form.published,
                "cannot be in the future");
    }

    @Test
    void a_correction_saved_after_someone_elses_is_refused_and_offers_a_reload() {
        long id = entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 2), Map.of()));
        view.grid.getDataProvider().refreshAll();
        view.grid.asSingleSelect().setValue(view.grid.getGenericDataView().getItems().findFirst().orElseThrow());
        EntryDetails opened = entries.find(id);
        entries.correct(id, opened.version(), withHeadline(opened.content(), "Their correction"), "theirs");

        view.form.headline.setValue("My correction");
        test(view.form.save).click();

        assertThat(entries.find(id).content().headline()).isEqualTo("Their correction");
        assertThat(view.form.getElement().getTextRecursively()).contains("changed by someone else");
        Button reload = find(Button.class).withText("Reload the entry").single();
        test(reload).click();
        assertThat(view.form.headline.getValue()).isEqualTo("Their correction");
    }

    @Test
    void a_retraction_needs_a_reason_and_then_leaves_the_figures_and_enters_the_log() {
        long id = entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 2),
                Map.of("deaths", Figure.increment(Qualifier.EXACT, 4))));
        view.grid.getDataProvider().refreshAll();
        view.grid.asSingleSelect().setValue(view.grid.getGenericDataView().getItems().findFirst().orElseThrow());

        test(view.retract).click();
        test(find(Button.class).withText("Retract entry").single()).click();
        assertThat(entries.find(id).retracted()).isFalse();
        assertThat(view.retractDialog.reason.isInvalid()).isTrue();

        view.retractDialog.reason.setValue("Duplicate of an earlier report");
        test(find(Button.class).withText("Retract entry").single()).click();

        assertThat(entries.find(id).retracted()).isTrue();
        assertThat(entries.corrections(monitorId, 10)).singleElement().satisfies(revision -> {
            assertThat(revision.action()).isEqualTo(RevisionAction.RETRACTED);
            assertThat(revision.reason()).isEqualTo("Duplicate of an earlier report");
        });
    }

    @Test
    void the_form_shows_what_the_deaths_tile_will_read_and_why_before_saving() {
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 1),
                Map.of("deaths", Figure.cumulative(Qualifier.AT_LEAST, 83))));
        fillValidEntry(view.form);

        count("deaths", "87");

        assertThat(view.form.effect.getElement().getTextRecursively())
                .contains("Deaths: at least 83 → at least 170", "counts as this event only");
        figure("deaths").basis.setValue(Basis.CUMULATIVE);
        assertThat(view.form.effect.getElement().getTextRecursively())
                .contains("Deaths: at least 83 → 87", "counts as a running total")
                .doesNotContain("at least 170");
        assertThat(entries.count(EntryFilter.all(monitorId))).as("the preview stores nothing").isEqualTo(1);
    }

    @Test
    void a_figure_that_jumps_the_running_total_needs_a_reason_which_is_kept_in_the_history() {
        entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 1),
                Map.of("deaths", Figure.cumulative(Qualifier.AT_LEAST, 83))));
        fillValidEntry(view.form);
        count("deaths", "87");

        test(view.form.save).click();

        assertThat(entries.count(EntryFilter.all(monitorId))).as("not saved without a reason").isEqualTo(1);
        assertThat(view.form.effect.confirmation.isInvalid()).isTrue();
        assertThat(view.form.effect.getElement().getTextRecursively()).contains("raises deaths by 87");

        view.form.effect.confirmation.setValue("Reuters counts 87 more in the strike of 2 Nov");
        test(view.form.save).click();

        long saved = entries.search(EntryFilter.all(monitorId), 0, 1).getFirst().id();
        assertThat(entries.history(saved)).singleElement().satisfies(revision ->
                assertThat(revision.reason()).isEqualTo("Reuters counts 87 more in the strike of 2 Nov"));
    }

    @Test
    void a_correction_that_lowers_a_running_total_needs_a_reason_kept_with_its_note() {
        long id = entries.record(TestData.figures(monitorId, LocalDate.of(2025, 11, 1),
                Map.of("deaths", Figure.cumulative(Qualifier.AT_LEAST, 83))));
        view.grid.getDataProvider().refreshAll();
        view.grid.asSingleSelect().setValue(view.grid.getGenericDataView().getItems().findFirst().orElseThrow());

        figure("deaths").value.setValue("38");
        view.form.correctionNote.setValue("Typo: 38, not 83");
        test(view.form.save).click();
        assertThat(entries.find(id).content().figures().get("deaths").low()).isEqualTo(83);
        assertThat(view.form.effect.getElement().getTextRecursively()).contains("Deaths: at least 83 → at least 38",
                "lowers deaths from 83 to 38");

        view.form.effect.confirmation.setValue("The source says 38");
        test(view.form.save).click();

        assertThat(entries.find(id).content().figures().get("deaths").low()).isEqualTo(38);
        assertThat(entries.history(id).getLast().reason())
                .isEqualTo("Typo: 38, not 83 (Figure change confirmed: The source says 38)");
    }

    @Test
    void values_are_shown_as_text_never_as_html() {
        fillValidEntry(view.form);
        view.form.headline.setValue("<img src=x onerror=alert(1)>");
        test(view.form.save).click();

        view.grid.getDataProvider().refreshAll();
        view.grid.asSingleSelect().setValue(view.grid.getGenericDataView().getItems().findFirst().orElseThrow());
        assertThat(view.form.headline.getValue()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("<img src=x");
    }

    private void assertRefused(Consumer<EntryForm> spoil, HasValidation field, String message) {
        fillValidEntry(view.form);
        spoil.accept(view.form);

        test(view.form.save).click();

        assertThat(field.isInvalid()).as("field marked invalid").isTrue();
        assertThat(field.getErrorMessage()).contains(message);
        assertThat(entries.count(EntryFilter.all(monitorId))).as("nothing stored").isZero();
    }

    private void fillValidEntry(EntryForm form) {
        form.occurredOn.setValue(LocalDate.of(2025, 11, 2));
        form.precision.setValue(DatePrecision.DAY);
        form.kind.setValue(EntryKind.valueOf("STRIKE"));
        form.headline.setValue("Boat struck off the coast");
        form.outlet.setValue("Wire");
        form.title.setValue("Report");
        form.url.setValue("https://example.org/report");
    }

    private void count(String code, String typed) {
        figure(code).value.setValue(typed);
        figure(code).basis.setValue(Basis.INCREMENT);
    }

    private FigureFields figure(String code) {
        return view.form.figures.stream().filter(fields -> fields.code().equals(code)).findFirst().orElseThrow();
    }

    private static NewEntry withHeadline(NewEntry entry, String headline) {
        return new NewEntry(entry.monitorId(), entry.kind(), entry.occurredOn(), entry.datePrecision(),
                entry.escalationLevel(), headline, entry.source(), entry.confidence(), entry.notes(), entry.figures());
    }
}
