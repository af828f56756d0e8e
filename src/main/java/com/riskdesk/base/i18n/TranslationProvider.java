package com.riskdesk.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The bundles as Vaadin's {@link I18NProvider}, so views write {@code getTranslation(key)} in the UI's language,
 * and Vaadin sets a new session's language from the browser's among the ones listed here.
 */
@Component
class TranslationProvider implements I18NProvider {

    private final Translations translations;

    TranslationProvider(Translations translations) {
        this.translations = translations;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translations.text(locale, key, params);
    }
}
