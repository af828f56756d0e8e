package com.riskdesk.entry.ui;

import com.riskdesk.base.i18n.Message;
import com.riskdesk.base.ui.AddressBar;
import com.riskdesk.base.ui.Problems;
import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.dashboard.PublicEffects;
import com.riskdesk.dashboard.TileChange;
import com.riskdesk.entry.EditConflictException;
import com.riskdesk.entry.EntryDetails;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.EntrySummary;
import com.riskdesk.entry.InvalidEntryException;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.review.ReviewService;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import com.riskdesk.monitor.ui.MonitorChoice;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where editors record and correct entries: the monitor's entries in a lazy grid (filter by kind and date, newest
 * first) beside the entry form. Choosing a row opens it for correction, with its history and a retract action.
 */
@Route("admin/entries")
@RolesAllowed("EDITOR")
public class EntryAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(EntryAdminView.class);
    private final EntryService entries;
    private final PublicEffects effects;
    private final MonitorService monitors;
    private final Clock clock;
    private final EntryBroadcaster broadcaster;
    private final ReviewService review;
    private final boolean admin;
    final ReviewSwitch reviewSwitch;
    private Registration subscription;
    final Select<MonitorDetails> monitorSelect = new Select<>();
    final EntryFilterBar filters = new EntryFilterBar();
    final Grid<EntrySummary> grid = new Grid<>(EntrySummary.class, false);
    final Button newEntry = new Button(getTranslation("review.change.RECORD"));
    final Button retract = new Button(getTranslation("judgement.retract-button"));
    private final Div editor = new Div();
    private final EntryHistory history = new EntryHistory();
    EntryForm form;
    private MonitorDetails monitor;
    private StaffDates dates = new StaffDates(null);
    private EntryDetails editing;
    RetractDialog retractDialog;

    EntryAdminView(EntryService entries, PublicEffects effects, MonitorService monitors, EntryBroadcaster broadcaster,
                   Clock clock, ReviewService review, AuthenticationContext authentication) {
        this.review = review;
        this.admin = authentication.hasRole("ADMIN");
        this.reviewSwitch = new ReviewSwitch(admin, this::switchReview);
        this.effects = effects;
        this.broadcaster = broadcaster;
        this.entries = entries;
        this.monitors = monitors;
        this.clock = clock;
        addClassName("entry-admin");
        monitorSelect.setLabel(getTranslation("review.monitor"));
        monitorSelect.setItemLabelGenerator(MonitorDetails::name);
        monitorSelect.setId("entry-monitor");
        monitorSelect.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(EntryAdminView.class,
                        QueryParameters.simple(address(change.getValue()))));
            }
        });
        filters.onChange(() -> {
            refreshGrid();
            getUI().ifPresent(ui -> AddressBar.replace(ui, addressOf(monitor)));
        });

        // Headlines wrap instead of being cut to a few characters; the narrow columns keep to their content.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(this::describeDate).setHeader(getTranslation("entry.admin.date")).setWidth("8.5em").setFlexGrow(0);
        grid.addColumn(summary -> monitor.kindLabel(summary.kind().code())).setHeader(getTranslation("entry.filter.kind")).setWidth("8em").setFlexGrow(0);
        grid.addColumn(EntrySummary::headline).setHeader(getTranslation("review.headline")).setWidth("10em").setFlexGrow(3);
        grid.addColumn(EntrySummary::outlet).setHeader(getTranslation("entry.admin.source")).setWidth("6em").setFlexGrow(1);
        grid.addColumn(EntrySummary::status).setHeader(getTranslation("review.status")).setWidth("7.5em").setFlexGrow(0)
                .setPartNameGenerator(summary -> "status-" + summary.status().toLowerCase());
        // Who recorded an entry is in its history beside the grid; the grid's room goes to the headline.
        grid.setAriaLabel(getTranslation("entry.admin.grid"));
        grid.setId("entry-grid");
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
        monitor = MonitorChoice.from(event.getLocation().getQueryParameters(), all);
        removeAll();
        add(new H1(getTranslation("entry.admin.title")));
        if (monitor == null) {
            add(new Paragraph(getTranslation("entry.admin.no-monitor")));
            return;
        }
        monitorSelect.setItems(all);
        monitorSelect.setValue(monitor);
        dates = StaffDates.ofCurrentUser(getLocale());
        filters.useDates(dates);
        filters.useMonitor(monitor);
        filters.read(event.getLocation().getQueryParameters());
        Div bar = new Div(monitorSelect, filters, newEntry);
        bar.addClassName("entry-filters");
        reviewSwitch.show(review.setting(monitor.id()), dates, admin);
        form = new EntryForm(monitor, LocalDate.now(clock), dates);
        form.setPreviewer(this::preview);
        form.addSaveListener(save -> save(save.entry(), save.note(), save.confirmation()));
        editor.removeAll();
        editor.add(form, retract, history);
        Div workspace = new Div(grid, editor);
        workspace.addClassName("entry-workspace");
        add(bar, reviewSwitch, workspace);
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
        EntryFilter filter = filters.filter(monitor.id());
        grid.setEmptyStateText(filters.isFiltering()
                ? getTranslation("entry.admin.none-match")
                : getTranslation("entry.admin.none-yet", monitor.name()));
        grid.setItems(query -> entries.search(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) entries.count(filter));
    }

    /** The monitor and the filters in use, as the address carries them. */
    private Map<String, String> address(MonitorDetails shown) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("monitor", shown.slug());
        parameters.putAll(filters.parameters());
        return parameters;
    }

    private String addressOf(MonitorDetails shown) {
        return "admin/entries?" + address(shown).entrySet().stream()
                .map(parameter -> parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The date as staff read it everywhere: "11/30/2025", "Nov 2025", "on or before 11/30/2025". */
    private String describeDate(EntrySummary summary) {
        return switch (summary.precision()) {
            case DAY -> dates.format(summary.occurredOn());
            case MONTH -> dates.formatMonth(summary.occurredOn());
            case ON_OR_BEFORE -> getTranslation("words.date.on-or-before", dates.format(summary.occurredOn()));
        };
    }

    private void startNew() {
        editing = null;
        grid.asSingleSelect().clear();
        retract.setVisible(false);
        history.show(List.of(), dates);
        form.startNew();
    }

    private void open(long id) {
        editing = entries.find(id);
        form.edit(editing);
        retract.setVisible(!editing.retracted());
        history.show(entries.history(id), dates);
    }

    /** What saving {@code entry} now would do to the public tiles; nothing is kept. */
    private List<TileChange> preview(NewEntry entry) {
        EntryDetails opened = editing;
        // Refused entries and stale corrections are told apart before anything is written.
        Map<String, Message> problems = entries.check(entry);
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
        if (opened != null && entries.find(opened.id()).version() != opened.version()) {
            throw new EditConflictException();
        }
        return effects.preview(monitor.slug(), getLocale(), () -> {
            if (opened == null) {
                entries.record(entry);
            } else {
                entries.correct(opened.id(), opened.version(), entry, null);
            }
        });
    }

    private void save(NewEntry entry, String note, String confirmation) {
        try {
            if (review.changesNeedReview(monitor.id())) {
                saveDraft(entry, note, confirmation);
            } else if (editing == null) {
                long id = entries.record(entry, confirmation);
                form.readyForNext(getTranslation("entry.admin.saved", Long.toString(id)));
            } else {
                entries.correct(editing.id(), editing.version(), entry, withConfirmation(note, confirmation));
                open(editing.id());
                form.showStatus(getTranslation("judgement.correction-saved"));
            }
            refreshGrid();
        } catch (InvalidEntryException refused) {
            form.showProblems(Problems.texts(refused.problems()));
        } catch (EditConflictException conflict) {
            showConflict(conflict);
        } catch (RuntimeException failure) {
            LOG.error("Could not store an entry of monitor {}", monitor.slug(), failure);
            form.showFailure(getTranslation("entry.admin.not-stored"));
        }
    }

    private void switchReview(boolean required) {
        review.requireReview(monitor.id(), required);
        reviewSwitch.show(review.setting(monitor.id()), dates, admin);
    }

    /** While the monitor requires review: the change is kept as a draft, and nothing public changes yet. */
    private void saveDraft(NewEntry entry, String note, String confirmation) {
        if (editing == null) {
            long draft = review.proposeNew(entry, confirmation);
            form.readyForNext(draftSaved(draft));
        } else {
            long draft = review.proposeCorrection(editing.id(), editing.version(), entry,
                    withConfirmation(note, confirmation));
            open(editing.id());
            form.showStatus(draftSaved(draft));
        }
    }

    /** A correction's note, with the reason staff gave for an unusual change of a public figure. */
    private String withConfirmation(String note, String confirmation) {
        if (confirmation == null || confirmation.isBlank()) {
            return note;
        }
        String confirmed = getTranslation("entry.admin.confirmed", confirmation.strip());
        return note == null || note.isBlank() ? confirmed : note.strip() + " (" + confirmed + ")";
    }

    private void confirmRetraction() {
        RetractDialog dialog = new RetractDialog(editing.content().headline(), reason -> {
            try {
                boolean draft = review.changesNeedReview(monitor.id());
                long draftId = draft ? review.proposeRetraction(editing.id(), editing.version(), reason) : 0;
                if (!draft) {
                    entries.retract(editing.id(), editing.version(), reason);
                }
                retractDialog.close();
                open(editing.id());
                form.showStatus(draft ? draftSaved(draftId) : getTranslation("entry.admin.retracted"));
                refreshGrid();
            } catch (InvalidEntryException refused) {
                form.showProblems(Problems.texts(refused.problems()));
            } catch (EditConflictException conflict) {
                showConflict(conflict);
            } catch (RuntimeException failure) {
                LOG.error("Could not retract entry {}", editing.id(), failure);
                retractDialog.close();
                form.showFailure(getTranslation("entry.admin.not-stored"));
            }
        });
        retractDialog = dialog;
        dialog.open();
    }

    private void showConflict(EditConflictException conflict) {
        if (retractDialog != null) {
            retractDialog.close();
        }
        form.showProblems(Map.of("conflict", getTranslation("entry.edit-conflict")));
        Button reload = new Button(getTranslation("entry.admin.reload"), click -> open(editing.id()));
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        form.showConflict(reload);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("entry.admin.page-title");
    }

    /** "Saved as a draft for review (draft #12). …", in the reader's language. */
    private String draftSaved(long draft) {
        return getTranslation("entry.admin.draft-saved", Long.toString(draft));
    }
}
