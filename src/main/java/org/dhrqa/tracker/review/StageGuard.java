package org.dhrqa.tracker.review;

import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;

/**
 * What must be true before a review can be at a stage, from the module that knows it (a
 * letter issued, no open areas). The review module asks every guard before a person
 * records or corrects a stage; it does not read the other modules' tables.
 */
public interface StageGuard {

	/** Why the review cannot be at {@code target} now, or empty when it can. */
	Optional<MessageSourceResolvable> refusal(ReviewView review, ReviewStage target);

}
