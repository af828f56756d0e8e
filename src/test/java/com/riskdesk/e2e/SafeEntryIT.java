package com.riskdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.entry.EntryFilter;
import com.riskdesk.entry.EntryService;
import com.riskdesk.entry.NewEntry;
import com.riskdesk.entry.Revision;
import com.riskdesk.monitor.MonitorService;
import com.riskdesk.security.NewStaffMember;
import com.riskdesk.security.StaffRole;
import com.riskdesk.security.StaffService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The rows of issue 11's table, tried in Chromium on the staff entry screen as a new user would: each test fails on
 * the code before the fix. Entries saved here carry no deaths figure, so the demo's "at least 83" stays the deaths
 * tile every test starts from.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.demo-data=true", "app.admin.username=desk", "app.admin.password=correct horse battery"})
@Import(TestData.FixedClock.class)
@DirtiesContext
@ExtendWith(KeepsSecurityStrategy.class)
class SafeEntryIT {

    private static final Duration FIRST_LOAD = Duration.ofSeconds(180);
    private static final Duration STEP = Duration.ofSeconds(20);
    private static final String ADMIN_PASSWORD = "correct horse battery";
    private static final String EDITOR_PASSWORD = "editor horse battery";

    @RegisterExtension
    static final SharedBrowser browser = new SharedBrowser();

    @LocalServerPort
    int port;
    @Autowired
    EntryService entries;
    @Autowired
    MonitorService monitors;
    @Autowired
    StaffService staff;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signedOut() {
        driver().get(url("/favicon.svg"));
        driver().manage().deleteAllCookies();
    }

    @Test
    void ctrl_enter_saves_the_notes_being_typed_and_the_correction_note_being_typed() {
        signIn("/admin/entries?monitor=venezuela", "desk", ADMIN_PASSWORD);
        fillRequired("Ctrl+Enter keeps the notes (end-to-end test)");
        type("#entry-url input", "https://example.org/ctrl-enter");
        typeAndPressCtrlEnter("#entry-notes textarea", "Typed last, saved with the shortcut");

        waitForText(".entry-form", "Saved entry #");
        NewEntry saved = newest().content();
        assertThat(saved.headline()).isEqualTo("Ctrl+Enter keeps the notes (end-to-end test)");
        assertThat(saved.notes()).isEqualTo("Typed last, saved with the shortcut");
        assertThat(saved.source().url()).isEqualTo("https://example.org/ctrl-enter");

        clickGridRow("Ctrl+Enter keeps the notes");
        waitForText(".entry-form", "Correct entry #");
        type("#entry-headline input", "Ctrl+Enter keeps the correction note (end-to-end test)");
        typeAndPressCtrlEnter("#entry-correction-note input", "Headline said too little");

        waitForText(".entry-form", "Correction saved.");
        long id = newest().id();
        List<Revision> history = TestData.asAdmin(() -> entries.history(id));
        assertThat(history.getLast().reason()).isEqualTo("Headline said too little");
    }

    @Test
    void the_form_shows_what_the_deaths_tile_will_publish_and_counts_has_no_silent_default() {
        signIn("/admin/entries?monitor=venezuela", "desk", ADMIN_PASSWORD);
        fillRequired("Reuters reports 87 deaths (end-to-end test)");
        type("#figure-deaths input", "87");
        assertThat(find("#basis-deaths").getDomProperty("value")).as("no choice made for the staff member")
                .isIn("", null);

        click(find("#entry-save"));
        waitForText(".entry-form", "running total or what this event adds");
        assertThat(find("#basis-deaths").getAttribute("invalid")).isNotNull();

        chooseBasis("deaths", "This event only");
        waitForText("#entry-effect", "Deaths: at least 83 → at least 170");
        assertThat(text("#entry-effect")).contains("counts as this event only", "raises deaths by 87");

        chooseBasis("deaths", "Running total");
        waitForText("#entry-effect", "counts as a running total");
        assertThat(text("#entry-effect")).contains("Deaths: at least 83 → 87").doesNotContain("at least 170");
    }

