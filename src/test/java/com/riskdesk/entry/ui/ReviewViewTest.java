package com.riskdesk.entry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestData;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.review.DraftStatus;
import com.riskdesk.entry.review.ReviewService;
import com.riskdesk.monitor.MonitorService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.transaction.annotation.Transactional;

/** An editor's save on a monitor that requires review becomes a draft; another staff member reviews it. */
@IntegrationTest
@Transactional
class ReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    EntryService entries;
    @Autowired
    ReviewService review;
    @Autowired
    MonitorService monitors;

    long monitorId;
    SecurityContext before;

    @BeforeEach
    void requireReviewOnAMonitor() {
        before = SecurityContextHolder.getContext();
        monitorId = TestData.asAdmin(() -> {
            long id = monitors.create(TestData.monitor("gulf")).id();
            review.requireReview(id, true);
            return id;
        });
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.setContext(before);
    }

    @Test
    void an_editors_entry_is_saved_as_a_draft_and_published_by_a_reviewer() {
        signIn("editor", "ROLE_EDITOR");
        UI.getCurrent().navigate(EntryAdminView.class, QueryParameters.of("monitor", "gulf"));
        EntryAdminView entryScreen = (EntryAdminView) getCurrentView();
        assertThat(entryScreen.reviewSwitch.getElement().getTextRecursively())
                .contains("your changes are saved as drafts", "turned on by test-admin");
        fill(entryScreen.form);

        test(entryScreen.form.save).click();

        assertThat(entryScreen.form.getElement().getTextRecursively()).contains("Saved as a draft for review")
                .doesNotContain("Saved entry #");
        assertThat(entries.count(EntryFilter.all(monitorId))).isZero();

        signIn("reviewer", "ROLE_EDITOR");
        ReviewView screen = navigate(ReviewView.class);
        assertThat(test(screen.grid).size()).isEqualTo(1);
        test(screen.grid).select(0);
        assertThat(screen.detail.getElement().getTextRecursively())
                .contains("Headline: (none) → Boat struck off the coast", "Figure: strikes: (none) → 1 (this event)",
                        "What the public will see after publishing");

        test(screen.publish).click();

        assertThat(screen.status.getText()).contains("published as entry #");
        assertThat(entries.count(EntryFilter.all(monitorId))).isEqualTo(1);
        assertThat(test(screen.grid).size()).isZero();
    }

    @Test
    void the_author_gets_no_review_buttons_and_a_reviewer_must_say_why_a_draft_goes_back() {
        signIn("editor", "ROLE_EDITOR");
        long draft = review.proposeNew(TestData.figures(monitorId, LocalDate.of(2025, 11, 2), java.util.Map.of()), null);
        ReviewView own = navigate(ReviewView.class);
        test(own.grid).select(0);
        assertThat(own.publish.isAttached()).isFalse();
        assertThat(own.detail.getElement().getTextRecursively()).contains("Waiting for another staff member");

        signIn("reviewer", "ROLE_EDITOR");
        ReviewView screen = navigate(ReviewView.class);
        test(screen.grid).select(0);
        test(screen.sendBack).click();
        assertThat(screen.comment.isInvalid()).isTrue();
        test(screen.comment).setValue("Which report?");
        test(screen.sendBack).click();

        assertThat(review.find(draft).status()).isEqualTo(DraftStatus.SENT_BACK);
        signIn("editor", "ROLE_EDITOR");
        ReviewView back = navigate(ReviewView.class);
        test(back.grid).select(0);
        assertThat(back.detail.getElement().getTextRecursively())
                .contains("Sent back by reviewer: Which report?", "Resubmit for review");
    }

    private static void fill(EntryForm form) {
        form.occurredOn.setValue(LocalDate.of(2025, 11, 2));
        form.precision.setValue(DatePrecision.DAY);
        form.kind.setValue(EntryKind.valueOf("STRIKE"));
        form.headline.setValue("Boat struck off the coast");
        form.outlet.setValue("Wire");
        form.title.setValue("Report");
        FigureFields strikes = form.figures.stream().filter(fields -> fields.code().equals("strikes")).findFirst()
                .orElseThrow();
        strikes.value.setValue("1");
        strikes.basis.setValue(Basis.INCREMENT);
    }

    private static void signIn(String username, String... roles) {
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList(List.of(roles)))));
    }
}
