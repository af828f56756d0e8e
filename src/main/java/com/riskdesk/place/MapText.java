package com.riskdesk.place;

import com.riskdesk.base.i18n.Message;
import com.riskdesk.base.i18n.Translations;

/**
 * Words the map writer needs, in the reader's language: a bundle key and its parameters to a text. A Vaadin view
 * passes its {@code getTranslation}, a server-written page its request's language.
 */
@FunctionalInterface
public interface MapText {

    /** English, for callers that have no reader's language. */
    MapText ENGLISH = (key, args) -> Translations.inEnglish(Message.of(key, args));

    String text(String key, Object... args);

    /** A message in these words ("in the Caribbean Sea" from {@link Place#whereInWords()}). */
    default String text(Message message) {
        return text(message.key(), message.argArray());
    }
}