    @Test
    void counts_out_of_range_or_not_numbers_are_errors_at_their_field_and_nothing_is_saved() {
        signIn("/admin/entries?monitor=venezuela", "desk", ADMIN_PASSWORD);
        long before = count();
        for (String typed : List.of("99999999999", "2147483647", "12a", "-5")) {
            driver().navigate().refresh();
            fillRequired("Strikes typed wrongly (end-to-end test)");
            chooseBasis("strikes", "This event only");
            type("#figure-strikes input", typed);
            click(find("#entry-save"));
            new WebDriverWait(driver(), STEP).withMessage(typed + " was not marked at its field").until(driver ->
                    find("#figure-strikes").getAttribute("invalid") != null
                            && String.valueOf(find("#figure-strikes").getDomProperty("errorMessage"))
                            .contains("whole number from 0 to"));
            assertThat(text(".entry-form")).doesNotContain("Saved entry #");
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_database_that_refuses_the_write_is_reported_at_the_form_and_the_input_is_kept() {
        signIn("/admin/entries?monitor=venezuela", "desk", ADMIN_PASSWORD);
        String refused = "The database refuses this (end-to-end test)";
        jdbc.sql("alter table entry add constraint e2e_refuses check (headline <> '" + refused + "')").update();
        try {
            fillRequired(refused);
            type("#entry-notes textarea", "Still here after the failure");
            click(find("#entry-save"));

            waitForText(".entry-form", "Not saved: the database could not store");
            assertThat(find("#entry-headline input").getDomProperty("value")).isEqualTo(refused);
            assertThat(find("#entry-notes textarea").getDomProperty("value")).isEqualTo("Still here after the failure");
        } finally {
            jdbc.sql("alter table entry drop constraint e2e_refuses").update();
        }
    }

    @Test
    void sign_in_leads_where_staff_were_going_without_continue_and_admin_opens_the_entries() {
        signIn("/admin/entries?monitor=venezuela&q=airspace", "desk", ADMIN_PASSWORD);
        waitForText("#entry-grid", "airspace");
        assertThat(driver().getCurrentUrl()).endsWith("/admin/entries?monitor=venezuela&q=airspace")
                .doesNotContain("continue");

        driver().get(url("/admin"));
        waitForText("h1", "Entries");
        assertThat(driver().getCurrentUrl()).endsWith("/admin/entries");

        driver().manage().deleteAllCookies();
        signIn("/login", "desk", ADMIN_PASSWORD);
        waitForText("h1", "Entries");
        assertThat(driver().getCurrentUrl()).endsWith("/admin/entries");
    }

    @Test
    void an_editor_at_the_staff_accounts_gets_a_403_page_saying_only_admins_may() throws Exception {
        TestData.asAdmin(() -> staff.all().stream().anyMatch(member -> member.username().equals("ed"))
                || staff.create(new NewStaffMember("ed", "Ed Itor", StaffRole.EDITOR, EDITOR_PASSWORD)) != null);
        signIn("/admin/staff", "ed", EDITOR_PASSWORD);

        waitForText(".app-main", "Only admins can manage staff accounts");
        assertThat(text("body")).doesNotContain("Page not found");
        assertThat(find(".app-header").isDisplayed()).isTrue();
        String session = driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                url("/admin/staff"))).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void the_grid_searches_shows_status_says_when_empty_and_keeps_its_filters_in_the_address() {
        long venezuela = monitors.findBySlug("venezuela").orElseThrow().id();
        long corrected = TestData.asAdmin(() -> {
            long id = entries.record(TestData.figures(venezuela, LocalDate.of(2025, 12, 3), Map.of()));
            NewEntry content = entries.find(id).content();
            entries.correct(id, entries.find(id).version(), new NewEntry(venezuela, content.kind(),
                    content.occurredOn(), content.datePrecision(), null, "Quokka sighting corrected (end-to-end test)",
                    content.source(), content.confidence(), null, Map.of()), "Spelling");
            return id;
        });
        signIn("/admin/entries?monitor=venezuela", "desk", ADMIN_PASSWORD);

        type("#entry-search input", "quokka");
        new WebDriverWait(driver(), STEP).until(driver -> gridSize() == 1);
        assertThat(rows()).contains("Quokka sighting corrected", "Corrected", "12/3/2025");
        new WebDriverWait(driver(), STEP).until(ExpectedConditions.urlContains("q=quokka"));

        driver().navigate().refresh();
        waitForText("#entry-grid", "Quokka sighting corrected");
        assertThat(find("#entry-search input").getDomProperty("value")).isEqualTo("quokka");

        type("#entry-search input", "nothing-has-this-text");
        new WebDriverWait(driver(), STEP).until(driver -> gridSize() == 0);
        assertThat(text("#entry-grid [slot='empty-state']")).contains("No entries match these filters");
        assertThat(corrected).isPositive();
    }

    @Test
    void the_event_date_starts_empty_and_a_typed_date_survives_escape() {
        signIn("/admin/entries?monitor=venezuela", "desk", ADMIN_PASSWORD);
        WebElement date = find("#entry-date input");
        assertThat(date.getDomProperty("value")).as("no silent default date").isEmpty();

        date.click();
        date.sendKeys("12/2/2025");
        date.sendKeys(Keys.ESCAPE);
        assertThat(date.getDomProperty("value")).isEqualTo("12/2/2025");
        date.sendKeys(Keys.TAB);
        assertThat(find("#entry-date input").getDomProperty("value")).isEqualTo("12/2/2025");
        assertThat(rows()).containsPattern("\\d{1,2}/\\d{1,2}/\\d{4}");
    }

    private void signIn(String path, String username, String password) {
        driver().get(url(path));
        StaffForm.signIn(driver(), FIRST_LOAD, username, password);
        if (!path.equals("/admin/staff")) {
            new WebDriverWait(driver(), FIRST_LOAD).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#entry-headline input")));
        }
    }

    private void fillRequired(String headline) {
        typeDate("#entry-date input", "12/2/2025");
        type("#entry-headline input", headline);
        type("#entry-outlet input", "Test Wire");
        type("#entry-title input", "Test report");
    }

    private void chooseBasis(String indicator, String label) {
        StaffForm.chooseBasis(driver(), indicator, label);
    }

    /** The text of the grid's cells (not of its hidden empty-state message). */
    private String rows() {
        return (String) js("return Array.from(document.querySelectorAll('#entry-grid vaadin-grid-cell-content'))"
                + ".map(c => c.textContent).join(' | ');");
    }

    /** How many entries the grid lists now (its cells stay in the page, hidden, when the list shrinks). */
    private long gridSize() {
        return ((Number) js("return document.querySelector('#entry-grid').size;")).longValue();
    }

    private void clickGridRow(String text) {
        waitForText("#entry-grid", text);
        WebElement cell = driver().findElements(By.cssSelector("#entry-grid vaadin-grid-cell-content")).stream()
                .filter(candidate -> candidate.getText().contains(text)).findFirst().orElseThrow();
        click(cell);
    }

    private EntryDetailsView newest() {
        long venezuela = monitors.findBySlug("venezuela").orElseThrow().id();
        return TestData.asAdmin(() -> {
            long id = entries.search(new EntryFilter(venezuela, null, null, null, "end-to-end test"), 0, 50).stream()
                    .mapToLong(summary -> summary.id()).max().orElseThrow();
            return new EntryDetailsView(id, entries.find(id).content());
        });
    }

    private long count() {
        long venezuela = monitors.findBySlug("venezuela").orElseThrow().id();
        return TestData.asAdmin(() -> entries.count(EntryFilter.all(venezuela)));
    }

    private record EntryDetailsView(long id, NewEntry content) {
    }

    private void type(String cssSelector, String text) {
        StaffForm.type(driver(), cssSelector, text);
    }

    private void typeDate(String cssSelector, String text) {
        StaffForm.typeDate(driver(), cssSelector, text);
    }

    /** Types into a field and saves with Ctrl+Enter without leaving it. */
    private void typeAndPressCtrlEnter(String cssSelector, String text) {
        WebElement field = find(cssSelector);
        field.click();
        field.sendKeys(text);
        field.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
    }

    private void click(WebElement element) {
        StaffForm.click(driver(), element);
    }

    private String text(String cssSelector) {
        return (String) js("return document.querySelector(arguments[0])?.textContent || '';", cssSelector);
    }

    private void waitForText(String cssSelector, String text) {
        new WebDriverWait(driver(), STEP).withMessage(() -> cssSelector + " never said \"" + text + "\"; it says: "
                        + text(cssSelector))
                .until(driver -> text(cssSelector).contains(text));
    }

    private WebElement find(String cssSelector) {
        return new WebDriverWait(driver(), STEP).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(cssSelector)));
    }

    private Object js(String script, Object... arguments) {
        return StaffForm.js(driver(), script, arguments);
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
