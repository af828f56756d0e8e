package com.riskdesk.entry.ui;

import com.riskdesk.base.ui.Problems;
import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.dashboard.TileChange;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.EditConflictException;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryDetails;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.InvalidEntryException;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Source;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.place.PlaceRules;
import com.riskdesk.place.ui.PlaceField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The entry form, for a new entry or a correction. It checks what it can itself (numbers, required fields) and
 * shows any problem at its field; it fires {@link SaveEvent} with a complete {@link NewEntry}. After a save of a
 * new entry it keeps date, kind, source and confidence and clears the rest, ready for the next one.
 * <p>Every way of saving (the button, Ctrl+Enter) first takes the value of the field being typed in. While staff
 * type, the form shows what the public tiles will read after the save (through the previewer the view sets); an
 * unusual change needs a reason before it is saved.
 */
// Lumo's utility classes (LumoUtility) are used only on the staff entry screens, so they load with them.
@StyleSheet(Lumo.UTILITY_STYLESHEET)
class EntryForm extends Div {

    private final MonitorDetails monitor;
    final DatePicker occurredOn = new DatePicker(getTranslation("entry.form.event-date"));
    final Select<DatePrecision> precision = new Select<>();
    final Select<EntryKind> kind = new Select<>();
    final TextField headline = new TextField(getTranslation("review.headline"));
    final Select<Integer> escalation = new Select<>();
    final TextField outlet = new TextField(getTranslation("entry.form.outlet"));
    final TextField title = new TextField(getTranslation("entry.form.source-title"));
    final TextField url = new TextField(getTranslation("entry.form.url"));
    final DatePicker published = new DatePicker(getTranslation("entry.form.published"));
    final Select<Confidence> confidence = new Select<>();
    final TextArea notes = new TextArea(getTranslation("entry.form.notes"));
    final PlaceField place = new PlaceField();
    final TextField correctionNote = new TextField(getTranslation("entry.form.correction-note"));
    final List<FigureFields> figures = new ArrayList<>();
    final Button save = new Button(getTranslation("entry.form.save"));
    final PublicEffectPanel effect = new PublicEffectPanel();
    private final StaffDates dates;
    private Function<NewEntry, List<TileChange>> previewer;
    private boolean filling;
    private final H2 heading = new H2(getTranslation("review.change.RECORD"));
    private final Paragraph status = new Paragraph();
    private final Div conflict = new Div();
    private final Map<String, HasValidation> fieldsByProblemKey = new HashMap<>();

