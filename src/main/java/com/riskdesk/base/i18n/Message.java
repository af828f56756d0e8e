package com.riskdesk.base.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * Something to tell a person, as a bundle key and its parameters, so a service can say it without choosing the
 * language: the screen, page or API answer that shows it translates it ({@link Translations}).
 */
public record Message(String key, List<Object> args) {

    /** The key of {@link #verbatim}. */
    public static final String VERBATIM = "history.as-written";

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** Text shown exactly as given (what staff typed) where a message is expected: {@code {0}} in every language. */
    public static Message verbatim(String text) {
        return of(VERBATIM, text);
    }

    /** "Headline: old → new" ({@code history.change}), "(none)" for an empty (null) side, for a history's lines. */
    public static Message change(Message field, Message before, Message after) {
        return of("history.change", field, before == null ? of("history.none") : before,
                after == null ? of("history.none") : after);
    }

    public Object[] argArray() {
        return args.toArray();
    }

    /** For logs and exception messages only; people get the translation. */
    @Override
    public String toString() {
        return args.isEmpty() ? key : key + args;
    }
}
