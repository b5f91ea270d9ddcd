package org.dhrqa.tracker.report;

/**
 * An upload that is not a usable report; the message key says why, in words for the
 * person.
 */
class ReportUploadException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	ReportUploadException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments;
	}

}
