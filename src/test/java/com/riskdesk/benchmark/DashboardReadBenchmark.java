package com.riskdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.base.sql.SqlDialect;
import com.riskdesk.entry.DayRollup;
import com.riskdesk.dashboard.Dashboard;
import com.riskdesk.dashboard.DashboardService;
import com.riskdesk.dashboard.DateRange;
import com.riskdesk.monitor.EntryKindDefinition;
import com.riskdesk.monitor.Indicator;
import com.riskdesk.monitor.MonitorDefinition;
import com.riskdesk.monitor.MonitorDetails;
import com.riskdesk.monitor.MonitorService;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Benchmark of the dashboard's read path: one "dashboard load" is what {@code DashboardView} asks for,
 * {@code dashboard(slug, 30)} plus the first page of 20 entries. Not a test (the name does not end in Test or
 * IT, so {@code ./mvnw test} skips it); run it with
 *
 * <pre>./mvnw -q test -Dtest='DashboardBenchmark*' -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * <p>The same benchmark runs on each supported database: {@link DashboardBenchmark} on a scratch H2 file database in
 * a temporary directory (never ./data), {@link DashboardBenchmarkPostgres} on a fresh database of a throwaway
 * PostgreSQL server. Each creates {@value #MONITORS} monitors and grows the same database step by step with synthetic
 * entries inserted in bulk ({@code INSERT ... SELECT FROM GENERATE_SERIES}, SQL both databases run), timing dashboard
 * loads of the first monitor at each step. The synthetic data exists only here. Options (system properties):
 * <ul>
 *   <li>{@code benchmark.sizes} total entries per step, spread evenly over the monitors
 *       (default {@code 1000,10000,100000,1000000});</li>
 *   <li>{@code benchmark.single} an extra step in which only the measured monitor is grown to this many
 *       entries, placed where the even steps first reach it (default 100000; 0 leaves it out);</li>
 *   <li>{@code benchmark.warmup} / {@code benchmark.loads} loads before / during measurement (50 / 200: enough
 *       that one busy moment on a shared machine does not move the median);</li>
 *   <li>{@code benchmark.queries} time every {@code DashboardQueries} method on its own (default true);</li>
 *   <li>{@code benchmark.stopAboveMs} skip the larger steps once a median load is slower (default 30000);</li>
 *   <li>{@code benchmark.explain} print H2's EXPLAIN ANALYZE of each dashboard query at the last step
 *       (default false).</li>
 * </ul>
 * The table is printed and written to {@code target/benchmark-<database>.txt}.
 */
@SpringBootTest
@Import(DashboardReadBenchmark.TickingClock.class)
@DirtiesContext
abstract class DashboardReadBenchmark {

    static final int MONITORS = 10;
    /** The monitors' start: three years of days before the fixed clock's today. */
    static final LocalDate START = TestData.TODAY.minusYears(3);
    static final int DAYS = (int) ChronoUnit.DAYS.between(START, TestData.TODAY) + 1;
    /** At most this long per step for warm-up plus measured loads; fewer loads are timed past it. */
    static final Duration STEP_BUDGET = Duration.ofSeconds(30);
    static final List<String> QUERY_NAMES = List.of("series", "sources (boats_struck+deaths+strikes)", "escalation",
            "days since (lastOfKind)", "entryCount", "entries page");

    /** The scratch database's settings beside the data source's: no demo data, a quiet log. */
    static void scratch(DynamicPropertyRegistry registry) {
        registry.add("app.demo-data", () -> "false");
        registry.add("logging.level.root", () -> "WARN");
    }

    /** The database's name in the table and the output file's name. */
    abstract String database();

    /** Before a bulk load: whatever makes the database take it faster (all checks back on afterwards). */
    abstract void beforeBulkLoad();

    /** After a bulk load: statistics for the planner, and the load written out before anything is timed. */
    abstract void afterBulkLoad();

    @Autowired
    DashboardService dashboards;
    @Autowired
    MonitorService monitors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    Clock clock;

    /**
     * {@link TestData#NOW} as the start, but ticking: every load then asks with a new {@code knownAt}, as in
     * production. (With a fixed clock, H2 hands back the previous result of an identical query with identical
     * parameters on the same connection, and the numbers would flatter.)
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class TickingClock {

        @Bean
        @Primary
        Clock tickingClock() {
            return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), TestData.NOW));
        }
    }

    @Test
    void dashboard_loads() throws IOException {
        List<MonitorDetails> created = IntStream.rangeClosed(1, MONITORS)
                .mapToObj(n -> TestData.asAdmin(() -> monitors.create(definition("bench-%02d".formatted(n)))))
                .toList();
        MonitorDetails measured = created.getFirst();
        int warmup = Integer.getInteger("benchmark.warmup", 50);
        int loads = Integer.getInteger("benchmark.loads", 200);
        boolean perQuery = Boolean.parseBoolean(System.getProperty("benchmark.queries", "true"));
        long stopAboveMs = Long.getLong("benchmark.stopAboveMs", 30_000);

        List<String> table = new ArrayList<>();
        table.add(format("Dashboard load = dashboard(slug, 30) + entries(monitorId, 0, 20); %s, "
                + "%d monitors, entries over %d days; %d warm-up loads, up to %d timed", database(), MONITORS, DAYS,
                warmup, loads));
        table.add("");
        String header = format("%14s %12s %8s %10s %9s %9s | %s", "total entries", "in measured", "loads",
                "insert s", "median ms", "p95 ms", "per-query median ms: " + String.join(" / ", QUERY_NAMES));
        table.add(header);
        table.add("-".repeat(header.length()));
        print(table);

        Map<Long, Integer> counts = new LinkedHashMap<>();
        created.forEach(monitor -> counts.put(monitor.id(), 0));
        for (Step step : steps()) {
            long started = System.nanoTime();
            beforeBulkLoad();
            for (MonitorDetails monitor : created) {
                int target = monitor == measured ? step.measured() : step.others();
                int have = counts.get(monitor.id());
                if (target > have) {
                    grow(monitor.id(), have, target);
                    counts.put(monitor.id(), target);
                }
            }
            afterBulkLoad();
            double insertSeconds = (System.nanoTime() - started) / 1e9;
            long total = counts.values().stream().mapToLong(Integer::longValue).sum();
            int inMeasured = counts.get(measured.id());
            assertThat(jdbc.queryForObject("select count(*) from entry", Long.class)).isEqualTo(total);

            Dashboard check = dashboards.dashboard(measured.slug(), DashboardService.DEFAULT_PERIOD_DAYS).orElseThrow();
            assertThat(check.entryCount()).isEqualTo(jdbc.queryForObject(
                    "select count(*) from entry where monitor_id = ? and retracted_at is null", Long.class,
                    measured.id()));
            assertThat(dashboards.entries(measured.id(), 0, 20)).hasSize(Math.min(20, (int) check.entryCount()));

            List<Double> times = time(() -> load(measured), warmup, loads, STEP_BUDGET);
            String queries = perQuery ? perQuery(measured) : "";
            String line = format("%,14d %,12d %8d %10.1f %9.1f %9.1f | %s", total, inMeasured, times.size(),
                    insertSeconds, percentile(times, 50), percentile(times, 95), queries);
            table.add(line);
            print(List.of(line));
            if (percentile(times, 50) > stopAboveMs) {
                String note = format("Stopped: median above %d ms (-Dbenchmark.stopAboveMs); larger steps skipped.",
                        stopAboveMs);
                table.add(note);
                print(List.of(note));
                break;
            }
        }
        if (Boolean.getBoolean("benchmark.explain")) {
            List<String> plans = explain(measured);
            table.add("");
            table.addAll(plans);
            print(plans);
        }
        Path output = Path.of("target", "benchmark-" + database().split(" ")[0].toLowerCase(Locale.ROOT) + ".txt");
        Files.createDirectories(output.getParent());
        Files.write(output, table);
        System.out.println("Written to " + output.toAbsolutePath());
    }


    /** One dashboard load as the view does it. */
    private void load(MonitorDetails monitor) {
        Dashboard dashboard = dashboards.dashboard(monitor.slug(), DashboardService.DEFAULT_PERIOD_DAYS).orElseThrow();
        dashboards.entries(dashboard.monitor().id(), 0, 20);
    }

    /** The steps in order; each only adds entries to what the previous one left. */
    static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        int single = Integer.getInteger("benchmark.single", 100_000);
        boolean singleDone = single <= 0;
        int others = 0;
        for (String size : System.getProperty("benchmark.sizes", "1000,10000,100000,1000000").split(",")) {
            int perMonitor = Integer.parseInt(size.strip().replace("_", "")) / MONITORS;
            if (!singleDone && perMonitor >= single && others < single) {
                steps.add(new Step(single, others));
                singleDone = true;
            }
            steps.add(new Step(Math.max(perMonitor, singleDone ? single : 0), perMonitor));
            others = perMonitor;
        }
        if (!singleDone) {
            steps.add(new Step(single, others));
        }
        return steps;
    }

    record Step(int measured, int others) {
    }

    /** The test monitor's indicators, ladder, kinds and "days since the last strike" tile, starting three years back. */
    private static MonitorDefinition definition(String slug) {
        MonitorDefinition test = TestData.monitor(slug);
        return new MonitorDefinition(slug, test.name(), test.summary(), START, test.indicators(), test.ladder(),
                test.kinds(), test.recencyKind());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Synthetic data, inserted in bulk. Row n of a monitor (n counts from 1 and keeps counting across steps) gets
    // its kind, day, confidence and figures from multiplicative hashes of n, so every run builds the same data.
    // ---------------------------------------------------------------------------------------------------------

    /**
     * ~90% strikes, ~8% casualty reports with cumulative tallies, ~2% escalation steps; ~0.5% retracted. Recorded
     * 6 hours to 3 days after the day began (today's before 10:00), so before {@link TestData#NOW}.
     */
    private static final String INSERT_ENTRIES = """
            insert into entry (monitor_id, kind, occurred_on, date_precision, recorded_at, escalation_level,
                               headline, source_outlet, source_title, source_url, source_published_on,
                               confidence, notes, retracted_at, retraction_reason)
            select :monitor, kind, occurred_on, prec, recorded_at,
                   case when kind = 'ESCALATION_STEP' then 1 + mod(h3, 3) end,
                   case kind when 'STRIKE' then 'Strike on vessel ' || n
                             when 'CASUALTY_REPORT' then 'Casualty tally ' || n
                             else 'Escalation step reported ' || n end,
                   'Wire service ' || mod(h2, 25), 'Report number ' || n || ' on the situation',
                   case when mod(h3, 10) < 8 then 'https://example.org/reports/' || n end,
                   cast(occurred_on + mod(h2, 3) * interval '1' day as date),
                   case when kind = 'STRIKE' then case when mod(h2, 10) < 6 then 'SINGLE_SOURCE'
                                                       when mod(h2, 10) < 9 then 'MULTIPLE_SOURCES'
                                                       else 'OFFICIAL_CLAIM' end
                        when kind = 'ESCALATION_STEP' then case when mod(h2, 2) = 0 then 'CONFIRMED'
                                                                else 'MULTIPLE_SOURCES' end
                        else case mod(h2, 4) when 0 then 'OFFICIAL_CLAIM' when 1 then 'SINGLE_SOURCE'
                                             when 2 then 'MULTIPLE_SOURCES' else 'CONFIRMED' end end,
                   case when mod(h3, 7) = 0 then 'Synthetic benchmark entry ' || n end,
                   case when mod(h4, 200) = 0 then recorded_at + interval '5' hour end,
                   case when mod(h4, 200) = 0 then 'Duplicate report' end
            from (
                select n, h2, h3, h4, occurred_on, kind, prec,
                       cast(:startAt as timestamp with time zone)
                           + (recorded_minute * 60 + mod(h2, 60)) * interval '1' second as recorded_at
                from (
                    select n, h2, h3, h4, cast(cast(:start as date) + day_number * interval '1' day as date)
                               as occurred_on,
                           case when mod(h1, 100) < 90 then 'STRIKE' when mod(h1, 100) < 98 then 'CASUALTY_REPORT'
                                else 'ESCALATION_STEP' end as kind,
                           case when mod(h3, 40) = 0 then 'ON_OR_BEFORE' else 'DAY' end as prec,
                           -- recorded 6 hours to 3 days after the day began, but never after latestMinute
                           case when day_number * 1440 + 360 + mod(h4, 4320) <= :latestMinute
                                then day_number * 1440 + 360 + mod(h4, 4320)
                                else day_number * 1440 + 360 + mod(h4, 240) end as recorded_minute
                    from (
                        select x as n,
                               mod(k * 2654435761, 1000003) as h1, mod(k * 40503 + 7, 999983) as h2,
                               mod(k * 97 + 13, 1000033) as h3, mod(k * 69069 + 1, 999979) as h4,
                               mod(mod(k * 48271, 2147483647), :days) as day_number
                        from (select x, x + :monitor * 7919 as k from generate_series(:first, :last) as g(x)) numbered
                    ) hashed
                ) dated
            ) shaped
            """;

    /** Per strike: boats struck (mostly 1, sometimes 0 or 2) and deaths (0..5, a few lower bounds). */
    private static final String INSERT_INCREMENTS = """
            insert into entry_figure (entry_id, indicator_code, basis, qualifier, value_low, value_high)
            select id, 'boats_struck', 'INCREMENT', 'EXACT',
                   case when mod(id * 13, 10) < 8 then 1 when mod(id * 13, 10) = 8 then 0 else 2 end,
                   cast(null as integer)
            from entry where id > :after and kind = 'STRIKE'
            union all
            select id, 'deaths', 'INCREMENT', case when mod(id * 31, 20) = 0 then 'AT_LEAST' else 'EXACT' end,
                   mod(id * 7, 6), cast(null as integer)
            from entry where id > :after and kind = 'STRIKE'
            """;

    /** Per casualty report: a death tally (EXACT or AT_LEAST), half of them also a boat tally; days since :start. */
    private static final String INSERT_TALLIES = """
            insert into entry_figure (entry_id, indicator_code, basis, qualifier, value_low, value_high)
            select id, 'deaths', 'CUMULATIVE', case when mod(id * 11, 3) = 0 then 'AT_LEAST' else 'EXACT' end,
                   least(1000000, cast(extract(day from cast(occurred_on as timestamp) - cast(:start as timestamp))
                                       as integer) * 3 + mod(id * 17, 40)), cast(null as integer)
            from entry where id > :after and kind = 'CASUALTY_REPORT'
            union all
            select id, 'boats_struck', 'CUMULATIVE', 'EXACT',
                   least(1000000, cast(extract(day from cast(occurred_on as timestamp) - cast(:start as timestamp))
                                       as integer) + mod(id * 19, 10)), cast(null as integer)
            from entry where id > :after and kind = 'CASUALTY_REPORT' and mod(id, 2) = 0
            """;

    /**
     * Adds rows {@code have + 1 .. target} of one monitor, in chunks so no transaction grows huge. The figures go
     * to the entries above the largest id before the chunk, i.e. to this chunk's (the load is single-threaded).
     * Only the live tables are filled: the revision history (entry_revision) is not read by a live dashboard.
     */
    private void grow(long monitorId, int have, int target) {
        int chunk = 50_000;
        for (int first = have + 1; first <= target; first += chunk) {
            int last = Math.min(target, first + chunk - 1);
            Long after = jdbc.queryForObject("select coalesce(max(id), 0) from entry", Long.class);
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("monitor", monitorId).addValue("first", first).addValue("last", last)
                    .addValue("days", DAYS).addValue("start", START)
                    .addValue("startAt", START.atStartOfDay().atOffset(ZoneOffset.UTC))
                    .addValue("latestMinute", DAYS * 1440 - 1440 + 11 * 60)
                    .addValue("after", after);
            named.update(INSERT_ENTRIES, params);
            named.update(INSERT_INCREMENTS, params);
            named.update(INSERT_TALLIES, params);
        }
        // Bulk rows bypass EntryService, which keeps the per-day rollup current; rebuild it as a repair would.
        context.getBean(DayRollup.class).rebuild(monitorId);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Timing
    // ---------------------------------------------------------------------------------------------------------

    /**
     * Milliseconds per run: up to {@code warmup} untimed runs, then up to {@code runs} timed ones, within the
     * budget (warm-up stops at two thirds of it), but always at least one warm-up and three timed runs.
     */
    private static List<Double> time(Runnable action, int warmup, int runs, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        for (int i = 0; i < warmup && (i == 0 || System.nanoTime() < deadline - budget.toNanos() / 3); i++) {
            action.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs && (i < 3 || System.nanoTime() < deadline); i++) {
            long start = System.nanoTime();
            action.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }

    private static double percentile(List<Double> times, int percent) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (percent == 50) {
            int mid = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /**
     * Median milliseconds of each {@code DashboardQueries} method alone, called as the service calls it for a live
     * dashboard. The class is package-private, so this goes through reflection; arguments are made from the
     * parameter types (a {@code ReadPoint} is {@code ReadPoint.live(now)}). If the methods change beyond that, the
     * breakdown says "unavailable" and the load timings still stand.
     */
    private String perQuery(MonitorDetails monitor) {
        try {
            Object queries = context.getBean(Class.forName(QUERIES_CLASS));
            String sources = monitor.indicators().stream()
                    .map(indicator -> median(() -> call(queries, "sources", monitor, indicator.code(), List.of(10))))
                    .collect(Collectors.joining("+"));
            return String.join(" / ",
                    median(() -> call(queries, "series", monitor, null, List.of())),
                    sources,
                    median(() -> call(queries, "escalation", monitor, null, List.of())),
                    median(() -> call(queries, "lastOfKind", monitor, null, List.of())),
                    median(() -> call(queries, "entryCount", monitor, null, List.of())),
                    median(() -> call(queries, "entries", monitor, null, List.of(0, 20))));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "unavailable (" + e + ")";
        }
    }

    private static String median(Runnable call) {
        return format("%.1f", percentile(time(call, 3, 11, Duration.ofSeconds(5)), 50));
    }

    private static final String QUERIES_CLASS = "com.riskdesk.dashboard.DashboardQueries";

    /** Calls the one method of that name; {@code ints} are its int arguments in order (limit, or offset and limit). */
    private void call(Object queries, String name, MonitorDetails monitor, String code, List<Integer> ints) {
        Method method = Arrays.stream(queries.getClass().getDeclaredMethods())
                .filter(candidate -> candidate.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No method " + name));
        method.setAccessible(true);
        Instant now = clock.instant();
        List<Integer> intArguments = new ArrayList<>(ints);
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(type -> {
            if (type == long.class || type == Long.class) {
                return (Object) monitor.id();
            } else if (type == int.class || type == Integer.class) {
                return intArguments.removeFirst();
            } else if (type == Instant.class) {
                return now;
            } else if (type == LocalDate.class) {
                return LocalDate.ofInstant(now, clock.getZone());
            } else if (type == String.class) {
                return code;
            } else if (type == DateRange.class) {
                return DateRange.ALL;
            } else if (type == List.class) {
                return monitor.ladder().stream().map(step -> step.name()).toList();
            } else if (type == Map.class) {
                return monitor.indicators().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
            } else if (type == MonitorDetails.class) {
                return monitor;
            } else if (type == EntryKindDefinition.class) {
                return monitor.recency().orElseThrow(() -> new IllegalStateException("No days-since kind"));
            } else if (type.getSimpleName().equals("ReadPoint")) {
                return invoke(declared(type, "live", Instant.class), null, now);
            }
            throw new IllegalStateException("Cannot make a " + type.getSimpleName() + " for " + name);
        }).toArray();
        invoke(method, queries, arguments);
    }

    private static Method declared(Class<?> type, String name, Class<?>... parameters) {
        try {
            Method method = type.getDeclaredMethod(name, parameters);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The database's EXPLAIN ANALYZE of each dashboard query in its live shape ({@code LiveSql}, read by reflection,
     * with this database's index hints), given the parameters the service would pass.
     */
    private List<String> explain(MonitorDetails monitor) {
        List<String> out = new ArrayList<>();
        try {
            Class<?> type = Class.forName(LIVE_SQL_CLASS);
            List<Long> ids = jdbc.queryForList("""
                    select id from entry where monitor_id = ? and retracted_at is null
                    order by occurred_on desc, recorded_at desc, id desc limit 20""", Long.class, monitor.id());
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("monitor", monitor.id()).addValue("code", "deaths").addValue("limit", 10)
                    .addValue("offset", 0).addValue("ids", ids).addValue("kind", "STRIKE")
                    .addValue("from", LocalDate.of(1, 1, 1)).addValue("to", LocalDate.of(9999, 12, 31));
            long entries = jdbc.queryForObject("select count(*) from entry where monitor_id = ?", Long.class,
                    monitor.id());
            SqlDialect dialect = context.getBean(SqlDialect.class);
            for (String name : List.of("SERIES", "SOURCES", "ESCALATION", "LAST_OF_KIND", "ENTRY_PAGE", "FIGURES",
                    "ENTRY_COUNT")) {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                String sql = dialect.withIndexHints((String) field.get(null));
                out.add(format("EXPLAIN ANALYZE %s (monitor with %d entries%s):", name, entries,
                        name.equals("SOURCES") ? ", code deaths" : ""));
                params.addValue("knownAt", Timestamp.from(clock.instant()));
                long start = System.nanoTime();
                String plan = String.join("\n", named.queryForList("explain analyze " + sql, params, String.class));
                out.add(format("  (%.1f ms)", (System.nanoTime() - start) / 1e6));
                Arrays.stream(plan.split("\n")).map(row -> "    " + row).forEach(out::add);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            out.add("EXPLAIN unavailable: " + e);
        }
        return out;
    }

    private static final String LIVE_SQL_CLASS = "com.riskdesk.dashboard.LiveSql";

    private static void print(List<String> lines) {
        lines.forEach(System.out::println);
        System.out.flush();
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
