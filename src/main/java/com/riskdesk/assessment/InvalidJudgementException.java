package com.riskdesk.assessment;

import com.riskdesk.base.i18n.Message;
import java.util.Map;

/** A judgement was refused; {@link #problems()} maps each offending field ({@link JudgementRules}) to a code with parameters, translated where it is shown. */
public class InvalidJudgementException extends RuntimeException {

    private final transient Map<String, Message> problems;

    public InvalidJudgementException(Map<String, Message> problems) {
        super("Judgement refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, Message> problems() {
        return problems;
    }
}
