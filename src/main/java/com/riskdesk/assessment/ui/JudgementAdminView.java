package com.riskdesk.assessment.ui;

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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Trend judgements · Staff · Risk Monitor")
@RolesAllowed("EDITOR")
public class JudgementAdminView extends Div implements BeforeEnterObserver {

    private final JudgementService judgements;
    private final MonitorService monitors;
    private final Clock clock;
    private final StaffDates dates;
    final Select<MonitorDetails> monitorSelect = new Select<>();
    final Grid<JudgementDetails> grid = new Grid<>(JudgementDetails.class, false);
    final Button newJudgement = new Button("New judgement");
    final Button retract = new Button("Retract…");
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
        monitorSelect.setLabel("Monitor");
        monitorSelect.setItemLabelGenerator(MonitorDetails::name);
        monitorSelect.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(JudgementAdminView.class,
                        QueryParameters.of("monitor", change.getValue().slug())));
            }
        });
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(judgement -> judgement.content().period().describe()).setHeader("Period").setAutoWidth(true)
                .setKey("period");
        grid.addColumn(judgement -> judgement.content().trend().label()).setHeader("Trend").setAutoWidth(true)
                .setKey("trend");
        grid.addColumn(judgement -> judgement.content().alert() ? judgement.content().alertText() : "")
                .setHeader("Risk alert").setFlexGrow(1).setKey("alert");
        grid.addColumn(JudgementDetails::status).setHeader("Status").setAutoWidth(true).setKey("status");
        grid.addColumn(JudgementDetails::recordedBy).setHeader("Recorded by").setAutoWidth(true).setKey("by");
        grid.setAriaLabel("Trend judgements, latest period first");
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
        add(new H1("Trend judgements"), actions, grid, editor);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<MonitorDetails> all = monitors.all();
        monitor = MonitorChoice.from(event.getLocation().getQueryParameters(), all);
        if (monitor == null) {
            removeAll();
            add(new H1("Trend judgements"), new Paragraph("No monitors yet: an admin adds one first."));
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
                Notices.done("Judgement saved; the overview and the dashboard show it now.");
            } else {
                judgements.correct(editing.id(), editing.version(), judgement, reason);
                Notices.done("Correction saved.");
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
        retractDialog = new RetractJudgementDialog(target.content().period().describe(), reason -> {
            try {
                judgements.retract(target.id(), target.version(), reason);
                retractDialog.close();
                Notices.done("Judgement retracted.");
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
}
