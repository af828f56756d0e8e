package com.riskdesk.base.i18n;

import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The message bundles ({@code i18n/messages.properties}, English, and {@code messages_es.properties}), each read
 * once at start and kept: a lookup is a map read, so thousands of viewers cost nothing here. Texts with parameters
 * are {@link MessageFormat} patterns in the language's conventions (numbers "1,234" or "1.234"); in those, a literal
 * apostrophe is written twice ({@code ''}). The server-written pages, the API and, through
 * {@link TranslationProvider}, the Vaadin screens all read here.
 */
@Component
public class Translations {

    static final String BUNDLE = "i18n.messages";
    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);

    private final Map<Locale, Map<String, String>> bundles = new LinkedHashMap<>();

    public Translations() {
        for (Locale locale : Languages.SUPPORTED) {
            bundles.put(locale, read(locale));
        }
    }

    private static Map<String, String> read(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new LinkedHashMap<>();
        bundle.keySet().forEach(key -> texts.put(key, bundle.getString(key)));
        return Map.copyOf(texts);
    }

    /** The text for {@code key} in {@code locale}'s language (English when the app does not speak it). */
    public String text(Locale locale, String key, Object... args) {
        Locale language = Languages.supported(locale);
        String pattern = bundles.get(language).get(key);
        if (pattern == null) {
            pattern = bundles.get(Languages.ENGLISH).get(key);
            if (pattern == null) {
                LOG.warn("No text for the key '{}'", key);
                return "!" + key + "!";
            }
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        try {
            MessageFormat format = new MessageFormat(pattern, language);
            return format.format(dates(format, inLanguage(language, args)));
        } catch (IllegalArgumentException badPattern) {
            throw new MissingResourceException("Bad pattern for " + key + ": " + pattern, BUNDLE, key);
        }
    }

    /**
     * Arguments that are messages themselves ("a country") are put in the same language first.
     */
    private Object[] inLanguage(Locale language, Object[] args) {
        Object[] texts = args.clone();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] instanceof Message nested) {
                texts[i] = text(language, nested);
            }
        }
        return texts;
    }

    /**
     * A {@link LocalDate} where the pattern formats a date ({@code {0,date,d MMM yyyy}}) becomes that day's midnight
     * in the formatter's time zone (the JVM's), so the pattern writes it in the language; elsewhere it stays as it is.
     */
    private static Object[] dates(MessageFormat format, Object[] args) {
        Format[] formats = format.getFormatsByArgumentIndex();
        for (int i = 0; i < args.length && i < formats.length; i++) {
            if (args[i] instanceof LocalDate day && formats[i] instanceof DateFormat) {
                args[i] = Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
            }
        }
        return args;
    }

    public String text(Locale locale, Message message) {
        return text(locale, message.key(), message.argArray());
    }

    /**
     * {@code message} in English without a Spring context, for exception messages and logs (an operator reads the
     * start-up refusal of a first admin's password there).
     */
    public static String inEnglish(Message message) {
        String key = message.key();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (!bundle.containsKey(key)) {
            return message.toString();
        }
        String pattern = bundle.getString(key);
        Object[] args = message.args().stream()
                .map(arg -> arg instanceof Message nested ? inEnglish(nested) : arg).toArray();
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, Languages.ENGLISH);
        return format.format(dates(format, args));
    }

    /**
     * The text of {@code key} (without parameters) in every language the app speaks, English first, without a Spring
     * context: for reading back what any language wrote, e.g. an import's column names.
     */
    public static java.util.List<String> inEveryLanguage(String key) {
        return Languages.SUPPORTED.stream().map(locale -> ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)))
                .filter(bundle -> bundle.containsKey(key)).map(bundle -> bundle.getString(key)).distinct().toList();
    }

    /** Every key of one language's bundle, for the test that keeps the bundles in step. */
    Set<String> keys(Locale locale) {
        return bundles.get(locale).keySet();
    }
}
