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
import java.util.Map;

/**
 * A trend judgement: the period (a calendar month or custom dates), the trend, an optional risk alert, a narrative and
 * its sources; when correcting, the reason. Fires {@link SaveEvent}; the view hands back the service's problems, which
 * the form shows at their fields.
 */
class JudgementForm extends Div {

    static final String MONTH = "Calendar month";
    static final String CUSTOM = "Custom period";
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    final H2 title = new H2("New trend judgement");
    final RadioButtonGroup<String> periodKind = new RadioButtonGroup<>("Period");
    final Select<YearMonth> month = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final RadioButtonGroup<Trend> trend = new RadioButtonGroup<>("Trend");
    final Checkbox alert = new Checkbox("Risk alert");
    final TextField alertText = new TextField("What the alert is about");
    final TextArea narrative = new TextArea("Narrative");
    final SourceRows sources = new SourceRows();
    final TextArea reason = new TextArea("Reason for the correction");
    final Button save = new Button("Save judgement");
    private final Div custom = new Div(from, to);
    private long monitorId;

    JudgementForm(StaffDates dates) {
        addClassName("judgement-form");
        periodKind.setItems(MONTH, CUSTOM);
        periodKind.addValueChangeListener(change -> showPeriodKind());
        month.setLabel("Month");
        month.setItemLabelGenerator(MONTH_NAME::format);
        dates.apply(from);
        dates.apply(to);
        custom.addClassName("judgement-custom-period");
        trend.setItems(Trend.values());
        trend.setItemLabelGenerator(Trend::label);
        trend.setRequiredIndicatorVisible(true);
        alertText.setMaxLength(NewJudgement.ALERT_MAX);
        alertText.setHelperText("A few words, shown beside the trend on the overview and the dashboard");
        alert.addValueChangeListener(change -> alertText.setEnabled(change.getValue()));
        narrative.setMaxLength(NewJudgement.NARRATIVE_MAX);
        narrative.setRequiredIndicatorVisible(true);
        narrative.setHelperText("What moved the trend in this period, in a few sentences");
        reason.setMaxLength(JudgementService.REASON_MAX);
        reason.setHelperText("Shown to the public with the corrected judgement");
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
        title.setText("New trend judgement");
        List<YearMonth> offered = months(monitor, today, null);
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        fill(new NewJudgement(monitor.id(), JudgementPeriod.month(offered.contains(lastMonth) ? lastMonth
                : offered.getFirst()), null, false, null, null, List.of()));
        reason.setVisible(false);
        save.setText("Save judgement");
    }

    /** The judgement for correction: its content, and a required reason. */
    void edit(MonitorDetails monitor, JudgementDetails judgement, LocalDate today) {
        monitorId = monitor.id();
        title.setText("Correct the judgement for " + judgement.content().period().describe());
        months(monitor, today, YearMonth.from(judgement.content().period().from()));
        fill(judgement.content());
        reason.setVisible(true);
        save.setText("Save correction");
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
}
