package org.dhrqa.tracker.shared.web;

import org.springframework.validation.Errors;

/**
 * The checks every form makes on a text field, with the same words everywhere: required,
 * and no longer than the column it is kept in.
 */
public final class FieldRules {

	private FieldRules() {
	}

	/**
	 * Rejects a blank value with {@code requiredCode}, and one over {@code max}
	 * characters.
	 */
	public static void required(Errors errors, String field, String value, int max, String requiredCode) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, requiredCode);
		}
		else {
			maxLength(errors, field, value, max);
		}
	}

	/** Rejects a value over {@code max} characters (after trimming). */
	public static void maxLength(Errors errors, String field, String value, int max) {
		if (value != null && value.trim().length() > max) {
			errors.rejectValue(field, "review.tooLong", new Object[] { max }, null);
		}
	}

	/** A number typed into a form, or null when it is not one. */
	public static Long parseId(String value) {
		try {
			return (value != null) ? Long.valueOf(value.trim()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * A version number from a hidden field; -1 (never current) when missing or garbled.
	 */
	public static long parseVersion(String value) {
		Long parsed = parseId(value);
		return (parsed != null) ? parsed : -1;
	}

}
