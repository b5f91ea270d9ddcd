package org.dhrqa.tracker.feedback;

import java.util.Optional;

/**
 * Someone else changed or removed an area of a draft letter after this person opened it:
 * nothing was saved. Carries the area as it is now, empty when it was removed.
 */
public class ItemChangedMeanwhileException extends RuntimeException {

	private final transient ItemView current;

	ItemChangedMeanwhileException(ItemView current) {
		super("The area was changed by someone else");
		this.current = current;
	}

	/** The area as it is now; empty when someone removed it. */
	public Optional<ItemView> current() {
		return Optional.ofNullable(this.current);
	}

}
