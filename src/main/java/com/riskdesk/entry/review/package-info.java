/**
 * Review before publishing: per monitor an admin may require that an editor's change is kept as a draft, unseen by
 * the public, until another staff member publishes it (through {@code EntryService}) or sends it back with a comment.
 */
package com.riskdesk.entry.review;
