package com.riskdesk.entry.review;

import static com.riskdesk.entry.Figure.cumulative;
import static com.riskdesk.entry.Qualifier.AT_LEAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestClock;
import com.riskdesk.TestData;
import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.Translations;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.IndicatorTile;
import com.riskdesk.dashboard.SharedDashboards;
import com.riskdesk.entry.EntryDetails;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.InvalidEntryException;
import com.riskdesk.entry.Revision;
import com.riskdesk.monitor.MonitorService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Review before publishing, read back through the public path (the shared dashboard every page renders). Not
 * transactional on purpose: shared readings move on only when a change commits.
 */
@IntegrationTest
@DirtiesContext
class ReviewServiceTest {

    private static final AtomicInteger MONITORS = new AtomicInteger();
    private static final LocalDate DAY = LocalDate.of(2025, 11, 2);

    @Autowired
    ReviewService review;
    @Autowired
    EntryService entries;
    @Autowired
    SharedDashboards shared;
    @Autowired
    MonitorService monitors;
    @Autowired
    TestClock clock;

    String slug;
    long monitorId;

    @BeforeEach
    void createMonitorThatRequiresReview() {
        slug = "review-" + MONITORS.incrementAndGet();
        monitorId = TestData.asAdmin(() -> monitors.create(TestData.monitor(slug)).id());
        as("boss", true, () -> {
            review.requireReview(monitorId, true);
            return null;
        });
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void review_is_off_by_default_and_switching_it_is_kept_with_who_and_when() {
        long other = TestData.asAdmin(() -> monitors.create(TestData.monitor(slug + "-off")).id());

        assertThat(as("editor", false, () -> review.changesNeedReview(other))).isFalse();
        assertThat(as("editor", false, () -> review.changesNeedReview(monitorId))).isTrue();
        assertThat(as("boss", true, () -> review.changesNeedReview(monitorId))).as("admins publish directly").isFalse();
        assertThat(as("editor", false, () -> review.setting(monitorId)))
                .isEqualTo(new ReviewSetting(monitorId, true, TestData.NOW, "boss"));
    }

    @Test
    void only_admins_switch_review() {
        assertThatThrownBy(() -> as("editor", false, () -> {
            review.requireReview(monitorId, false);
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_draft_is_not_public_until_another_staff_member_publishes_it_at_publication_time() {
        long draft = as("editor", false, () -> review.proposeNew(deaths(87), null));

        assertThat(deathsTile(null).hasFigure()).as("public dashboard before review").isFalse();
        assertThat(as("editor", false, () -> entries.count(EntryFilter.all(monitorId)))).isZero();

        clock.advance(Duration.ofHours(3));
        long entryId = as("reviewer", false, () -> review.publish(draft));

        assertThat(deathsTile(null).current().value().describe()).isEqualTo("at least 87");
        EntryDetails published = as("reviewer", false, () -> entries.find(entryId));
        assertThat(published.recordedAt()).isEqualTo(TestData.NOW.plus(Duration.ofHours(3)));
        assertThat(deathsTile(TestData.NOW.plus(Duration.ofHours(1))).hasFigure())
                .as("a snapshot between drafting and publication").isFalse();
        assertThat(as("reviewer", false, () -> review.find(draft).status())).isEqualTo(DraftStatus.PUBLISHED);
        assertThat(as("reviewer", false, () -> review.history(draft))).extracting(DraftEvent::action, DraftEvent::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SUBMITTED", "editor"),
                        org.assertj.core.groups.Tuple.tuple("PUBLISHED", "reviewer"));
        List<Revision> history = as("reviewer", false, () -> entries.history(entryId));
        assertThat(history).singleElement().satisfies(revision -> {
            assertThat(revision.changedBy()).isEqualTo("reviewer");
            assertThat(revision.reason()).contains("Draft #" + draft + " by editor");
        });
    }

    @Test
    void nobody_reviews_their_own_draft() {
        long draft = as("editor", false, () -> review.proposeNew(deaths(87), null));

        assertThatThrownBy(() -> as("editor", false, () -> review.publish(draft)))
                .isInstanceOf(SelfReviewException.class);
        assertThatThrownBy(() -> as("editor", false, () -> {
            review.sendBack(draft, "Looks fine to me");
            return null;
        })).isInstanceOf(SelfReviewException.class);
        assertThat(deathsTile(null).hasFigure()).isFalse();
        assertThat(as("editor", false, () -> review.find(draft).status())).isEqualTo(DraftStatus.PENDING);
    }

    @Test
    void a_draft_sent_back_needs_a_comment_and_its_author_can_resubmit_it() {
        long draft = as("editor", false, () -> review.proposeNew(deaths(870), null));

        assertThatThrownBy(() -> as("reviewer", false, () -> {
            review.sendBack(draft, "  ");
            return null;
        })).isInstanceOf(InvalidEntryException.class);
        as("reviewer", false, () -> {
            review.sendBack(draft, "Reuters says 87, not 870");
            return null;
        });

        assertThat(as("editor", false, () -> review.find(draft).status())).isEqualTo(DraftStatus.SENT_BACK);
        assertThat(as("editor", false, () -> review.history(draft))).last()
                .satisfies(event -> {
                    assertThat(Translations.inEnglish(event.describe()))
                            .isEqualTo("Sent back by reviewer: Reuters says 87, not 870");
                    assertThat(new Translations().text(Languages.SPANISH, event.describe()))
                            .isEqualTo("Devuelto por reviewer: Reuters says 87, not 870");
                });
        assertThatThrownBy(() -> as("reviewer", false, () -> review.publish(draft)))
                .as("only drafts waiting for review are published").isInstanceOf(InvalidEntryException.class);

        as("editor", false, () -> {
            review.resubmit(draft, deaths(87), null);
            return null;
        });
        as("reviewer", false, () -> review.publish(draft));

        assertThat(deathsTile(null).current().value().describe()).isEqualTo("at least 87");
    }

    @Test
    void a_correction_draft_is_shown_as_a_diff_and_leaves_the_entry_unchanged_until_published() {
        long entryId = as("boss", true, () -> entries.record(deaths(40)));
        long draft = as("editor", false, () -> review.proposeCorrection(entryId, 0, deaths(45), "Updated toll"));

        assertThat(as("reviewer", false, () -> review.changes(draft)))
                .singleElement().satisfies(change -> assertThat(Translations.inEnglish(change.describe()))
                        .isEqualTo("Figure: deaths: at least 40 (running total) → at least 45 (running total)"));
        assertThat(deathsTile(null).current().value().describe()).isEqualTo("at least 40");

        as("reviewer", false, () -> review.publish(draft));

        assertThat(deathsTile(null).current().value().describe()).isEqualTo("at least 45");
        assertThat(entries.corrections(monitorId, 10)).singleElement()
                .satisfies(revision -> assertThat(revision.reason()).isEqualTo("Updated toll"));
    }

    @Test
    void a_retraction_draft_retracts_only_when_published() {
        long entryId = as("boss", true, () -> entries.record(deaths(40)));
        long draft = as("editor", false, () -> review.proposeRetraction(entryId, 0, "Duplicate report"));

        assertThat(deathsTile(null).hasFigure()).isTrue();

        as("boss", true, () -> review.publish(draft));

        assertThat(deathsTile(null).hasFigure()).isFalse();
    }

    @Test
    void a_draft_is_checked_like_a_save() {
        assertThatThrownBy(() -> as("editor", false, () -> review.proposeNew(
                TestData.figures(monitorId, TestData.TODAY.plusDays(1), Map.of()), null)))
                .isInstanceOfSatisfying(InvalidEntryException.class,
                        refused -> assertThat(refused.problems()).containsKey("occurredOn"));
    }

    private com.riskdesk.entry.NewEntry deaths(int atLeast) {
        return TestData.figures(monitorId, DAY, Map.of("deaths", cumulative(AT_LEAST, atLeast)));
    }

    private IndicatorTile deathsTile(Instant asOf) {
        Dashboard dashboard = shared.dashboard(slug, 30, asOf).orElseThrow();
        return dashboard.tiles().stream().filter(tile -> tile.indicator().code().equals("deaths")).findFirst()
                .orElseThrow();
    }

    private static <T> T as(String username, boolean admin, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        List<String> roles = admin ? List.of("ROLE_ADMIN", "ROLE_EDITOR") : List.of("ROLE_EDITOR");
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList(roles))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
