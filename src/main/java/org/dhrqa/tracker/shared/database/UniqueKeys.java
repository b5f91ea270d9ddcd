package org.dhrqa.tracker.shared.database;

import java.sql.SQLException;

import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Tells a duplicate from any other integrity failure by the name of the unique key it
 * broke. Two requests can both find a value free and both insert it; the database's key
 * lets one through and refuses the other, which is then told what a slower duplicate is
 * told (the field's own message), never a server error.
 */
public final class UniqueKeys {

	private static final String UNIQUE_VIOLATION = "23505";

	private UniqueKeys() {
	}

	/**
	 * Whether {@code failure} is a breach of the unique key (or index) named {@code key}.
	 */
	public static boolean breached(DataIntegrityViolationException failure, String key) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation && key.equals(violation.getConstraintName())) {
				return true;
			}
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
					&& String.valueOf(sql.getMessage()).contains("\"" + key + "\"")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
