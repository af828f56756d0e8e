package com.riskdesk.entry;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.Translations;
import com.riskdesk.place.Gazetteer;
import com.riskdesk.place.Place;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A correction's lines read in English as they always did, and in Spanish with only what staff typed left as typed. */
class EntryDiffTest {

    private static final Translations TRANSLATIONS = new Translations();

    private final NewEntry before = new NewEntry(1, TestData.STRIKE, LocalDate.of(2025, 11, 29), DatePrecision.DAY,
            null, "Strike off Sucre", TestData.SOURCE, Confidence.SINGLE_SOURCE, null,
            Map.of("deaths", Figure.cumulative(Qualifier.AT_LEAST, 1083)), null);
    private final NewEntry after = new NewEntry(1, EntryKind.valueOf("CASUALTY_REPORT"), LocalDate.of(2025, 9, 1),
            DatePrecision.MONTH, 2, "Strikes off Sucre",
            new Source("Test Wire", "Test report", null, LocalDate.of(2025, 12, 2)), Confidence.CONFIRMED,
            "Two reports agree", Map.of("deaths", new Figure(Basis.INCREMENT, Qualifier.RANGE, 3, 1250)),
            Place.of(Gazetteer.find("venezuela").orElseThrow(), null));

    @Test
    void every_field_reads_in_english_as_it_always_did() {
        assertThat(lines(Languages.ENGLISH)).containsExactly(
                "Kind: Strike → Casualty report",
                "Date: 29 Nov 2025 → September 2025",
                "Escalation step: (none) → Step 2",
                "Headline: Strike off Sucre → Strikes off Sucre",
                "Source URL: https://example.org/report → (none)",
                "Source published: 1 Dec 2025 → 2 Dec 2025",
                "Confidence: Single-source report → Confirmed",
                "Notes: (none) → Two reports agree",
                "Place: (none) → In Venezuela",
                "Figure: deaths: at least 1083 (running total) → 3–1250 (this event)");
    }

    @Test
    void in_spanish_field_names_dates_numbers_and_fixed_words_are_spanish() {
        List<String> spanish = lines(Languages.SPANISH);

        assertThat(spanish).containsExactly(
                "Tipo: Strike → Casualty report",
                "Fecha: 29 nov 2025 → septiembre de 2025",
                "Escalón de escalada: (nada) → Nivel 2",
                "Titular: Strike off Sucre → Strikes off Sucre",
                "URL de la fuente: https://example.org/report → (nada)",
                "Fuente publicada el: 1 dic 2025 → 2 dic 2025",
                "Confiabilidad: Reporte de una sola fuente → Confirmado",
                "Notas: (nada) → Two reports agree",
                "Lugar: (nada) → En Venezuela",
                "Cifra: deaths: al menos 1.083 (total acumulado) → 3–1.250 (este hecho)");
        assertThat(String.join("\n", spanish)).doesNotContain("(none)", "Step", "running total", "this event",
                "at least", "Headline", "Date:", "September", "Dec");
    }

    @Test
    void an_unchanged_entry_has_no_lines_and_a_new_one_lists_what_is_set() {
        assertThat(EntryDiff.between(before, before)).isEmpty();
        assertThat(EntryDiff.between(null, before)).extracting(change -> Translations.inEnglish(change.describe()))
                .contains("Headline: (none) → Strike off Sucre", "Source outlet: (none) → Test Wire");
    }

    private List<String> lines(Locale language) {
        return EntryDiff.between(before, after).stream()
                .map(change -> TRANSLATIONS.text(language, change.describe())).toList();
    }
}
