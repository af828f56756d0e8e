package com.riskdesk.assessment.ui;

import com.riskdesk.assessment.JudgementDetails;
import com.riskdesk.assessment.JudgementPeriod;
import com.riskdesk.assessment.JudgementRules;
import com.riskdesk.assessment.JudgementService;
import com.riskdesk.assessment.NewJudgement;
import com.riskdesk.assessment.Trend;
import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.monitor.MonitorDetails;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.Map;

/**
 * A trend judgement: the period (a calendar month or custom dates), the trend, an optional risk alert, a narrative and
 * its sources; when correcting, the reason. Fires {@link SaveEvent}; the view hands back the service's problems, which
 * the form shows at their fields.
 */
class JudgementForm extends Div {

    /** The two kinds of period, as items of the choice (their words are {@code judgement.period-kind.*}). */
    static final String MONTH = "month";
    static final String CUSTOM = "custom";

    final H2 title = new H2(getTranslation("judgement.form.new"));
    final RadioButtonGroup<String> periodKind = new RadioButtonGroup<>(getTranslation("judgement.period"));
    final Select<YearMonth> month = new Select<>();
    final DatePicker from = new DatePicker(getTranslation("judgement.form.from"));
    final DatePicker to = new DatePicker(getTranslation("judgement.form.to"));
    final RadioButtonGroup<Trend> trend = new RadioButtonGroup<>(getTranslation("judgement.trend"));
    final Checkbox alert = new Checkbox(getTranslation("judgement.alert"));
    final TextField alertText = new TextField(getTranslation("judgement.form.alert-text"));
    final TextArea narrative = new TextArea(getTranslation("judgement.form.narrative"));
    final SourceRows sources = new SourceRows();
    final TextArea reason = new TextArea(getTranslation("judgement.form.reason"));
    final Button save = new Button(getTranslation("judgement.form.save"));
    private final Div custom = new Div(from, to);
    private long monitorId;

    JudgementForm(StaffDates dates) {
        addClassName("judgement-form");
        periodKind.setItems(MONTH, CUSTOM);
        periodKind.setItemLabelGenerator(kind -> getTranslation("judgement.period-kind." + kind));
        periodKind.addValueChangeListener(change -> showPeriodKind());
        month.setLabel(getTranslation("judgement.form.month"));
        month.setItemLabelGenerator(value -> monthName(value.atDay(1), getLocale(), this::getTranslation));
        dates.apply(from);
        dates.apply(to);
        custom.addClassName("judgement-custom-period");
        trend.setItems(Trend.values());
        trend.setItemLabelGenerator(value -> getTranslation("label.trend." + value.name()));
        trend.setRequiredIndicatorVisible(true);
        alertText.setMaxLength(NewJudgement.ALERT_MAX);
        alertText.setHelperText(getTranslation("judgement.form.alert-help"));
        alert.addValueChangeListener(change -> alertText.setEnabled(change.getValue()));
        narrative.setMaxLength(NewJudgement.NARRATIVE_MAX);
        narrative.setRequiredIndicatorVisible(true);
        narrative.setHelperText(getTranslation("judgement.form.narrative-help"));
        reason.setMaxLength(JudgementService.REASON_MAX);
        reason.setHelperText(getTranslation("judgement.form.reason-help"));
        for (var field : List.of(alertText, narrative, reason)) {
            field.setManualValidation(true);
        }
        from.setManualValidation(true);
        to.setManualValidation(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> fireEvent(new SaveEvent(this, value(), reason.isVisible() ? reason.getValue() : null)));
        add(title, periodKind, month, custom, trend, alert, alertText, narrative, sources, reason, save);
    }

    /** An empty form for a new judgement of {@code monitor}, the last full month chosen. */
    void create(MonitorDetails monitor, LocalDate today) {
        monitorId = monitor.id();
        title.setText(getTranslation("judgement.form.new"));
        List<YearMonth> offered = months(monitor, today, null);
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        fill(new NewJudgement(monitor.id(), JudgementPeriod.month(offered.contains(lastMonth) ? lastMonth
                : offered.getFirst()), null, false, null, null, List.of()));
        reason.setVisible(false);
        save.setText(getTranslation("judgement.form.save"));
    }

    /** The judgement for correction: its content, and a required reason. */
    void edit(MonitorDetails monitor, JudgementDetails judgement, LocalDate today) {
        monitorId = monitor.id();
        title.setText(getTranslation("judgement.form.correct-title",
                describe(judgement.content().period(), getLocale(), this::getTranslation)));
        months(monitor, today, YearMonth.from(judgement.content().period().from()));
        fill(judgement.content());
        reason.setVisible(true);
        save.setText(getTranslation("judgement.form.save-correction"));
    }

