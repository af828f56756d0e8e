package com.riskdesk.entry;

import com.riskdesk.base.i18n.Languages;
import com.riskdesk.base.i18n.Translations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.riskdesk.IntegrationTest;
import com.riskdesk.TestData;
import com.riskdesk.monitor.MonitorService;
import com.riskdesk.place.Gazetteer;
import com.riskdesk.place.Place;
import com.riskdesk.place.PlacePrecision;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithMockUser(username = "editor", roles = {"EDITOR", "ADMIN"})
class EntryPlaceTest {

    @Autowired
    EntryService entries;
    @Autowired
    MonitorService monitors;

    long monitorId;

    @BeforeEach
    void createMonitor() {
        monitorId = monitors.create(TestData.monitor("east")).id();
    }

    @Test
    void an_entry_keeps_its_place_at_the_precision_given() {
        Place sea = Place.of(Gazetteer.find("caribbean-sea").orElseThrow(), "in the Caribbean");
        long id = entries.record(strike().withPlace(sea));

        Place stored = entries.find(id).content().place();
        assertThat(stored).isEqualTo(new Place("in the Caribbean", PlacePrecision.AREA, "Caribbean Sea", null, null));
        assertThat(stored.describe()).isEqualTo("in the Caribbean (in the Caribbean Sea)");
    }

    @Test
    void an_entry_without_a_place_stays_without_one() {
        long id = entries.record(strike());

        assertThat(entries.find(id).content().place()).isNull();
    }

    @Test
    void a_corrected_place_is_kept_in_the_entrys_history() {
        long id = entries.record(strike().withPlace(Place.of(Gazetteer.find("venezuela").orElseThrow(), null)));
        EntryDetails recorded = entries.find(id);

        entries.correct(id, recorded.version(), recorded.content().withPlace(Place.point(10.6, -63.2, "off Sucre")),
                "The source gave coordinates");

        assertThat(entries.find(id).content().place().precision()).isEqualTo(PlacePrecision.POINT);
        assertThat(entries.history(id)).last().satisfies(revision -> assertThat(revision.changes())
                .extracting(change -> Translations.inEnglish(change.describe()))
                .containsExactly("Place: In Venezuela → off Sucre (at 10.60° N, 63.20° W)"));
        assertThat(entries.history(id)).last().satisfies(revision -> assertThat(revision.changes())
                .extracting(change -> new Translations().text(Languages.SPANISH, change.describe()))
                .containsExactly("Lugar: En Venezuela → off Sucre (en 10,60° N, 63,20° O)"));
    }

    @Test
    void an_unknown_area_or_a_point_out_of_range_is_refused_at_the_place_field() {
        NewEntry atlantis = strike().withPlace(new Place(null, PlacePrecision.AREA, "Atlantis", null, null));
        NewEntry offTheEarth = strike().withPlace(new Place(null, PlacePrecision.POINT, null, 95.0, 10.0));

        assertThatThrownBy(() -> entries.record(atlantis)).isInstanceOfSatisfying(InvalidEntryException.class,
                refused -> assertThat(refused.problems()).containsKey("place"));
        assertThatThrownBy(() -> entries.record(offTheEarth)).isInstanceOfSatisfying(InvalidEntryException.class,
                refused -> assertThat(Translations.inEnglish(refused.problems().get("place"))).startsWith("Latitude must be between -90 and 90"));
    }

    private NewEntry strike() {
        return TestData.figures(monitorId, LocalDate.of(2025, 11, 2), Map.of("deaths", Figure.increment(Qualifier.EXACT, 3)));
    }
}
