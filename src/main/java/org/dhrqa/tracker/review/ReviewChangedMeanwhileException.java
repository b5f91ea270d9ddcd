package org.dhrqa.tracker.review;

import org.dhrqa.tracker.shared.history.HistoryEvent;

/**
 * Someone else saved the review after this person opened it; carries who and what, when
 * known.
 */
class ReviewChangedMeanwhileException extends RuntimeException {

	private final transient HistoryEvent latestChange;

	ReviewChangedMeanwhileException(HistoryEvent latestChange) {
		super("The review was changed by someone else");
		this.latestChange = latestChange;
	}

	public HistoryEvent getLatestChange() {
		return this.latestChange;
	}

}
