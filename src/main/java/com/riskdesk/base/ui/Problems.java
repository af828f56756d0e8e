package com.riskdesk.base.ui;

import com.riskdesk.base.i18n.Message;
import com.riskdesk.base.i18n.RefusedException;
import com.riskdesk.base.i18n.Translations;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.LinkedHashMap;
import java.util.Map;

/** What services report as codes ({@link Message}), in the current UI's language: the edge where it is translated. */
public final class Problems {

    private Problems() {
    }

    /** Outside a running Vaadin service (a form tested on its own) the text is the English one. */
    public static String text(Message message) {
        return VaadinService.getCurrent() == null ? Translations.inEnglish(message)
                : I18NProvider.translate(message.key(), message.argArray());
    }

    /** A refusal's reason; an exception without a code (a programming error) keeps its own message. */
    public static String text(IllegalArgumentException refused) {
        return refused instanceof RefusedException coded ? text(coded.reason()) : refused.getMessage();
    }

    /** Field-keyed problems, each translated, in their order. */
    public static Map<String, String> texts(Map<String, Message> problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        problems.forEach((field, message) -> texts.put(field, text(message)));
        return texts;
    }
}
