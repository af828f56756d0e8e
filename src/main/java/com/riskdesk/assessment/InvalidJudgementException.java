package com.riskdesk.assessment;

import java.util.Map;

/** A judgement was refused; {@link #problems()} maps each offending field ({@link JudgementRules}) to a message. */
public class InvalidJudgementException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidJudgementException(Map<String, String> problems) {
        super("Judgement refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
