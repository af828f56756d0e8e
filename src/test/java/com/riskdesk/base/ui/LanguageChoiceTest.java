package com.riskdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.riskdesk.IntegrationTest;
import com.riskdesk.RenderedText;
import com.riskdesk.base.i18n.Languages;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

@IntegrationTest
class LanguageChoiceTest extends SpringBrowserlessTest {

    @Test
    void a_public_link_with_lang_es_sets_the_ui_language_and_keeps_it_for_the_next_page() {
        UI.getCurrent().navigate("nowhere", QueryParameters.of("lang", "es"));

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.SPANISH);
        NotFoundView notFound = find(NotFoundView.class).single();
        assertThat(RenderedText.of(find(MainLayout.class).single()))
                .contains("Página no encontrada", "No hay nada en esta dirección.", "Acceso del personal")
                .doesNotContain("Page not found", "Staff sign-in");
        assertThat(notFound.getPageTitle()).isEqualTo("Página no encontrada · Risk Monitor");

        UI.getCurrent().navigate("elsewhere");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.SPANISH);
        assertThat(RenderedText.of(find(NotFoundView.class).single())).contains("Página no encontrada");
    }

    @Test
    void an_unknown_language_in_the_link_leaves_english() {
        UI.getCurrent().navigate("nowhere", QueryParameters.of("lang", "xx"));

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(RenderedText.of(find(NotFoundView.class).single())).contains("Page not found");
    }
}
