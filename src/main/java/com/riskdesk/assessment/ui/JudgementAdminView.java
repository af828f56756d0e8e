package com.riskdesk.assessment.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.riskdesk.assessment.InvalidJudgementException;
import com.riskdesk.assessment.JudgementConflictException;
import com.riskdesk.assessment.JudgementDetails;
import com.riskdesk.assessment.JudgementService;
import com.riskdesk.assessment.NewJudgement;
import com.riskdesk.base.ui.Notices;
import com.riskdesk.base.ui.Problems;
import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import com.riskdesk.monitor.ui.MonitorChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Where staff keep trend judgements: a monitor's judgements (latest period first, retracted ones too) beside the
 * form. Choosing a row opens it for correction, with its history and a retract action. The monitor is in the address
 * ({@code ?monitor=slug}).
 */
@Route("admin/judgements")
@RolesAllowed("EDITOR")
public class JudgementAdminView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final JudgementService judgements;
    private final MonitorService monitors;
    private final Clock clock;
    private final StaffDates dates;
    final Select<MonitorDetails> monitorSelect = new Select<>();
    final Grid<JudgementDetails> grid = new Grid<>(JudgementDetails.class, false);
    final Button newJudgement = new Button(getTranslation("judgement.new"));
    final Button retract = new Button(getTranslation("judgement.retract-button"));
    final JudgementForm form;
    private final JudgementHistory history = new JudgementHistory();
    private MonitorDetails monitor;
    private JudgementDetails editing;
    RetractJudgementDialog retractDialog;

    JudgementAdminView(JudgementService judgements, MonitorService monitors, Clock clock) {
        this.judgements = judgements;
        this.monitors = monitors;
        this.clock = clock;
        this.dates = StaffDates.ofCurrentUser(getLocale());
        this.form = new JudgementForm(dates);
        addClassName("judgement-admin");
        monitorSelect.setLabel(getTranslation("review.monitor"));
        monitorSelect.setItemLabelGenerator(MonitorDetails::name);
        monitorSelect.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(JudgementAdminView.class,
                        QueryParameters.of("monitor", change.getValue().slug())));
            }
        });
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(judgement -> periodText(judgement.content().period())).setHeader(getTranslation("judgement.period")).setAutoWidth(true)
                .setKey("period");
        grid.addColumn(judgement -> getTranslation("label.trend." + judgement.content().trend().name()))
                .setHeader(getTranslation("judgement.trend")).setAutoWidth(true)
                .setKey("trend");
        grid.addColumn(judgement -> judgement.content().alert() ? judgement.content().alertText() : "")
                .setHeader(getTranslation("judgement.alert")).setFlexGrow(1).setKey("alert");
        grid.addColumn(judgement -> getTranslation("judgement.status." + judgement.status()))
                .setHeader(getTranslation("review.status")).setAutoWidth(true).setKey("status");
        grid.addColumn(JudgementDetails::recordedBy).setHeader(getTranslation("judgement.recorded-by")).setAutoWidth(true).setKey("by");
        grid.setAriaLabel(getTranslation("judgement.grid"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                edit(change.getValue());
            }
        });
        newJudgement.addClickListener(click -> startNew());
        retract.addClickListener(click -> openRetract());
        form.addSaveListener(save -> save(save.judgement(), save.reason()));
        Div actions = new Div(monitorSelect, newJudgement);
        actions.addClassName("admin-actions");
        Div editor = new Div(form, retract, history);
        editor.addClassName("judgement-editor");
        add(new H1(getTranslation("judgement.title")), actions, grid, editor);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<MonitorDetails> all = monitors.all();
        monitor = MonitorChoice.from(event.getLocation().getQueryParameters(), all);
        if (monitor == null) {
            removeAll();
            add(new H1(getTranslation("judgement.title")), new Paragraph(getTranslation("judgement.no-monitors")));
            return;
        }
        monitorSelect.setItems(all);
        monitorSelect.setValue(monitor);
        refreshGrid();
        startNew();
    }

    private void refreshGrid() {
        grid.setItems(judgements.list(monitor.id()));
    }

    private void startNew() {
        editing = null;
        grid.asSingleSelect().clear();
        form.create(monitor, today());
        form.setEnabled(true);
        retract.setVisible(false);
        history.show(List.of(), dates);
    }

    private void edit(JudgementDetails judgement) {
        editing = judgements.find(judgement.id());
        form.edit(monitor, editing, today());
        form.setEnabled(!editing.retracted());
        retract.setVisible(!editing.retracted());
        history.show(judgements.history(editing.id()), dates);
    }

    private void save(NewJudgement judgement, String reason) {
        try {
            if (editing == null) {
                judgements.record(judgement);
                Notices.done(getTranslation("judgement.saved"));
            } else {
                judgements.correct(editing.id(), editing.version(), judgement, reason);
                Notices.done(getTranslation("judgement.correction-saved"));
            }
            refreshGrid();
            startNew();
        } catch (InvalidJudgementException refused) {
            form.showProblems(Problems.texts(refused.problems()));
        } catch (JudgementConflictException conflict) {
            Notices.error(Problems.text(JudgementConflictException.REASON));
        }
    }

    private void openRetract() {
        if (editing == null) {
            return;
        }
        JudgementDetails target = editing;
        retractDialog = new RetractJudgementDialog(periodText(target.content().period()), reason -> {
            try {
                judgements.retract(target.id(), target.version(), reason);
                retractDialog.close();
                Notices.done(getTranslation("judgement.retracted"));
                refreshGrid();
                startNew();
            } catch (InvalidJudgementException refused) {
                retractDialog.reason.setErrorMessage(Problems.text(refused.problems().values().iterator().next()));
                retractDialog.reason.setInvalid(true);
            } catch (JudgementConflictException conflict) {
                retractDialog.close();
                Notices.error(Problems.text(JudgementConflictException.REASON));
            }
        });
        retractDialog.open();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("judgement.page-title");
    }

    /** "November 2025", "noviembre de 2025", or a custom period's two days, in the screen's language. */
    private String periodText(com.riskdesk.assessment.JudgementPeriod period) {
        return JudgementForm.describe(period, getLocale(), this::getTranslation);
    }
}
