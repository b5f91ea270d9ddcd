package org.dhrqa.tracker.review;

/** The CSP already has a review with this reference. */
class DuplicateReferenceException extends RuntimeException {

	DuplicateReferenceException(String reference) {
		super("Reference already used: " + reference);
	}

}
