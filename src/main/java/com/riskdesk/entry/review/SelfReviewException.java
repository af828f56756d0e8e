package com.riskdesk.entry.review;

/** Thrown when staff try to publish or send back their own draft: a review needs a second person. */
public class SelfReviewException extends RuntimeException {

    public SelfReviewException() {
        super("You wrote this draft: another staff member has to review it");
    }
}
