package com.riskdesk.entry.review;

/** Thrown when a change that cannot be kept as a draft (a bulk import) is tried by an editor on a reviewed monitor. */
public class ReviewRequiredException extends RuntimeException {

    public ReviewRequiredException() {
        super("This monitor requires review before publishing, and an import cannot be reviewed as a draft: "
                + "ask an admin to import the file, or enter the entries one by one for review");
    }
}
