package org.dhrqa.tracker.feedback;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a feedback item stands. DRAFT while its letter is being written; OPEN once the
 * letter is issued; the CSP works on it and responds; the secretariat accepts it or
 * returns it with a reason. WITHDRAWN when a corrected letter replaced it.
 */
public enum FeedbackStatus {

	DRAFT, OPEN, IN_PROGRESS, RESPONDED, ACCEPTED, RETURNED, WITHDRAWN;

	private static final Map<FeedbackStatus, Set<FeedbackStatus>> NEXT = Map.of(DRAFT, EnumSet.of(OPEN), OPEN,
			EnumSet.of(IN_PROGRESS, RESPONDED, WITHDRAWN), IN_PROGRESS, EnumSet.of(RESPONDED, WITHDRAWN), RESPONDED,
			EnumSet.of(ACCEPTED, RETURNED, WITHDRAWN), RETURNED, EnumSet.of(IN_PROGRESS, RESPONDED, WITHDRAWN),
			ACCEPTED, EnumSet.of(WITHDRAWN), WITHDRAWN, EnumSet.noneOf(FeedbackStatus.class));

	public boolean canMoveTo(FeedbackStatus target) {
		return NEXT.get(this).contains(target);
	}

	/** Still needs work from the CSP or a decision from the secretariat. */
	public boolean isUnresolved() {
		return this == OPEN || this == IN_PROGRESS || this == RESPONDED || this == RETURNED;
	}

	/**
	 * Part of the review's current list of items (not a draft, not replaced by a
	 * correction).
	 */
	public boolean isLive() {
		return this != DRAFT && this != WITHDRAWN;
	}

	public String messageKey() {
		return "itemStatus." + name();
	}

	public String tagColour() {
		return switch (this) {
			case DRAFT, WITHDRAWN -> "grey";
			case OPEN -> "blue";
			case IN_PROGRESS -> "light-blue";
			case RESPONDED -> "purple";
			case ACCEPTED -> "green";
			case RETURNED -> "orange";
		};
	}

}
