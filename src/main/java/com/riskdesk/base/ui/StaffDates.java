package com.riskdesk.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.server.VaadinRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * One date format for the staff screens, in the staff member's language: the locale's short numeric date with a
 * four-digit year ("11/30/2026" in en-US, "30/11/2026" in en-GB, "30.11.2026" in German). Date pickers take it for
 * typing and showing, and grids, history and messages write dates the same way.
 */
public final class StaffDates {

    private final Locale locale;
    private final String pattern;
    private final DateTimeFormatter format;

    public StaffDates(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.pattern = numericPattern(this.locale);
        this.format = DateTimeFormatter.ofPattern(pattern, this.locale);
    }

    /**
     * The dates of the person using this request, in the window's language: with the region of the browser's
     * preferred language (Accept-Language) when it is the same language, so an English window types 11/30/2026 in an
     * American browser and 30/11/2026 in a British one, and a Spanish window 30/11/2026; the language alone otherwise.
     */
    public static StaffDates ofCurrentUser(Locale language) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Locale browser = request == null || request.getHeader("Accept-Language") == null ? null : request.getLocale();
        if (language == null || browser != null && browser.getLanguage().equals(language.getLanguage())) {
            return new StaffDates(browser != null ? browser : language);
        }
        return new StaffDates(language);
    }

    /** "M/d/yy" → "M/d/yyyy": the locale's short pattern, its year always written out in full. */
    static String numericPattern(Locale locale) {
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return shortPattern.replaceAll("y+", "yyyy").replaceAll("u+", "yyyy");
    }

    public String format(LocalDate date) {
        return date == null ? "" : format.format(date);
    }

    /** "30/11/2026, 14:05 UTC". */
    public String formatUtc(Instant instant) {
        ZonedDateTime at = instant.atZone(ZoneOffset.UTC);
        return format(at.toLocalDate()) + ", " + DateTimeFormatter.ofPattern("HH:mm", locale).format(at) + " UTC";
    }

    /** "30/11/2026, 14:05:09 UTC", for records where the second matters (the security audit). */
    public String formatUtcToTheSecond(Instant instant) {
        ZonedDateTime at = instant.atZone(ZoneOffset.UTC);
        return format(at.toLocalDate()) + ", " + DateTimeFormatter.ofPattern("HH:mm:ss", locale).format(at) + " UTC";
    }

    /** "Nov 2026", for a date known to the month. */
    public String formatMonth(LocalDate date) {
        return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(date);
    }

    /** An example of what to type, for help texts and messages: "e.g. 30/11/2026". */
    public String example(LocalDate date) {
        return "e.g. " + format(date);
    }

    /**
     * Makes {@code picker} read and write this format, and keeps a typed date when Escape is pressed: the picker
     * would otherwise put back the date it had before typing began. Escape then only closes the calendar; the typed
     * date is taken as Enter would take it.
     */
    public void apply(DatePicker picker) {
        picker.setLocale(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat(pattern);
        picker.setI18n(i18n);
        picker.getElement().executeJs("""
                this.addEventListener('keydown', e => {
                  if (e.key !== 'Escape' || !this.inputElement || this.inputElement.value === '') return;
                  e.stopPropagation();
                  e.preventDefault();
                  if (this.opened) { this.close(); } else { this.inputElement.blur(); this.inputElement.focus(); }
                }, true);
                """);
    }
}
