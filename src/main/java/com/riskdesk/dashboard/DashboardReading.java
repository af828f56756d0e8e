package com.riskdesk.dashboard;

import com.riskdesk.assessment.PublishedJudgement;
import com.riskdesk.entry.Revision;
import com.riskdesk.base.i18n.Languages;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything one view of a dashboard shows when it opens, read once and shared, unchanged, by every viewer of that
 * view ({@link SharedDashboards}): the tiles and charts, the tiles' words (in each language), the first page of entries within the dates in view and how
 * many there are, the corrections log, and the trend judgements (latest period first). Immutable, so thousands of open dashboards can hold the same instance.
 */
public record DashboardReading(Dashboard dashboard, Map<Locale, List<TileContent>> tilesInEachLanguage, DateRange range,
                               long entriesInRange,
                               List<EntryLine> firstEntries, List<Revision> corrections,
                               List<PublishedJudgement> judgements) {

    /** How many entries a view lists before the viewer asks for more. */
    public static final int FIRST_ENTRIES = 20;
    /** How many corrections the log shows. */
    public static final int CORRECTIONS_SHOWN = 50;

    public DashboardReading {
        tilesInEachLanguage = Map.copyOf(tilesInEachLanguage);
        firstEntries = List.copyOf(firstEntries);
        corrections = List.copyOf(corrections);
        judgements = List.copyOf(judgements);
    }

    /** The tiles' words in each language the app speaks, written once per change like the rest of the reading. */
    public static Map<Locale, List<TileContent>> tilesOf(Dashboard dashboard) {
        return Languages.SUPPORTED.stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                language -> TileContent.of(dashboard, DashboardWords.in(language))));
    }

    /** The tiles' words in {@code language} (English for one the app does not speak). */
    public List<TileContent> tiles(Locale language) {
        return tilesInEachLanguage.get(Languages.supported(language));
    }

    /** The tiles' words in English. */
    public List<TileContent> tiles() {
        return tiles(Languages.ENGLISH);
    }

    /**
     * This reading with every part that equals {@code earlier}'s (the tiles in each language one by one, the entries
     * one by one, the corrections, the trend judgements, the monitor, each chart series) replaced by
     * {@code earlier}'s own instance. Done once per change for all viewers: each open dashboard then finds an
     * unchanged part unchanged by identity ({@code equals} answers at once for the same instance) instead of comparing
     * it item by item, thousands of times over.
     */
    public DashboardReading sharingWith(DashboardReading earlier) {
        Map<Locale, List<TileContent>> tiles = new HashMap<>();
        tilesInEachLanguage.forEach((language, words) -> tiles.put(language,
                sameItems(words, earlier.tilesInEachLanguage.getOrDefault(language, List.of()), TileContent::id)));
        return new DashboardReading(dashboard.sharingWith(earlier.dashboard), tiles, range, entriesInRange,
                sameItems(firstEntries, earlier.firstEntries, EntryLine::id), same(corrections, earlier.corrections),
                same(judgements, earlier.judgements));
    }

    /** {@code earlier} when it equals {@code now}, else {@code now}. */
    static <T> T same(T now, T earlier) {
        return Objects.equals(now, earlier) ? earlier : now;
    }

    /** {@code now} with each item equal to {@code earlier}'s item of the same key replaced by that one; {@code earlier} if all are. */
    private static <T> List<T> sameItems(List<T> now, List<T> earlier, Function<T, Object> key) {
        if (now.equals(earlier)) {
            return earlier;
        }
        Map<Object, T> before = new HashMap<>();
        earlier.forEach(item -> before.putIfAbsent(key.apply(item), item));
        return now.stream().map(item -> same(item, before.get(key.apply(item)))).toList();
    }
}
