package com.riskdesk.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.TestData;
import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.Message;
import com.riskdesk.base.i18n.Translations;
import com.riskdesk.place.MapRegion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A definition's history is kept as codes and reads in English as it always did, and in Spanish without English. */
class DefinitionDiffTest {

    private static final Translations TRANSLATIONS = new Translations();
    private final MonitorDefinition before = TestData.monitor("west");

    @Test
    void every_kind_of_change_reads_in_english_as_it_always_did() {
        assertThat(read(Languages.ENGLISH, DefinitionDiff.between(before, changed()))).containsExactly(
                "Name: Test west → Western front",
                "Summary: A monitor made by a test. → none",
                "Start date: 2025-10-01 → 2025-09-15",
                "Indicator deaths: \"Deaths\" (people, running total): Deaths → \"Fatalities\" (people, running total, hidden): Deaths",
                "Indicator attacks added: \"Attacks\" (attacks, count of events)",
                "Indicator strikes removed",
                "Indicator order: boats_struck, deaths, strikes → boats_struck, deaths, attacks",
                "Kind STRIKE: \"Strike\" → \"Raid\" (hidden)",
                "Ladder: Low / Middle / High → Low / Middle / Top",
                "\"Days since the last ...\" tile counts: STRIKE → none",
                "Map region: none → Cuba",
                "Tile order: boats_struck, deaths, strikes, escalation, since-last"
                        + " → boats_struck, deaths, attacks, escalation, since-last");
        assertThat(read(Languages.ENGLISH, DefinitionDiff.between(before, withLadder(List.of(
                new EscalationStep("Low", "First step"), new EscalationStep("Middle", "Second step, redefined"),
                new EscalationStep("High", "Third step")))))).containsExactly("Ladder: a step's meaning changed");
        assertThat(read(Languages.ENGLISH, DefinitionDiff.created(before))).containsExactly(
                "Created with indicators boats_struck, deaths, strikes, kinds STRIKE, CASUALTY_REPORT, ESCALATION_STEP, STATEMENT, OTHER "
                        + "and a ladder of 3 steps");
    }

    @Test
    void in_spanish_the_fixed_words_are_spanish_and_names_stay_as_entered() {
        List<String> spanish = read(Languages.SPANISH, DefinitionDiff.between(before, changed()));

        assertThat(spanish).containsExactly(
                "Nombre: Test west → Western front",
                "Resumen: A monitor made by a test. → ninguno",
                "Fecha de inicio: 2025-10-01 → 2025-09-15",
                "Indicador deaths: \"Deaths\" (people, total acumulado): Deaths → \"Fatalities\" (people, total acumulado, oculto): Deaths",
                "Indicador attacks añadido: \"Attacks\" (attacks, recuento de hechos)",
                "Indicador strikes eliminado",
                "Orden de los indicadores: boats_struck, deaths, strikes → boats_struck, deaths, attacks",
                "Tipo STRIKE: \"Strike\" → \"Raid\" (oculto)",
                "Escalera: Low / Middle / High → Low / Middle / Top",
                "El recuadro \"días desde el último...\" cuenta: STRIKE → ninguno",
                "Región del mapa: ninguno → Cuba",
                "Orden de los recuadros: boats_struck, deaths, strikes, escalation, since-last"
                        + " → boats_struck, deaths, attacks, escalation, since-last");
        assertThat(String.join("\n", spanish)).doesNotContain("Name", "Summary", "running total", "count of events",
                "hidden", "added", "removed", "Indicator", "Kind", "Ladder", "tile counts", "Map region", "none");
        assertThat(read(Languages.SPANISH, DefinitionDiff.created(before))).containsExactly(
                "Creado con los indicadores boats_struck, deaths, strikes, los tipos STRIKE, CASUALTY_REPORT, ESCALATION_STEP, STATEMENT, OTHER "
                        + "y una escalera de 3 escalones");
    }

    @Test
    void the_history_keeps_codes_that_read_back_the_same_and_old_plain_lines_read_as_written() {
        List<Message> changes = DefinitionDiff.between(before, changed());

        assertThat(StoredChanges.read(StoredChanges.write(changes))).isEqualTo(changes);
        assertThat(read(Languages.SPANISH, StoredChanges.read("Name: Old → New\nLadder: a step's meaning changed")))
                .containsExactly("Name: Old → New", "Ladder: a step's meaning changed");
        assertThat(StoredChanges.read("[not json")).extracting(Message::args)
                .containsExactly(List.of("[not json"));
    }

    private MonitorDefinition changed() {
        List<Indicator> indicators = new ArrayList<>(before.indicators().subList(0, 2));
        indicators.set(1, new Indicator("deaths", "Fatalities", "people", "Deaths", Counting.RUNNING_TOTAL, true));
        indicators.add(new Indicator("attacks", "Attacks", "attacks", null, Counting.EVENTS, false));
        List<EntryKindDefinition> kinds = before.kinds().stream().map(kind -> kind.code().equals("STRIKE")
                ? new EntryKindDefinition("STRIKE", "Raid", true) : kind).toList();
        List<EscalationStep> ladder = List.of(before.ladder().get(0), before.ladder().get(1),
                new EscalationStep("Top", "Third step"));
        return new MonitorDefinition(before.slug(), "Western front", null, LocalDate.of(2025, 9, 15), indicators,
                ladder, kinds, null, null, MapRegion.parse("Cuba"));
    }

    private MonitorDefinition withLadder(List<EscalationStep> ladder) {
        return new MonitorDefinition(before.slug(), before.name(), before.summary(), before.startDate(),
                before.indicators(), ladder, before.kinds(), before.recencyKind(), before.region());
    }

    private static List<String> read(Locale language, List<Message> changes) {
        return changes.stream().map(change -> TRANSLATIONS.text(language, change)).toList();
    }
}
