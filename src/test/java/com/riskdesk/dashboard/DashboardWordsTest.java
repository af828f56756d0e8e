package com.riskdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.base.i18n.Languages;
import com.riskdesk.entry.Basis;
import com.riskdesk.entry.Confidence;
import com.riskdesk.entry.DatePrecision;
import com.riskdesk.monitor.EntryKindDefinition;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The tiles' words in each language: English as it always read, Spanish with its own dates and numbers. */
class DashboardWordsTest {

    private static final DashboardWords ENGLISH = DashboardWords.in(Languages.ENGLISH);
    private static final DashboardWords SPANISH = DashboardWords.in(Languages.SPANISH);
    private static final LocalDate DAY = LocalDate.of(2025, 11, 30);

    @Test
    void dates_follow_the_language_and_keep_their_precision() {
        assertThat(ENGLISH.date(DatePrecision.DAY, DAY)).isEqualTo("30 Nov 2025");
        assertThat(ENGLISH.date(DatePrecision.MONTH, DAY.withDayOfMonth(1))).isEqualTo("November 2025");
        assertThat(ENGLISH.date(DatePrecision.ON_OR_BEFORE, DAY)).isEqualTo("on or before 30 Nov 2025");
        assertThat(SPANISH.date(DatePrecision.DAY, DAY)).isEqualTo("30 de noviembre de 2025");
        assertThat(SPANISH.date(DatePrecision.MONTH, DAY.withDayOfMonth(1))).isEqualTo("noviembre de 2025");
        assertThat(SPANISH.date(DatePrecision.ON_OR_BEFORE, DAY)).isEqualTo("30 de noviembre de 2025 o antes");
    }

    @Test
    void numbers_follow_the_language_with_english_written_as_it_always_was() {
        assertThat(ENGLISH.describe(FigureValue.atLeast(1234))).isEqualTo("at least 1234");
        assertThat(ENGLISH.describe(new FigureValue(80, 85))).isEqualTo("80–85");
        assertThat(SPANISH.describe(FigureValue.atLeast(1234))).isEqualTo("al menos 1.234");
        assertThat(SPANISH.describe(new FigureValue(1200, 1500))).isEqualTo("1.200–1.500");
        assertThat(SPANISH.describe(FigureValue.exact(83))).isEqualTo("83");
    }

    @Test
    void a_verb_before_a_date_reads_naturally_in_spanish() {
        Citation onTheDay = citation(DatePrecision.DAY, DAY);
        Citation inTheMonth = citation(DatePrecision.MONTH, DAY.withDayOfMonth(1));

        assertThat(ENGLISH.lastUpdated(onTheDay)).isEqualTo("Last updated 30 Nov 2025");
        assertThat(SPANISH.lastUpdated(onTheDay)).isEqualTo("Actualizado el 30 de noviembre de 2025");
        assertThat(SPANISH.reached(inTheMonth)).isEqualTo("Alcanzado en noviembre de 2025");
    }

    @Test
    void changes_and_periods_are_said_in_the_language() {
        assertThat(ENGLISH.change(4, ENGLISH.period(30))).isEqualTo("Up 4 in the last 30 days");
        assertThat(ENGLISH.change(0, ENGLISH.period(365))).isEqualTo("No change in the last year");
        assertThat(ENGLISH.change(-1500, ENGLISH.period(7))).isEqualTo("Down 1500 in the last 7 days");
        assertThat(SPANISH.change(4, SPANISH.period(30))).isEqualTo("Sube 4 en los últimos 30 días");
        assertThat(SPANISH.change(0, SPANISH.period(365))).isEqualTo("Sin cambios en el último año");
        assertThat(SPANISH.change(-1500, SPANISH.period(7))).isEqualTo("Baja 1.500 en los últimos 7 días");
        assertThat(SPANISH.escalationChange(2, 3, SPANISH.period(30)))
                .isEqualTo("Sube desde el nivel 2 en los últimos 30 días");
    }

    @Test
    void staff_names_are_shown_as_entered_in_spanish() {
        EntryKindDefinition attack = new EntryKindDefinition("ATTACK", "Attack");

        assertThat(ENGLISH.daysSinceLast(attack)).isEqualTo("Days since last attack");
        assertThat(SPANISH.daysSinceLast(attack)).isEqualTo("Días sin registros (attack)");
        assertThat(ENGLISH.figureOf(FigureValue.exact(1), "Deaths")).isEqualTo("1 death");
        assertThat(SPANISH.figureOf(FigureValue.atLeast(1834), "Muertes")).isEqualTo("al menos 1.834 muertes");
        assertThat(SPANISH.figureOf(FigureValue.exact(1), "Muertes")).isEqualTo("Muertes: 1");
        assertThat(ENGLISH.totalsChart(List.of("Attacks", "Fatalities"))).isEqualTo("Attacks and fatalities, running totals");
        assertThat(SPANISH.totalsChart(List.of("Ataques", "Muertes"))).isEqualTo("Totales acumulados: Ataques y Muertes");
        assertThat(SPANISH.sourceFigure(FigureValue.atLeast(83), Basis.CUMULATIVE)).isEqualTo("al menos 83 en total");
    }

    @Test
    void a_language_the_app_does_not_speak_reads_english() {
        assertThat(DashboardWords.in(Locale.GERMAN)).isSameAs(ENGLISH);
        assertThat(DashboardWords.in(Locale.forLanguageTag("es-MX"))).isSameAs(SPANISH);
    }

    private static Citation citation(DatePrecision precision, LocalDate day) {
        return new Citation(1, day, precision, "Headline", Confidence.CONFIRMED, TestData.SOURCE);
    }
}