    EntryForm(MonitorDetails monitor, LocalDate today, StaffDates dates) {
        this.monitor = monitor;
        this.dates = dates;
        place.setRegion(monitor.mapRegion());
        addClassName("entry-form");
        status.addClassName("form-status");
        status.getElement().setAttribute("role", "status");

        occurredOn.setId("entry-date");
        headline.setId("entry-headline");
        outlet.setId("entry-outlet");
        title.setId("entry-title");
        save.setId("entry-save");
        url.setId("entry-url");
        published.setId("entry-published");
        notes.setId("entry-notes");
        correctionNote.setId("entry-correction-note");
        occurredOn.setMax(today);
        occurredOn.setMin(monitor.startDate().withDayOfMonth(1));
        occurredOn.setRequired(true);
        occurredOn.setHelperText(getTranslation("entry.form.date-help", dates.example(today)));
        dates.apply(occurredOn);
        dates.apply(published);
        precision.setLabel(getTranslation("entry.form.precision"));
        precision.setItems(DatePrecision.values());
        precision.setItemLabelGenerator(choice -> getTranslation("entry.form.precision." + choice.name()));
        precision.setHelperText(getTranslation("entry.form.precision-help"));
        kind.setLabel(getTranslation("entry.filter.kind"));
        kind.setItems(kindsFor(null));
        kind.setItemLabelGenerator(choice -> monitor.kindLabel(choice.code()));
        headline.setMaxLength(NewEntry.HEADLINE_MAX);
        headline.setRequired(true);
        escalation.setLabel(getTranslation("entry.form.escalation"));
        escalation.setItems(IntStream.rangeClosed(0, monitor.ladder().size()).boxed().toList());
        escalation.setItemLabelGenerator(level -> level == 0 ? getTranslation("entry.form.no-step")
                : getTranslation("entry.form.step", Integer.toString(level), monitor.step(level).name()));
        outlet.setMaxLength(Source.OUTLET_MAX);
        outlet.setRequired(true);
        title.setMaxLength(Source.TITLE_MAX);
        title.setRequired(true);
        url.setMaxLength(Source.URL_MAX);
        url.setHelperText(getTranslation("entry.form.url-help"));
        published.setMax(today);
        confidence.setLabel(getTranslation("entry.form.confidence"));
        confidence.setItems(Confidence.values());
        confidence.setItemLabelGenerator(choice -> getTranslation("label.confidence." + choice.name()));
        notes.setMaxLength(NewEntry.NOTES_MAX);
        correctionNote.setMaxLength(EntryService.REASON_MAX);
        correctionNote.setVisible(false);

        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.add(occurredOn, precision, kind, escalation);
        layout.add(headline, 2);
        monitor.indicators().forEach(indicator -> {
            FigureFields fields = new FigureFields(indicator);
            figures.add(fields);
            layout.add(fields, 2);
        });
        layout.add(outlet, title, url, published, confidence);
        layout.add(place, 2);
        layout.add(notes, 2);
        layout.add(correctionNote, 2);
        layout.add(effect, 2);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The focused field syncs its value on blur: blur it first, so the shortcut saves what was just typed.
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
        save.setTooltipText(getTranslation("entry.form.save-tooltip"));
        save.addClickListener(click -> submit());
        Div actions = new Div(save);
        actions.addClassName("form-actions");

        mapProblems();
        previewOnChange(occurredOn, precision, kind, escalation);
        figures.forEach(fields -> previewOnChange(fields.value, fields.qualifier, fields.upper, fields.basis));
        conflict.addClassName("form-conflict");
        add(heading, status, conflict, layout, actions);
        startNew();
    }

    /** An empty form with sensible defaults for a new entry. */
    void startNew() {
        withoutPreview(this::resetForNew);
        showStatus("");
    }

    /** The monitor's shown kinds, and {@code current} too when an entry being corrected has a now hidden kind. */
    private List<EntryKind> kindsFor(EntryKind current) {
        List<EntryKind> kinds = new ArrayList<>(monitor.shownKinds().stream()
                .map(definition -> EntryKind.valueOf(definition.code())).toList());
        if (current != null && !kinds.contains(current)) {
            kinds.add(current);
        }
        return kinds;
    }

    private void resetForNew() {
        heading.setText(getTranslation("review.change.RECORD"));
        save.setText(getTranslation("entry.form.save"));
        correctionNote.setVisible(false);
        occurredOn.clear();
        precision.setValue(DatePrecision.DAY);
        kind.setItems(kindsFor(null));
        kind.setValue(kindsFor(null).getFirst());
        confidence.setValue(Confidence.SINGLE_SOURCE);
        outlet.clear();
        title.clear();
        url.clear();
        published.clear();
        clearEventFields();
    }

    /** After a new entry was saved: keeps what the next entry likely shares, clears the rest. */
    void readyForNext(String message) {
        withoutPreview(this::clearEventFields);
        showStatus(message);
        occurredOn.focus();
    }

    void edit(EntryDetails entry) {
        withoutPreview(() -> show(entry));
    }

    /** Names what the form is editing when it is not an entry (e.g. a draft sent back for changes). */
    void retitle(String heading, String saveLabel, boolean withNote) {
        this.heading.setText(heading);
        save.setText(saveLabel);
        correctionNote.setVisible(withNote);
    }

