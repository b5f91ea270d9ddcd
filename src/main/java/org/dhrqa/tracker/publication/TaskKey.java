package org.dhrqa.tracker.publication;

import java.util.Locale;

/** The publication conditions of the QA letter, in the order a CSP meets them. */
public enum TaskKey {

	ITEMS_ACCEPTED(false), FINAL_REPORT(false), ACTION_PLAN_ANNEX(false), LETTER_ANNEXED(false), PACK_ASSEMBLED(false),
	SENT_TO_HOME_OFFICE(true), SENT_TO_COMMISSIONER(true), PUBLISHED_ON_WEBSITE(true), LETTER_PUBLISHED_ALONGSIDE(true);

	private final boolean confirmedByPerson;

	TaskKey(boolean confirmedByPerson) {
		this.confirmedByPerson = confirmedByPerson;
	}

	public boolean isConfirmedByPerson() {
		return this.confirmedByPerson;
	}

	public String messageKey() {
		return "task." + name();
	}

	/** The path segment of the confirmation page. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
