package org.dhrqa.tracker.account;

import org.dhrqa.tracker.shared.history.HistoryEvent;

/** Someone else saved the account after the administrator opened it. */
public class AccountChangedMeanwhileException extends RuntimeException {

	private final transient HistoryEvent latestChange;

	AccountChangedMeanwhileException(HistoryEvent latestChange) {
		super("The account was changed by someone else");
		this.latestChange = latestChange;
	}

	public HistoryEvent getLatestChange() {
		return this.latestChange;
	}

}
