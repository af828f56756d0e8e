package com.riskdesk.entry.review;

import com.riskdesk.base.i18n.Message;
import com.riskdesk.entry.EditConflictException;
import com.riskdesk.entry.EntryDetails;
import com.riskdesk.entry.EntryDiff;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.FieldChange;
import com.riskdesk.entry.InvalidEntryException;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.security.CurrentStaff;
import com.riskdesk.security.StaffRole;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review before publishing. While a monitor requires review, an editor's new entry, correction or retraction is
 * kept as a draft (the entry tables, and so every public page, do not see it). Another staff member publishes it,
 * which applies it through {@link EntryService} at that moment (so it is recorded at publication time), or sends it
 * back with a comment. Admins' own changes are published directly: they are the ones who switch review on and off.
 */
@Service
public class ReviewService {

    public static final int COMMENT_MAX = EntryService.REASON_MAX;

    private final DraftStore drafts;
    private final EntryService entries;
    private final Clock clock;

    ReviewService(DraftStore drafts, EntryService entries, Clock clock) {
        this.drafts = drafts;
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public ReviewSetting setting(long monitorId) {
        return drafts.setting(monitorId).orElse(new ReviewSetting(monitorId, false, null, null));
    }

    /** Turns review on or off for a monitor; each switch is kept with who and when. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void requireReview(long monitorId, boolean required) {
        drafts.switchReview(monitorId, required, clock.instant(), actor());
    }

    /** Whether the signed-in staff member's changes to this monitor wait for review. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public boolean changesNeedReview(long monitorId) {
        return setting(monitorId).required() && !isAdmin();
    }

    /** Keeps a new entry as a draft; it is checked as strictly as a save would be. Returns the draft's id. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public long proposeNew(NewEntry entry, String note) {
        check(entry);
        checkComment(note, false);
        return submit(ChangeKind.RECORD, null, null, entry, note);
    }

    /** Keeps a correction of entry {@code id}, as loaded at {@code version}, as a draft. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public long proposeCorrection(long id, int version, NewEntry content, String note) {
        EntryDetails current = current(id, version);
        if (content.monitorId() != current.content().monitorId()) {
            throw new InvalidEntryException(Map.of("monitorId", Message.of("entry.problem.other-monitor")));
        }
        check(content);
        checkComment(note, false);
        return submit(ChangeKind.CORRECT, id, version, content, note);
    }

    /** Keeps the retraction of entry {@code id} as a draft; the reason is required as for a retraction. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public long proposeRetraction(long id, int version, String reason) {
        EntryDetails current = current(id, version);
        if (current.retracted()) {
            throw new InvalidEntryException(Map.of("reason", Message.of("entry.problem.already-retracted")));
        }
        checkComment(reason, true);
        return submit(ChangeKind.RETRACT, id, version, current.content(), reason);
    }

    /** Drafts waiting for review or back with their authors, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public List<Draft> openDrafts() {
        return drafts.open();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public Draft find(long draftId) {
        return drafts.find(draftId).orElseThrow(() -> new IllegalArgumentException("No draft " + draftId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public List<DraftEvent> history(long draftId) {
        return drafts.events(draftId);
    }

    /** What the draft changes, field by field, against the entry as it stands now (against nothing for a new one). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('EDITOR')")
    public List<FieldChange> changes(long draftId) {
        Draft draft = find(draftId);
        return switch (draft.change()) {
            case RECORD -> EntryDiff.between(null, draft.content());
            case CORRECT -> EntryDiff.between(entries.find(draft.entryId()).content(), draft.content());
            case RETRACT -> List.of(new FieldChange(Message.of("entry.change.field.status"),
                    Message.of("entry.change.published"), Message.of("entry.change.retracted", draft.reason())));
        };
    }

    /**
     * Applies the draft through {@link EntryService} now, as the reviewer, and marks it published; returns the entry's
     * id. Refused for the draft's author and for drafts not waiting for review; a correction of an entry changed since
     * the draft was written is an {@link EditConflictException}.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public long publish(long draftId) {
        Draft draft = reviewable(draftId);
        // A correction's or retraction's reason is public (corrections log): it stays the author's words.
        long entryId = switch (draft.change()) {
            case RECORD -> entries.record(draft.content(), "Draft #" + draft.id() + " by " + draft.author()
                    + ", reviewed and published by " + actor() + (draft.reason() == null ? "" : ": " + draft.reason()));
            case CORRECT -> {
                entries.correct(draft.entryId(), draft.entryVersion(), draft.content(), draft.reason());
                yield draft.entryId();
            }
            case RETRACT -> {
                entries.retract(draft.entryId(), draft.entryVersion(), draft.reason());
                yield draft.entryId();
            }
        };
        drafts.status(draftId, DraftStatus.PUBLISHED, entryId);
        drafts.event(draftId, "PUBLISHED", clock.instant(), actor(), null);
        return entryId;
    }

    /** Returns the draft to its author with a comment saying what to change; the comment is required. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public void sendBack(long draftId, String comment) {
        reviewable(draftId);
        checkComment(comment, true);
        drafts.status(draftId, DraftStatus.SENT_BACK, null);
        drafts.event(draftId, "SENT_BACK", clock.instant(), actor(), comment.strip());
    }

    /** The author's changed draft goes back to review. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public void resubmit(long draftId, NewEntry content, String note) {
        Draft draft = ownOpen(draftId);
        if (draft.change() == ChangeKind.RETRACT) {
            checkComment(note, true);
            content = draft.content();
        } else {
            check(content);
            checkComment(note, false);
        }
        drafts.replaceContent(draftId, content, blankToNull(note));
        drafts.status(draftId, DraftStatus.PENDING, null);
        drafts.event(draftId, "RESUBMITTED", clock.instant(), actor(), null);
    }

    /** The author drops their draft; it stays in history as discarded. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public void discard(long draftId) {
        ownOpen(draftId);
        drafts.status(draftId, DraftStatus.DISCARDED, null);
        drafts.event(draftId, "DISCARDED", clock.instant(), actor(), null);
    }

    private long submit(ChangeKind change, Long entryId, Integer version, NewEntry content, String reason) {
        Instant now = clock.instant();
        long id = drafts.insert(change, entryId, version, content, blankToNull(reason), now, actor());
        drafts.event(id, "SUBMITTED", now, actor(), null);
        return id;
    }

    private Draft reviewable(long draftId) {
        Draft draft = find(draftId);
        if (draft.author().equals(actor())) {
            throw new SelfReviewException();
        }
        if (draft.status() != DraftStatus.PENDING) {
            throw new InvalidEntryException(Map.of("draft", Message.of("review.problem.not-waiting." + draft.status().name())));
        }
        return draft;
    }

    private Draft ownOpen(long draftId) {
        Draft draft = find(draftId);
        if (!draft.author().equals(actor())) {
            throw new InvalidEntryException(Map.of("draft", Message.of("review.problem.not-author")));
        }
        if (draft.status() != DraftStatus.PENDING && draft.status() != DraftStatus.SENT_BACK) {
            throw new InvalidEntryException(Map.of("draft", Message.of("review.problem.already." + draft.status().name())));
        }
        return draft;
    }

    private EntryDetails current(long id, int version) {
        EntryDetails current = entries.find(id);
        if (current.version() != version) {
            throw new EditConflictException();
        }
        return current;
    }

    private void check(NewEntry entry) {
        Map<String, Message> problems = entries.check(entry);
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
    }

    private static void checkComment(String comment, boolean required) {
        if (required && (comment == null || comment.isBlank())) {
            throw new InvalidEntryException(Map.of("reason", Message.of("review.problem.say-why")));
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw new InvalidEntryException(Map.of("reason", Message.of("entry.problem.too-long", COMMENT_MAX)));
        }
    }

    private static boolean isAdmin() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + StaffRole.ADMIN_ROLE).equals(authority.getAuthority()));
    }

    private static String actor() {
        return CurrentStaff.username().orElse("system");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
