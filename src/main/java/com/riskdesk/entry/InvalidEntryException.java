package com.riskdesk.entry;

import java.util.Map;

/** An entry was refused; {@link #problems()} maps each offending field to a message a person can act on. */
public class InvalidEntryException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidEntryException(Map<String, String> problems) {
        super("Entry refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
