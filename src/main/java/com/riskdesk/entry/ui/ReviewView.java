package com.riskdesk.entry.ui;

import com.riskdesk.base.ui.StaffDates;
import com.riskdesk.dashboard.PublicEffects;
import com.riskdesk.dashboard.TileChange;
import com.riskdesk.entry.EditConflictException;
import com.riskdesk.entry.EntryDetails;
import com.riskdesk.entry.FieldChange;
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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Review · Staff · Risk Monitor")
@RolesAllowed("EDITOR")
public class ReviewView extends Div implements BeforeEnterObserver {

    private final ReviewService review;
    private final PublicEffects effects;
    private final MonitorService monitors;
    private final Clock clock;
    final Grid<Draft> grid = new Grid<>();
    final Div detail = new Div();
    final Paragraph status = new Paragraph();
    final TextArea comment = new TextArea("Comment for the author");
    final Button publish = new Button("Publish");
    final Button sendBack = new Button("Send back");
    final Button discard = new Button("Discard draft");
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
        grid.addColumn(draft -> "#" + draft.id()).setHeader("Draft").setWidth("5em").setFlexGrow(0);
        grid.addColumn(draft -> monitorName(draft.content().monitorId())).setHeader("Monitor").setFlexGrow(1);
        grid.addColumn(draft -> draft.change().label()).setHeader("Change").setWidth("7em").setFlexGrow(0);
        grid.addColumn(draft -> draft.content().headline()).setHeader("Headline").setFlexGrow(3);
        grid.addColumn(Draft::author).setHeader("Author").setWidth("7em").setFlexGrow(0);
        grid.addColumn(draft -> draft.status().label()).setHeader("Status").setWidth("9em").setFlexGrow(0);
        grid.setId("review-grid");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No drafts are waiting for review.");
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
            return "Draft #" + shown.id() + " published as entry #" + entryId + ".";
        }));
        sendBack.setId("review-send-back");
        sendBack.addClickListener(click -> act(() -> {
            review.sendBack(shown.id(), comment.getValue());
            return "Draft #" + shown.id() + " sent back to " + shown.author() + ".";
        }));
        discard.setId("review-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        discard.addClickListener(click -> act(() -> {
            review.discard(shown.id());
            return "Draft #" + shown.id() + " discarded.";
        }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        dates = StaffDates.ofCurrentUser(getLocale());
        removeAll();
        add(new H1("Review"), new Paragraph("Changes saved as drafts while their monitor requires review. "
                + "Nobody reviews their own change."), status, grid, detail);
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
        detail.add(new H2(shown.change().label() + " · draft #" + shown.id() + " by " + shown.author()));
        detail.add(list("History", review.history(draftId).stream()
                .map(step -> dates.formatUtc(step.at()) + ": " + step.describe()).toList(), "review-history"));
        detail.add(list("What it changes", review.changes(draftId).stream().map(FieldChange::describe).toList(),
                "review-changes"));
        if (own) {
            showOwn();
        } else if (shown.status() == DraftStatus.PENDING) {
            detail.add(list("What the public will see after publishing", preview(), "review-effect"));
            detail.add(publish, comment, sendBack);
        } else {
            detail.add(new Paragraph("Sent back to " + shown.author() + ": waiting for them to change it."));
        }
    }

    /** The author's own draft: no review buttons; when sent back, the form to change and resubmit it. */
    private void showOwn() {
        detail.add(new Paragraph(shown.status() == DraftStatus.PENDING
                ? "Waiting for another staff member to review it."
                : "Sent back to you: change it and resubmit, or discard it."));
        if (shown.status() == DraftStatus.SENT_BACK) {
            MonitorDetails monitor = monitors.findById(shown.content().monitorId()).orElseThrow();
            form = new EntryForm(monitor, LocalDate.now(clock), dates);
            form.edit(new EntryDetails(shown.id(), shown.content(), 0, false, null, shown.createdAt(), shown.author()));
            form.retitle("Change draft #" + shown.id(), "Resubmit for review", shown.change() != ChangeKind.RECORD);
            form.addSaveListener(save -> act(() -> {
                review.resubmit(shown.id(), save.entry(),
                        save.note() == null || save.note().isBlank() ? shown.reason() : save.note());
                return "Draft #" + shown.id() + " resubmitted for review.";
            }));
            detail.add(form);
        }
        detail.add(discard);
    }

    private List<String> preview() {
        try {
            String slug = monitors.findById(shown.content().monitorId()).orElseThrow().slug();
            List<TileChange> changes = effects.preview(slug, () -> review.publish(shown.id()));
            return changes.isEmpty() ? List.of("No public tile changes.")
                    : changes.stream().map(TileChange::describe).toList();
        } catch (EditConflictException conflict) {
            return List.of("The entry was changed after this draft was written: send it back so it can be redone.");
        } catch (InvalidEntryException refused) {
            return List.of("It can no longer be published: " + String.join("; ", refused.problems().values()));
        }
    }

    private void act(Supplier<String> action) {
        try {
            status.setText(action.get());
            refresh();
        } catch (SelfReviewException | EditConflictException refused) {
            status.setText(refused.getMessage());
        } catch (InvalidEntryException refused) {
            Map<String, String> problems = refused.problems();
            if (problems.containsKey("reason") && form == null) {
                comment.setInvalid(true);
                comment.setErrorMessage("Say what the author should change");
            } else if (form != null && form.isAttached()) {
                form.showProblems(problems);
            }
            status.setText("Not done: " + String.join("; ", problems.values()));
        }
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
