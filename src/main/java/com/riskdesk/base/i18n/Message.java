package com.riskdesk.base.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * Something to tell a person, as a bundle key and its parameters, so a service can say it without choosing the
 * language: the screen, page or API answer that shows it translates it ({@link Translations}).
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
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
