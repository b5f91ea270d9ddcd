package org.dhrqa.tracker.review;

/**
 * A review was registered, its facts corrected or its stage changed. Published for the
 * modules that keep something derived from reviews (the dashboard's rows, notifications).
 */
public record ReviewChanged(Long reviewId, Long cspId, ReviewStage stage, ReviewStage previousStage) {

	public boolean stageChanged() {
		return this.previousStage != this.stage;
	}

}
