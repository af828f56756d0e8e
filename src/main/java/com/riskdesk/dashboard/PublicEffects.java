package com.riskdesk.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a change would do to a monitor's public tiles, before anyone sees it: the change is applied in a transaction
 * that is always rolled back, and the tiles are worded before and after it exactly as the dashboard words them. Any
 * change can be previewed (a new entry, a correction, a retraction, a draft under review) as long as it runs through
 * the services inside {@code change}.
 */
@Service
public class PublicEffects {

    /** A figure that grows by more than this share of itself in one change asks for confirmation. */
    public static final double JUMP_SHARE = 0.5;
    /** ... and by at least this much, so small figures (2 → 4) do not. */
    public static final int JUMP_MIN = 10;

    private final DashboardService dashboards;
    private final TransactionTemplate transactions;

    PublicEffects(DashboardService dashboards, PlatformTransactionManager transactionManager) {
        this.dashboards = dashboards;
        this.transactions = new TransactionTemplate(transactionManager);
        // A savepoint inside a caller's transaction (rolled back to, the caller's work kept), else a transaction.
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * The tiles of monitor {@code slug} that {@code change} would alter, in dashboard order; empty when it alters
     * none. Whatever {@code change} throws (a refused entry, a conflict) comes out unchanged, and nothing is kept.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public List<TileChange> preview(String slug, Locale language, Runnable change) {
        DashboardWords words = DashboardWords.in(language);
        return transactions.execute(status -> {
            status.setRollbackOnly();
            Dashboard before = read(slug);
            change.run();
            return compare(before, read(slug), words);
        });
    }

    private Dashboard read(String slug) {
        return dashboards.dashboard(slug, DashboardService.DEFAULT_PERIOD_DAYS)
                .orElseThrow(() -> new IllegalArgumentException("No monitor " + slug));
    }

    private static List<TileChange> compare(Dashboard before, Dashboard after, DashboardWords words) {
        Map<String, IndicatorTile> figuresBefore = before.tiles().stream()
                .collect(Collectors.toMap(tile -> tile.indicator().code(), Function.identity()));
        Map<String, TileContent> wordsBefore = TileContent.of(before, words).stream()
                .collect(Collectors.toMap(TileContent::id, Function.identity()));
        List<TileChange> changes = new ArrayList<>();
        for (TileContent now : TileContent.of(after, words)) {
            TileContent then = wordsBefore.get(now.id());
            if (then != null && !figure(then).equals(figure(now))) {
                IndicatorTile old = figuresBefore.get(now.id());
                IndicatorTile updated = after.tiles().stream()
                        .filter(tile -> tile.indicator().code().equals(now.id())).findFirst().orElse(null);
                changes.add(new TileChange(now.id(), now.label(), figure(then), figure(now),
                        confirmation(old, updated, words)));
            }
        }
        return changes;
    }

    /** Why a change of an indicator's figure should be confirmed, or null. */
    static String confirmation(IndicatorTile before, IndicatorTile after, DashboardWords words) {
        if (before == null || after == null || !before.hasFigure()) {
            return null;
        }
        String name = words.inSentence(before.indicator().name());
        int was = before.current().value().low();
        if (!after.hasFigure()) {
            return words.text("effect.confirm.removes", name, words.describe(before.current().value()));
        }
        int will = after.current().value().low();
        if (will < was) {
            return words.text("effect.confirm.lowers", name, words.number(was), words.number(will));
        }
        if (will - was >= JUMP_MIN && will - was > was * JUMP_SHARE) {
            return words.text("effect.confirm.raises", name, words.number(will - was), words.number(was),
                    words.number(will));
        }
        return null;
    }

    /** A tile's figure in words: "at least 83", "Step 2 of 5", or what it says instead ("No figure recorded"). */
    private static String figure(TileContent tile) {
        if (!tile.hasFigure()) {
            return tile.missing();
        }
        return String.join(" ", Stream.of(tile.qualifier(), tile.number(), tile.unit())
                .filter(part -> !part.isEmpty()).toList());
    }
}
