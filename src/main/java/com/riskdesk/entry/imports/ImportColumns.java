package com.riskdesk.entry.imports;

import com.riskdesk.base.i18n.Message;
import com.riskdesk.base.i18n.RefusedException;
import com.riskdesk.base.i18n.Translations;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.EntryKind;
import com.riskdesk.monitor.EntryKindDefinition;
import com.riskdesk.entry.Figure;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Source;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.place.Place;
import com.riskdesk.place.PlaceRules;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads an import file's header and turns each row into a {@link NewEntry}, noting what cannot be read, by column.
 * Columns are found by name (any order, any case); an indicator's column by its name or code. The export's
 * {@code date_text}, {@code escalation_step}, {@code recorded_at} and the numeric figure columns
 * ({@link Figure#NUMERIC_PARTS}) are derived there and ignored here.
 */
final class ImportColumns {

    static final String ID = "id";
    static final String DATE = "date";
    static final String PRECISION = "date_precision";
    static final String KIND = "kind";
    static final String HEADLINE = "headline";
    static final String LEVEL = "escalation_level";
    static final String OUTLET = "source_outlet";
    static final String TITLE = "source_title";
    static final String URL = "source_url";
    static final String PUBLISHED = "source_published_on";
    static final String CONFIDENCE = "confidence";
    static final String NOTES = "notes";
    static final String PLACE_NAME = "place_name";
    static final String PLACE_AREA = "place_area";
    static final String LATITUDE = "place_latitude";
    static final String LONGITUDE = "place_longitude";
    static final List<String> REQUIRED = List.of(DATE, KIND, HEADLINE, OUTLET, TITLE, CONFIDENCE);
    private static final Set<String> KNOWN = Set.of(ID, DATE, PRECISION, KIND, HEADLINE, LEVEL, OUTLET, TITLE, URL,
            PUBLISHED, CONFIDENCE, NOTES, PLACE_NAME, PLACE_AREA, LATITUDE, LONGITUDE);
    /** Derived in the export: the place's precision follows from its area or coordinates. */
    private static final Set<String> IGNORED = Set.of("date_text", "escalation_step", "recorded_at",
            "place_precision");
    /** A column's name in any language the export writes ({@code csv.column.*}, lower case) to its English name. */
    private static final Map<String, String> COLUMN_NAMES = columnNames();
    /** The numeric figure columns' suffixes ({@code _lower}, {@code _minimo}) in every language. */
    private static final List<String> NUMERIC_SUFFIXES = Figure.NUMERIC_PARTS.stream()
            .flatMap(part -> Translations.inEveryLanguage("csv.part." + part).stream())
            .map(part -> "_" + part.toLowerCase(Locale.ROOT)).toList();
    /** The service's field keys ({@code EntryRules}) and the columns they come from. */
    private static final Map<String, String> FIELD_COLUMNS = Map.ofEntries(Map.entry("kind", KIND),
            Map.entry("occurredOn", DATE), Map.entry("datePrecision", PRECISION), Map.entry("escalationLevel", LEVEL),
            Map.entry("headline", HEADLINE), Map.entry("notes", NOTES), Map.entry("confidence", CONFIDENCE),
            Map.entry("source.outlet", OUTLET), Map.entry("source.title", TITLE), Map.entry("source.url", URL),
            Map.entry("source.publishedOn", PUBLISHED), Map.entry(PlaceRules.FIELD, PLACE_AREA));

    private final MonitorDetails monitor;
    /** Column name (lower case) or indicator code to the cell's position and the header as the file spells it. */
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<String> header;
    final List<RowProblem> headerProblems = new ArrayList<>();

    ImportColumns(MonitorDetails monitor, CsvReader.Record header) {
        this.monitor = monitor;
        this.header = header.cells();
        for (int i = 0; i < this.header.size(); i++) {
            String name = this.header.get(i).strip();
            String key = key(name);
            if (key == null) {
                if (!name.isEmpty() && !IGNORED.contains(english(name)) && !numericFigure(name)) {
                    headerProblems.add(new RowProblem(header.line(), name, "import.problem.unknown-column",
                            monitor.name()));
                }
            } else if (positions.putIfAbsent(key, i) != null) {
                headerProblems.add(new RowProblem(header.line(), name, "import.problem.twice"));
            }
        }
        for (String required : REQUIRED) {
            if (!positions.containsKey(required)) {
                headerProblems.add(new RowProblem(header.line(), required, "import.problem.missing-column"));
            }
        }
    }

    /** An export's numeric column of an indicator ({@code deaths_lower}), derived from its readable column. */
    private boolean numericFigure(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return monitor.indicators().stream().anyMatch(indicator -> NUMERIC_SUFFIXES.stream()
                .anyMatch(suffix -> lower.equals(indicator.code() + suffix)));
    }

    private static Map<String, String> columnNames() {
        Map<String, String> names = new HashMap<>();
        Stream.concat(KNOWN.stream(), IGNORED.stream()).forEach(column -> Translations
                .inEveryLanguage("csv.column." + column)
                .forEach(name -> names.put(name.toLowerCase(Locale.ROOT), column)));
        return Map.copyOf(names);
    }

    /** The English name of a column named in any language the export writes; the name in lower case otherwise. */
    private static String english(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return COLUMN_NAMES.getOrDefault(lower, lower);
    }

    /** The column's canonical key: a known field, an indicator code, or null. */
    private String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (KNOWN.contains(english(name))) {
            return english(name);
        }
        return monitor.indicators().stream()
                .filter(indicator -> indicator.code().equals(lower) || indicator.name().equalsIgnoreCase(name))
                .map(indicator -> "figure:" + indicator.code())
                .findFirst().orElse(null);
    }

    /** One data row: its id (if any), its entry, and the cells that could not be read (column to message). */
    record Row(int line, Long id, NewEntry entry, Map<String, Message> unreadable) {
    }

    Row read(CsvReader.Record record) {
        Cells cells = new Cells(record.cells());
        Map<String, Message> unreadable = new LinkedHashMap<>();
        if (record.cells().size() > header.size()) {
            unreadable.put("", Message.of("import.problem.cells", record.cells().size(), header.size()));
        }
        Long id = parse(cells, ID, unreadable, Long::valueOf, Message.of("import.problem.not-id"));
        LocalDate date = parse(cells, DATE, unreadable, LocalDate::parse, Message.of("import.problem.not-date"));
        DatePrecision precision = cells.text(PRECISION) == null ? DatePrecision.DAY
                : parse(cells, PRECISION, unreadable, text -> named(DatePrecision.values(), text, DatePrecision::label),
                Message.of("import.problem.precision"));
        EntryKind kind = parse(cells, KIND, unreadable, this::kind, Message.of("import.problem.one-of",
                monitor.kinds().stream().map(EntryKindDefinition::code).toList().toString()));
        Integer level = parse(cells, LEVEL, unreadable, Integer::valueOf, Message.of("import.problem.not-step"));
        Confidence confidence = parse(cells, CONFIDENCE, unreadable,
                ImportColumns::confidence, Message.of("import.problem.one-of", labels().toString()));
        LocalDate published = parse(cells, PUBLISHED, unreadable, LocalDate::parse,
                Message.of("import.problem.not-date"));
        Map<String, Figure> figures = new HashMap<>();
        for (Indicator indicator : monitor.indicators()) {
            Figure figure = parse(cells, "figure:" + indicator.code(), unreadable, FigureCell::parse, null);
            if (figure != null) {
                figures.put(indicator.code(), figure);
            }
        }
        Source source = new Source(cells.text(OUTLET), cells.text(TITLE), cells.text(URL), published);
        NewEntry entry = new NewEntry(monitor.id(), kind, date, precision, level, cells.text(HEADLINE), source,
                confidence, cells.text(NOTES), figures, place(cells, unreadable));
        return new Row(record.line(), id, entry, unreadable);
    }

    /** Coordinates make an exact point, else the named area(s) or country; nothing at all is no place. */
    private static Place place(Cells cells, Map<String, Message> unreadable) {
        String latitude = cells.text(LATITUDE);
        String longitude = cells.text(LONGITUDE);
        boolean point = latitude != null || longitude != null;
        String text = point ? latitude + "," + longitude : cells.text(PLACE_AREA);
        if (text == null) {
            return null;
        }
        try {
            return PlaceRules.parse(text, cells.text(PLACE_NAME));
        } catch (RefusedException unreadablePlace) {
            unreadable.put(point ? LATITUDE : PLACE_AREA, unreadablePlace.reason());
            return null;
        }
    }

    /** The file's own header for a column key (or a service field key), for problems a person can find. */
    String columnName(String key) {
        String column = FIELD_COLUMNS.getOrDefault(key, key);
        Integer position = positions.get(column);
        return position == null ? column : header.get(position).strip();
    }

    private <T> T parse(Cells cells, String key, Map<String, Message> unreadable, Function<String, T> parser,
                        Message message) {
        String text = cells.text(key);
        if (text == null) {
            return null;
        }
        try {
            T value = parser.apply(text);
            if (value == null) {
                unreadable.put(key, message);
            }
            return value;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            unreadable.put(key, message != null ? message : e instanceof RefusedException refused ? refused.reason()
                    : Message.of("import.problem.as-written", e.getMessage()));
            return null;
        }
    }

    /** One of the monitor's kinds, by its code or its label. */
    private EntryKind kind(String text) {
        return monitor.kinds().stream()
                .filter(kind -> kind.code().equalsIgnoreCase(text) || kind.label().equalsIgnoreCase(text))
                .findFirst().map(kind -> EntryKind.valueOf(kind.code())).orElse(null);
    }

    private static <E extends Enum<E>> E named(E[] values, String text, Function<E, String> label) {
        for (E value : values) {
            if (value.name().equalsIgnoreCase(text) || label.apply(value).equalsIgnoreCase(text)) {
                return value;
            }
        }
        return null;
    }

    /** A confidence by its code or its label in any language ("Confirmed", "Confirmado"). */
    private static Confidence confidence(String text) {
        for (Confidence confidence : Confidence.values()) {
            if (confidence.name().equalsIgnoreCase(text) || Translations.inEveryLanguage(
                    "label.confidence." + confidence.name()).stream().anyMatch(text::equalsIgnoreCase)) {
                return confidence;
            }
        }
        return null;
    }

    private static List<String> labels() {
        return List.of(Confidence.values()).stream().map(Confidence::label).toList();
    }

    /** A row's cells by column key: stripped, blank as null, the export's formula guard (a leading ') removed. */
    private final class Cells {

        private final List<String> values;

        Cells(List<String> values) {
            this.values = values;
        }

        String text(String key) {
            Integer position = positions.get(key);
            if (position == null || position >= values.size()) {
                return null;
            }
            String value = values.get(position);
            if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
                value = value.substring(1);
            }
            return value.isBlank() ? null : value.strip();
        }
    }
}
