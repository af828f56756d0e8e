package com.riskdesk.entry;

import com.riskdesk.base.i18n.Message;
import java.util.Map;

/**
 * An entry was refused; {@link #problems()} maps each offending field to what a person can do about it, as a code
 * with parameters that the screen showing it translates.
 */
public class InvalidEntryException extends RuntimeException {

    private final transient Map<String, Message> problems;

    public InvalidEntryException(Map<String, Message> problems) {
        super("Entry refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, Message> problems() {
        return problems;
    }
}
