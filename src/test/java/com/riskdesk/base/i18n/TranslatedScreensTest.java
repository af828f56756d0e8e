package com.riskdesk.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.assessment.Trend;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.entry.RevisionAction;
import com.riskdesk.entry.review.ChangeKind;
import com.riskdesk.entry.review.DraftStatus;
import com.riskdesk.security.SecurityEventKind;
import com.riskdesk.security.StaffRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the translated screens translated: no user-visible text written into their code, and every key they name is
 * in the bundles. To take in another package or class once it is translated, add it to {@link #TRANSLATED}.
 */
class TranslatedScreensTest {

    private static final Path SOURCES = Path.of("src/main/java/com/riskdesk");

    /** Folders (their own classes, not sub-folders) and single classes whose every visible text is translated. */
    static final List<String> TRANSLATED = List.of(
            "base/ui",
            "security/ui",
            "entry/imports/ui",
            "entry/ui/ReviewView.java",
            "dashboard/ui/ChartControls.java", "dashboard/ui/ChartTabs.java", "dashboard/ui/CorrectionsLog.java",
            "dashboard/ui/DashboardCharts.java", "dashboard/ui/DashboardPageInitializer.java",
            "dashboard/ui/DashboardTiles.java", "dashboard/ui/DashboardView.java", "dashboard/ui/EntryList.java",
            "dashboard/ui/LiveUpdatesControl.java", "dashboard/ui/MonitorListView.java",
            "dashboard/ui/OverviewPageInitializer.java", "dashboard/ui/SelectedEntry.java",
            "dashboard/ui/ShareLinks.java", "dashboard/ui/SnapshotBanner.java", "dashboard/ui/TrendBadge.java",
            "dashboard/ui/UpdateSummary.java", "dashboard/ui/JudgementTimeline.java", "dashboard/ui/DashboardMap.java");

    /** A text literal (with a letter in it) handed straight to something a person sees. */
    private static final Pattern VISIBLE_LITERAL = Pattern.compile(
            "(?:new (?:Span|Paragraph|H[1-6]|Button|ListItem|Text|TextField|TextArea|PasswordField|Checkbox|"
                    + "DatePicker|NativeLabel|Label|Details|Tab|MenuItem)\\(\\s*"
                    + "|new Anchor\\([^,()]*,\\s*"
                    + "|\\.(?:setText|setLabel|setHeader|setHelperText|setPlaceholder|setErrorMessage|setAriaLabel|"
                    + "setHeaderTitle|setEmptyStateText|setTitle|setMessage|setSubmit|setTooltipText|add|addItem)\\(\\s*"
                    + "|Notification\\.show\\(\\s*|Notices\\.(?:done|error)\\(\\s*|@PageTitle\\(\\s*)"
                    + "\"([^\"]*\\p{L}[^\"]*)\"");

    /** A key named in full: {@code getTranslation("key"}, {@code Message.of("key"}, {@code RefusedException("key"}. */
    private static final Pattern NAMED_KEY = Pattern.compile(
            "(?:getTranslation|Message\\.of|RefusedException|InvalidAsOfException)\\(\"([a-z0-9.-]+)\"\\s*[,)]");

    /** Keys made of a prefix and an enum constant's name, with the constants each must cover. */
    private static final Map<String, Enum<?>[]> ENUM_KEYS = Map.ofEntries(
            Map.entry("staff.role.", StaffRole.values()),
            Map.entry("staff.make.", StaffRole.values()),
            Map.entry("audit.kind.", SecurityEventKind.values()),
            Map.entry("review.status.", DraftStatus.values()),
            Map.entry("review.change.", ChangeKind.values()),
            Map.entry("review.problem.not-waiting.", DraftStatus.values()),
            Map.entry("review.problem.already.", DraftStatus.values()),
            Map.entry("words.confidence.", Confidence.values()),
            Map.entry("words.action.", RevisionAction.values()),
            Map.entry("words.when.", DatePrecision.values()),
            Map.entry("dashboard.update.", RevisionAction.values()),
            Map.entry("dashboard.trend.", Trend.values()),
            Map.entry("methodology.confidence.", Confidence.values()));

    @Test
    void translated_screens_show_no_text_that_is_not_from_the_bundles() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : translatedSources()) {
            List<String> lines = Files.readAllLines(source);
            String code = String.join("\n", lines);
            Matcher matcher = VISIBLE_LITERAL.matcher(code);
            while (matcher.find()) {
                int line = code.substring(0, matcher.start()).split("\n", -1).length;
                found.add(SOURCES.relativize(source) + ":" + line + " \"" + matcher.group(1) + "\"");
            }
        }
        assertThat(found).as("texts to move into i18n/messages*.properties").isEmpty();
    }

    @Test
    void the_scan_recognises_a_text_written_into_the_code() {
        assertThat(VISIBLE_LITERAL.matcher("add(new H1(\"Staff accounts\"));").find()).isTrue();
        assertThat(VISIBLE_LITERAL.matcher("nav.add(new Anchor(\"login\", \"Staff sign-in\"));").find()).isTrue();
        assertThat(VISIBLE_LITERAL.matcher("grid.addColumn(x).setHeader(\"When\")").find()).isTrue();
        assertThat(VISIBLE_LITERAL.matcher("Notices.done(\"Saved\")").find()).isTrue();
        assertThat(VISIBLE_LITERAL.matcher("add(new H1(getTranslation(\"audit.title\")));").find()).isFalse();
        assertThat(VISIBLE_LITERAL.matcher("nav.add(new Anchor(\"login\", getTranslation(\"x\")));").find()).isFalse();
        assertThat(VISIBLE_LITERAL.matcher("status.setText(\"\");").find()).isFalse();
    }

    @Test
    void every_key_the_code_names_is_in_the_bundles() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        ENUM_KEYS.forEach((prefix, constants) -> Stream.of(constants).map(constant -> prefix + constant.name())
                .filter(key -> !english.containsKey(key)).forEach(missing::add));
        try (Stream<Path> all = Files.walk(SOURCES)) {
            for (Path source : all.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = NAMED_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!english.containsKey(matcher.group(1))) {
                        missing.add(SOURCES.relativize(source) + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Path> translatedSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String entry : TRANSLATED) {
            Path path = SOURCES.resolve(entry);
            assertThat(path).as(entry).exists();
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
                }
            } else {
                sources.add(path);
            }
        }
        return sources;
    }
}
