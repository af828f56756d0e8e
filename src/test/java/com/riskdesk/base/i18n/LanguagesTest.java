package com.riskdesk.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LanguagesTest {

    @Test
    void the_link_decides_first_then_the_browser_then_english() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/page/monitors/venezuela");
        assertThat(Languages.of(request)).isEqualTo(Languages.ENGLISH);

        request.addHeader("Accept-Language", "fr-FR,es;q=0.8,en;q=0.5");
        assertThat(Languages.of(request)).isEqualTo(Languages.SPANISH);

        request.setParameter("lang", "en");
        assertThat(Languages.of(request)).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void unknown_or_malformed_choices_fall_back_to_english() {
        assertThat(Languages.fromParameter("xx")).isEmpty();
        assertThat(Languages.fromParameter("ES")).contains(Languages.SPANISH);
        assertThat(Languages.fromParameter("es-MX")).contains(Languages.SPANISH);
        assertThat(Languages.fromAcceptLanguage("de-DE,de;q=0.9")).isEmpty();
        assertThat(Languages.fromAcceptLanguage(";;q=nonsense")).isEmpty();
        assertThat(Languages.supported(Locale.JAPANESE)).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void a_link_hands_on_a_language_other_than_english_once() {
        assertThat(Languages.withLanguage("monitors/venezuela", Languages.SPANISH)).isEqualTo("monitors/venezuela?lang=es");
        assertThat(Languages.withLanguage("monitors/venezuela?period=7d#entries", Languages.SPANISH))
                .isEqualTo("monitors/venezuela?period=7d&lang=es#entries");
        assertThat(Languages.withLanguage("monitors/venezuela?lang=es", Languages.SPANISH))
                .isEqualTo("monitors/venezuela?lang=es");
        assertThat(Languages.withLanguage("monitors/venezuela?period=7d", Languages.ENGLISH))
                .isEqualTo("monitors/venezuela?period=7d");
    }
}
