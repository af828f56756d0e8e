package com.riskdesk.entry.ui;

import com.riskdesk.base.ui.Problems;
import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.dashboard.PublicEffects;
import com.riskdesk.dashboard.TileChange;
import com.riskdesk.entry.EditConflictException;
import com.riskdesk.entry.EntryDetails;
import com.riskdesk.entry.InvalidEntryException;
import com.riskdesk.entry.review.ChangeKind;
import com.riskdesk.entry.review.Draft;
import com.riskdesk.entry.review.DraftStatus;
import com.riskdesk.entry.review.ReviewService;
import com.riskdesk.entry.review.SelfReviewException;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import com.riskdesk.security.CurrentStaff;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Drafts waiting for a second person: each with what it changes (against the entry as it stands) and what the public
 * tiles would read after it. Another staff member publishes it or sends it back with a comment; the author sees the
 * comment, changes the draft and resubmits it, or discards it.
 */
@Route("admin/review")
@RolesAllowed("EDITOR")
public class ReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService review;
    private final PublicEffects effects;
    private final MonitorService monitors;
    private final Clock clock;
    final Grid<Draft> grid = new Grid<>();
    final Div detail = new Div();
    final Paragraph status = new Paragraph();
    final TextArea comment = new TextArea(getTranslation("review.comment"));
    final Button publish = new Button(getTranslation("review.publish"));
    final Button sendBack = new Button(getTranslation("review.send-back"));
    final Button discard = new Button(getTranslation("review.discard"));
    EntryForm form;
    private StaffDates dates = new StaffDates(null);
    private Draft shown;

    ReviewView(ReviewService review, PublicEffects effects, MonitorService monitors, Clock clock) {
        this.review = review;
        this.effects = effects;
        this.monitors = monitors;
        this.clock = clock;
        addClassName("review-view");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(draft -> "#" + draft.id()).setHeader(getTranslation("review.draft")).setWidth("5em").setFlexGrow(0);
        grid.addColumn(draft -> monitorName(draft.content().monitorId())).setHeader(getTranslation("review.monitor")).setFlexGrow(1);
        grid.addColumn(draft -> changeLabel(draft.change())).setHeader(getTranslation("review.change")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(draft -> draft.content().headline()).setHeader(getTranslation("review.headline")).setFlexGrow(3);
        grid.addColumn(Draft::author).setHeader(getTranslation("review.author")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(draft -> getTranslation("review.status." + draft.status().name()))
                .setHeader(getTranslation("review.status")).setWidth("9em").setFlexGrow(0);
        grid.setId("review-grid");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("review.none"));
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue().id());
            }
        });
        detail.setId("review-detail");
        status.setId("review-status");
        status.getElement().setAttribute("role", "status");
        comment.setId("review-comment");
        comment.setWidthFull();
        comment.setMaxLength(ReviewService.COMMENT_MAX);
        publish.setId("review-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> act(() -> {
            long entryId = review.publish(shown.id());
            return getTranslation("review.published", shown.id(), entryId);
        }));
        sendBack.setId("review-send-back");
        sendBack.addClickListener(click -> act(() -> {
            review.sendBack(shown.id(), comment.getValue());
            return getTranslation("review.sent-back", shown.id(), shown.author());
        }));
        discard.setId("review-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        discard.addClickListener(click -> act(() -> {
            review.discard(shown.id());
            return getTranslation("review.discarded", shown.id());
        }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        dates = StaffDates.ofCurrentUser(getLocale());
        removeAll();
        add(new H1(getTranslation("review.title")), new Paragraph(getTranslation("review.intro")), status, grid, detail);
        refresh();
    }

    private void refresh() {
        grid.setItems(review.openDrafts());
        detail.removeAll();
        shown = null;
    }

    private void show(long draftId) {
        shown = review.find(draftId);
        form = null;
        detail.removeAll();
        comment.clear();
        comment.setInvalid(false);
        boolean own = shown.author().equals(CurrentStaff.username().orElse(""));
        detail.add(new H2(getTranslation("review.detail-title", changeLabel(shown.change()), shown.id(), shown.author())));
        detail.add(list(getTranslation("review.history"), review.history(draftId).stream()
                .map(step -> dates.formatUtc(step.at()) + ": " + Problems.text(step.describe())).toList(), "review-history"));
        detail.add(list(getTranslation("review.what-changes"), review.changes(draftId).stream()
                .map(change -> Problems.text(change.describe())).toList(),
                "review-changes"));
        if (own) {
            showOwn();
        } else if (shown.status() == DraftStatus.PENDING) {
            detail.add(list(getTranslation("review.public-effect"), preview(), "review-effect"));
            detail.add(publish, comment, sendBack);
        } else {
            detail.add(new Paragraph(getTranslation("review.waiting-for-author", shown.author())));
        }
    }

    /** The author's own draft: no review buttons; when sent back, the form to change and resubmit it. */
    private void showOwn() {
        detail.add(new Paragraph(shown.status() == DraftStatus.PENDING
                ? getTranslation("review.own-pending") : getTranslation("review.own-sent-back")));
        if (shown.status() == DraftStatus.SENT_BACK) {
            MonitorDetails monitor = monitors.findById(shown.content().monitorId()).orElseThrow();
            form = new EntryForm(monitor, LocalDate.now(clock), dates);
            form.edit(new EntryDetails(shown.id(), shown.content(), 0, false, null, shown.createdAt(), shown.author()));
            form.retitle(getTranslation("review.change-draft", shown.id()), getTranslation("review.resubmit"),
                    shown.change() != ChangeKind.RECORD);
            form.addSaveListener(save -> act(() -> {
                review.resubmit(shown.id(), save.entry(),
                        save.note() == null || save.note().isBlank() ? shown.reason() : save.note());
                return getTranslation("review.resubmitted", shown.id());
            }));
            detail.add(form);
        }
        detail.add(discard);
    }

    private List<String> preview() {
        try {
            String slug = monitors.findById(shown.content().monitorId()).orElseThrow().slug();
            List<TileChange> changes = effects.preview(slug, getLocale(), () -> review.publish(shown.id()));
            return changes.isEmpty() ? List.of(getTranslation("review.no-tile-changes"))
                    : changes.stream().map(TileChange::describe).toList();
        } catch (EditConflictException conflict) {
            return List.of(getTranslation("review.entry-changed"));
        } catch (InvalidEntryException refused) {
            return List.of(getTranslation("review.cannot-publish",
                    String.join("; ", Problems.texts(refused.problems()).values())));
        }
    }

    private void act(Supplier<String> action) {
        try {
            status.setText(action.get());
            refresh();
        } catch (SelfReviewException refused) {
            status.setText(getTranslation("review.self-review"));
        } catch (EditConflictException refused) {
            status.setText(getTranslation("entry.edit-conflict"));
        } catch (InvalidEntryException refused) {
            Map<String, String> problems = Problems.texts(refused.problems());
            if (problems.containsKey("reason") && form == null) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation("review.comment-required"));
            } else if (form != null && form.isAttached()) {
                form.showProblems(problems);
            }
            status.setText(getTranslation("review.not-done", String.join("; ", problems.values())));
        }
    }

    private String changeLabel(ChangeKind change) {
        return getTranslation("review.change." + change.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.page-title");
    }

    private String monitorName(long monitorId) {
        return monitors.findById(monitorId).map(MonitorDetails::name).orElse("#" + monitorId);
    }

    private static Div list(String title, List<String> lines, String id) {
        UnorderedList items = new UnorderedList();
        lines.forEach(line -> items.add(new ListItem(line)));
        Div section = new Div(new H3(title), items);
        section.setId(id);
        return section;
    }
}
