package org.dhrqa.tracker.letterimport;

/**
 * A file that cannot be read as a letter, and why, in words a person can act on (the
 * message key of the reason).
 */
class UnreadableLetterException extends RuntimeException {

	enum Reason {

		TOO_LARGE, EMPTY, UNSUPPORTED, OLD_WORD, ENCRYPTED, BROKEN, NO_TEXT, TOO_MUCH_TEXT;

		String messageKey() {
			return "letterImport.error." + name();
		}

	}

	private final Reason reason;

	UnreadableLetterException(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	UnreadableLetterException(Reason reason, Throwable cause) {
		super(reason.name(), cause);
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

}
