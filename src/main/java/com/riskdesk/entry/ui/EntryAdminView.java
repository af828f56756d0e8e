package com.riskdesk.entry.ui;

import com.riskdesk.entry.EditConflictException;
import com.riskdesk.entry.EntryDetails;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.EntrySummary;
import com.riskdesk.entry.InvalidEntryException;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where editors record and correct entries: the monitor's entries in a lazy grid (filter by kind and date, newest
 * first) beside the entry form. Choosing a row opens it for correction, with its history and a retract action.
 */
@Route("admin/entries")
@PageTitle("Entries · Staff · Risk Monitor")
@RolesAllowed("EDITOR")
public class EntryAdminView extends Div implements BeforeEnterObserver {

    private final EntryService entries;
    private final MonitorService monitors;
    private final Clock clock;
    private final EntryBroadcaster broadcaster;
    private Registration subscription;
    final Select<MonitorDetails> monitorSelect = new Select<>();
    final Select<EntryKind> kindFilter = new Select<>();
    final DatePicker fromFilter = new DatePicker("From");
    final DatePicker toFilter = new DatePicker("To");
    final Grid<EntrySummary> grid = new Grid<>(EntrySummary.class, false);
    final Button newEntry = new Button("New entry");
    final Button retract = new Button("Retract…");
    private final Div editor = new Div();
    private final EntryHistory history = new EntryHistory();
    EntryForm form;
    private MonitorDetails monitor;
    private EntryDetails editing;
    RetractDialog retractDialog;

    EntryAdminView(EntryService entries, MonitorService monitors, EntryBroadcaster broadcaster, Clock clock) {
        this.broadcaster = broadcaster;
        this.entries = entries;
        this.monitors = monitors;
        this.clock = clock;
        addClassName("entry-admin");
        monitorSelect.setLabel("Monitor");
        monitorSelect.setItemLabelGenerator(MonitorDetails::name);
        monitorSelect.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(EntryAdminView.class,
                        QueryParameters.of("monitor", change.getValue().slug())));
            }
        });
        kindFilter.setLabel("Kind");
        kindFilter.setItems(EntryKind.values());
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption("All kinds");
        kindFilter.setItemLabelGenerator(kind -> kind == null ? "All kinds" : kind.label());
        kindFilter.addValueChangeListener(change -> refreshGrid());
        fromFilter.addValueChangeListener(change -> refreshGrid());
        toFilter.addValueChangeListener(change -> refreshGrid());

        grid.addColumn(EntrySummary::describeDate).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(summary -> summary.kind().label()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EntrySummary::headline).setHeader("Headline").setFlexGrow(1);
        grid.addColumn(EntrySummary::outlet).setHeader("Source").setAutoWidth(true);
        grid.addColumn(summary -> summary.retracted() ? "Retracted" : "").setHeader("Status").setAutoWidth(true);
        grid.addColumn(EntrySummary::recordedBy).setHeader("Recorded by").setAutoWidth(true);
        grid.setAriaLabel("Entries, newest first");
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                open(change.getValue().id());
            }
        });

        newEntry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newEntry.addClickListener(click -> startNew());
        retract.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retract.setVisible(false);
        retract.addClickListener(click -> confirmRetraction());
        editor.addClassName("entry-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<MonitorDetails> all = monitors.all();
        String slug = event.getLocation().getQueryParameters().getSingleParameter("monitor").orElse(null);
        monitor = all.stream().filter(candidate -> candidate.slug().equals(slug)).findFirst()
                .orElse(all.isEmpty() ? null : all.getFirst());
        removeAll();
        add(new H1("Entries"));
        if (monitor == null) {
            add(new Paragraph("There is no monitor yet. An admin adds one under Monitors."));
            return;
        }
        monitorSelect.setItems(all);
        monitorSelect.setValue(monitor);
        Div filters = new Div(monitorSelect, kindFilter, fromFilter, toFilter, newEntry);
        filters.addClassName("entry-filters");
        form = new EntryForm(monitor, LocalDate.now(clock));
        form.addSaveListener(save -> save(save.entry(), save.note()));
        editor.removeAll();
        editor.add(form, retract, history);
        Div workspace = new Div(grid, editor);
        workspace.addClassName("entry-workspace");
        add(filters, workspace);
        refreshGrid();
        startNew();
        getUI().ifPresent(this::follow);
    }

    /** Other editors' saves show up in this grid too, without a reload. */
    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        follow(attach.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        unfollow();
        super.onDetach(detach);
    }

    private void follow(UI ui) {
        unfollow();
        if (monitor != null) {
            subscription = broadcaster.subscribe(monitor.id(), change -> ui.access(grid.getDataProvider()::refreshAll));
        }
    }

    private void unfollow() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private void refreshGrid() {
        if (monitor == null) {
            return;
        }
        EntryFilter filter = new EntryFilter(monitor.id(), kindFilter.getValue(), fromFilter.getValue(),
                toFilter.getValue());
        grid.setItems(query -> entries.search(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) entries.count(filter));
    }

    private void startNew() {
        editing = null;
        grid.asSingleSelect().clear();
        retract.setVisible(false);
        history.show(List.of());
        form.startNew();
    }

    private void open(long id) {
        editing = entries.find(id);
        form.edit(editing);
        retract.setVisible(!editing.retracted());
        history.show(entries.history(id));
    }

    private void save(NewEntry entry, String note) {
        try {
            if (editing == null) {
                long id = entries.record(entry);
                form.readyForNext("Saved entry #" + id + ". Ready for the next one.");
            } else {
                entries.correct(editing.id(), editing.version(), entry, note);
                open(editing.id());
                form.showStatus("Correction saved.");
            }
            refreshGrid();
        } catch (InvalidEntryException refused) {
            form.showProblems(refused.problems());
        } catch (EditConflictException conflict) {
            showConflict(conflict);
        }
    }

    private void confirmRetraction() {
        RetractDialog dialog = new RetractDialog(editing.content().headline(), reason -> {
            try {
                entries.retract(editing.id(), editing.version(), reason);
                retractDialog.close();
                open(editing.id());
                form.showStatus("Entry retracted. It no longer counts and is listed in the corrections log.");
                refreshGrid();
            } catch (InvalidEntryException refused) {
                form.showProblems(refused.problems());
            } catch (EditConflictException conflict) {
                showConflict(conflict);
            }
        });
        retractDialog = dialog;
        dialog.open();
    }

    private void showConflict(EditConflictException conflict) {
        if (retractDialog != null) {
            retractDialog.close();
        }
        form.showProblems(Map.of("conflict", conflict.getMessage()));
        Button reload = new Button("Reload the entry", click -> open(editing.id()));
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        form.showConflict(reload);
    }
}
