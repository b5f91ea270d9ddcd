package org.dhrqa.tracker.actionplan;

/** Another recommendation of the plan already has this number. */
class RecommendationNumberTakenException extends RuntimeException {

	private final String number;

	RecommendationNumberTakenException(String number) {
		super("Recommendation number taken: " + number);
		this.number = number;
	}

	String number() {
		return this.number;
	}

}