    private void fill(NewJudgement judgement) {
        JudgementPeriod period = judgement.period();
        periodKind.setValue(period.isMonth() ? MONTH : CUSTOM);
        month.setValue(period.isMonth() ? YearMonth.from(period.from()) : month.getListDataView().getItem(0));
        from.setValue(period.isMonth() ? null : period.from());
        to.setValue(period.isMonth() ? null : period.to());
        trend.setValue(judgement.trend());
        alert.setValue(judgement.alert());
        alertText.setEnabled(judgement.alert());
        alertText.setValue(judgement.alertText() == null ? "" : judgement.alertText());
        narrative.setValue(judgement.narrative() == null ? "" : judgement.narrative());
        sources.setSources(judgement.sources());
        reason.setValue("");
        showProblems(Map.of());
        showPeriodKind();
    }

    /** The months from the monitor's start to this one, latest first (and {@code also}, if outside them). */
    private List<YearMonth> months(MonitorDetails monitor, LocalDate today, YearMonth also) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(today); !m.isBefore(YearMonth.from(monitor.startDate())); m = m.minusMonths(1)) {
            months.add(m);
        }
        if (also != null && !months.contains(also) || months.isEmpty()) {
            months.add(also != null ? also : YearMonth.from(today));
        }
        month.setItems(months);
        return months;
    }

    private void showPeriodKind() {
        boolean monthly = MONTH.equals(periodKind.getValue());
        month.setVisible(monthly);
        custom.setVisible(!monthly);
    }

    NewJudgement value() {
        JudgementPeriod period = MONTH.equals(periodKind.getValue())
                ? (month.getValue() == null ? null : JudgementPeriod.month(month.getValue()))
                : new JudgementPeriod(from.getValue(), to.getValue());
        return new NewJudgement(monitorId, period, trend.getValue(), alert.getValue(), alertText.getValue(),
                narrative.getValue(), sources.value());
    }

    /** Shows each problem at its field (keys of {@link JudgementRules}); an empty map clears them. */
    void showProblems(Map<String, String> problems) {
        String period = problems.get(JudgementRules.PERIOD);
        if (MONTH.equals(periodKind.getValue())) {
            month.setErrorMessage(period);
            month.setInvalid(period != null);
        } else {
            from.setErrorMessage(period);
            from.setInvalid(period != null);
            to.setInvalid(period != null);
        }
        trend.setErrorMessage(problems.get(JudgementRules.TREND));
        trend.setInvalid(problems.containsKey(JudgementRules.TREND));
        alertText.setErrorMessage(problems.get(JudgementRules.ALERT));
        alertText.setInvalid(problems.containsKey(JudgementRules.ALERT));
        narrative.setErrorMessage(problems.get(JudgementRules.NARRATIVE));
        narrative.setInvalid(problems.containsKey(JudgementRules.NARRATIVE));
        reason.setErrorMessage(problems.get(JudgementRules.REASON));
        reason.setInvalid(problems.containsKey(JudgementRules.REASON));
        sources.showProblems(problems);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Staff asked to save: the judgement as entered and, for a correction, the reason given. */
    static final class SaveEvent extends ComponentEvent<JudgementForm> {

        private final NewJudgement judgement;
        private final String reason;

        SaveEvent(JudgementForm source, NewJudgement judgement, String reason) {
            super(source, false);
            this.judgement = judgement;
            this.reason = reason;
        }

        NewJudgement judgement() {
            return judgement;
        }

        String reason() {
            return reason;
        }
    }

    /** A period in {@code locale}'s words: "November 2025", "noviembre de 2025", or "3 Nov 2025 – 20 Nov 2025". */
    static String describe(JudgementPeriod period, Locale locale, BiFunction<String, Object[], String> texts) {
        if (period.from() == null || period.to() == null) {
            return "";
        }
        return period.isMonth() ? monthName(period.from(), locale, texts)
                : format(period.from(), "date.day-pattern", locale, texts) + " – "
                + format(period.to(), "date.day-pattern", locale, texts);
    }

    private static String monthName(LocalDate day, Locale locale, BiFunction<String, Object[], String> texts) {
        return format(day, "date.month-pattern", locale, texts);
    }

    private static String format(LocalDate day, String patternKey, Locale locale,
                                 BiFunction<String, Object[], String> texts) {
        return DateTimeFormatter.ofPattern(texts.apply(patternKey, new Object[0]), locale).format(day);
    }
}
