package org.dhrqa.tracker.review;

import org.springframework.context.MessageSourceResolvable;

/** A stage change that is not this person's to make now, with the reason in words. */
class StageChangeRefusedException extends RuntimeException {

	private final transient MessageSourceResolvable reason;

	StageChangeRefusedException(MessageSourceResolvable reason) {
		super("Stage change refused: " + String.join(",", reason.getCodes()));
		this.reason = reason;
	}

	public MessageSourceResolvable getReason() {
		return this.reason;
	}

}