    private void show(EntryDetails entry) {
        heading.setText(getTranslation("entry.form.correct-title", Long.toString(entry.id())));
        save.setText(getTranslation("entry.form.save-correction"));
        correctionNote.setVisible(true);
        correctionNote.clear();
        NewEntry content = entry.content();
        occurredOn.setValue(content.occurredOn());
        precision.setValue(content.datePrecision());
        kind.setItems(kindsFor(content.kind()));
        kind.setValue(content.kind());
        escalation.setValue(content.escalationLevel() == null ? 0 : content.escalationLevel());
        headline.setValue(content.headline());
        outlet.setValue(content.source().outlet());
        title.setValue(content.source().title());
        url.setValue(content.source().url() == null ? "" : content.source().url());
        published.setValue(content.source().publishedOn());
        confidence.setValue(content.confidence());
        notes.setValue(content.notes() == null ? "" : content.notes());
        place.setPlace(content.place());
        figures.forEach(fields -> fields.show(content.figures().get(fields.code())));
        clearProblems();
        effect.reset();
        status.removeClassName(LumoUtility.TextColor.ERROR);
        status.setText(entry.retracted() ? getTranslation("entry.form.retracted", entry.retractionReason()) : "");
    }

    void showStatus(String message) {
        status.removeClassName(LumoUtility.TextColor.ERROR);
        status.setText(message);
    }

    /** The save failed for a reason staff cannot fix in the form: says so, and keeps everything typed. */
    void showFailure(String message) {
        status.addClassName(LumoUtility.TextColor.ERROR);
        status.setText(message);
    }

    /** How to learn what a candidate entry would do to the public tiles (the view asks the service). */
    void setPreviewer(Function<NewEntry, List<TileChange>> previewer) {
        this.previewer = previewer;
    }

    /** Someone else saved first: offers the way back to their version. */
    void showConflict(Component reload) {
        conflict.removeAll();
        conflict.add(reload);
    }

