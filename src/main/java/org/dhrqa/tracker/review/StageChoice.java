package org.dhrqa.tracker.review;

import org.springframework.context.MessageSourceResolvable;

/**
 * A stage that could follow the current one, and whether this person may choose it now;
 * when not, why.
 */
record StageChoice(ReviewStage stage, MessageSourceResolvable refusal) {

	boolean offered() {
		return this.refusal == null;
	}

}
