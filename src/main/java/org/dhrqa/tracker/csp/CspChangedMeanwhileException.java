package org.dhrqa.tracker.csp;

import org.dhrqa.tracker.shared.history.HistoryEvent;

/** Someone else saved the CSP after the administrator opened it. */
class CspChangedMeanwhileException extends RuntimeException {

	private final transient HistoryEvent latestChange;

	CspChangedMeanwhileException(HistoryEvent latestChange) {
		super("The CSP was changed by someone else");
		this.latestChange = latestChange;
	}

	public HistoryEvent getLatestChange() {
		return this.latestChange;
	}

}