    /** Puts each problem at its field; problems without a field go to the status line. */
    void showProblems(Map<String, String> problems) {
        clearProblems();
        List<String> unplaced = new ArrayList<>();
        problems.forEach((key, message) -> {
            HasValidation field = fieldsByProblemKey.get(key);
            if (field == null) {
                unplaced.add(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        showFailure(unplaced.isEmpty() ? getTranslation("entry.form.not-saved") : String.join(" ", unplaced));
    }

    private void submit() {
        clearProblems();
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Figure> entered = figures(problems);
        place.place(problems);
        if (occurredOn.isInvalid() && occurredOn.getValue() == null) {
            problems.put("occurredOn", getTranslation("entry.form.date-like", dates.format(occurredOn.getMax())));
        } else if (occurredOn.getValue() != null && occurredOn.getValue().isBefore(occurredOn.getMin())) {
            problems.put("occurredOn", getTranslation("entry.problem.date-before-start", dates.format(monitor.startDate())));
        }
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        NewEntry entry = entry(entered);
        refreshPreview(entry, entered);
        if (effect.needsConfirmation() && effect.confirmation.getValue().isBlank()) {
            showProblems(Map.of("confirmation", getTranslation("entry.form.confirm-needed")));
            effect.confirmation.focus();
            return;
        }
        fireEvent(new SaveEvent(this, entry, correctionNote.getValue(), effect.confirmationReason()));
    }

    private Map<String, Figure> figures(Map<String, String> problems) {
        Map<String, Figure> entered = new LinkedHashMap<>();
        figures.forEach(fields -> fields.figure(problems).ifPresent(figure -> entered.put(fields.code(), figure)));
        return entered;
    }

    private void previewOnChange(HasValue<?, ?>... fields) {
        for (HasValue<?, ?> field : fields) {
            field.addValueChangeListener(change -> refreshPreview());
        }
    }

    /** Shows the effect of what is in the form now; a headline or source not yet typed does not hold it back. */
    /** Fills fields without a preview per field: the form filling itself changes nothing public. */
    private void withoutPreview(Runnable fill) {
        filling = true;
        try {
            fill.run();
        } finally {
            filling = false;
        }
    }

    private void refreshPreview() {
        if (filling) {
            return;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Figure> entered = figures(problems);
        if (!problems.isEmpty()) {
            effect.showNote(getTranslation("entry.effect.correct-figures"));
        } else if (occurredOn.getValue() == null) {
            effect.showNote(getTranslation("entry.effect.choose-date"));
        } else {
            NewEntry entry = entry(entered);
            refreshPreview(new NewEntry(entry.monitorId(), entry.kind(), entry.occurredOn(), entry.datePrecision(),
                    entry.escalationLevel(), orPlaceholder(entry.headline()),
                    new Source(orPlaceholder(entry.source().outlet()), orPlaceholder(entry.source().title()),
                            entry.source().url(), entry.source().publishedOn()),
                    entry.confidence(), entry.notes(), entered), entered);
        }
    }

    private void refreshPreview(NewEntry entry, Map<String, Figure> entered) {
        if (previewer == null) {
            return;
        }
        try {
            effect.show(previewer.apply(entry), entered);
        } catch (InvalidEntryException refused) {
            effect.showNote(getTranslation("entry.effect.no-preview-yet", String.join(" ", Problems.texts(refused.problems()).values())));
        } catch (RuntimeException unavailable) {
            // A conflict or a database problem: saving reports it where it belongs.
            effect.showNote(unavailable instanceof EditConflictException
                    ? getTranslation("entry.effect.no-preview", getTranslation("entry.edit-conflict"))
                    : getTranslation("entry.effect.no-preview-unreadable"));
        }
    }

    private String orPlaceholder(String text) {
        return text == null || text.isBlank() ? getTranslation("entry.form.not-yet-typed") : text;
    }

    private NewEntry entry(Map<String, Figure> entered) {
        LocalDate date = occurredOn.getValue();
        if (date != null && precision.getValue() == DatePrecision.MONTH) {
            date = date.withDayOfMonth(1);
        }
        Integer level = escalation.getValue() == null || escalation.getValue() == 0 ? null : escalation.getValue();
        return new NewEntry(monitor.id(), kind.getValue(), date, precision.getValue(), level,
                headline.getValue().strip(),
                new Source(outlet.getValue().strip(), title.getValue().strip(),
                        url.getValue().isBlank() ? null : url.getValue().strip(), published.getValue()),
                confidence.getValue(), notes.getValue().isBlank() ? null : notes.getValue().strip(), entered)
                .withPlace(place.place(new LinkedHashMap<>()).orElse(null));
    }

    private void clearEventFields() {
        headline.clear();
        notes.clear();
        place.clear();
        escalation.setValue(0);
        figures.forEach(FigureFields::clear);
        correctionNote.clear();
        clearProblems();
        effect.reset();
    }

    private void clearProblems() {
        conflict.removeAll();
        fieldsByProblemKey.values().forEach(field -> field.setInvalid(false));
    }

    private void mapProblems() {
        fieldsByProblemKey.put("occurredOn", occurredOn);
        fieldsByProblemKey.put("datePrecision", precision);
        fieldsByProblemKey.put("kind", kind);
        fieldsByProblemKey.put("headline", headline);
        fieldsByProblemKey.put("escalationLevel", escalation);
        fieldsByProblemKey.put("source.outlet", outlet);
        fieldsByProblemKey.put("source.title", title);
        fieldsByProblemKey.put("source.url", url);
        fieldsByProblemKey.put("source.publishedOn", published);
        fieldsByProblemKey.put("confidence", confidence);
        fieldsByProblemKey.put("notes", notes);
        fieldsByProblemKey.put(PlaceRules.FIELD, place.where);
        fieldsByProblemKey.put("reason", correctionNote);
        fieldsByProblemKey.put("confirmation", effect.confirmation);
        figures.forEach(fields -> fields.problemFields(fieldsByProblemKey));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The form's content is complete and ready to be stored; {@code note} says what a correction fixes. */
    static class SaveEvent extends ComponentEvent<EntryForm> {

        private final NewEntry entry;
        private final String note;
        private final String confirmation;

        SaveEvent(EntryForm source, NewEntry entry, String note, String confirmation) {
            super(source, false);
            this.entry = entry;
            this.note = note;
            this.confirmation = confirmation;
        }

        /** Why staff confirmed an unusual change of a public figure, or null when none was needed. */
        String confirmation() {
            return confirmation;
        }

        NewEntry entry() {
            return entry;
        }

        String note() {
            return note;
        }
    }
}
