package org.dhrqa.tracker.review;

/**
 * What kind of death the review concerns; suicides with a history of domestic abuse are
 * in scope.
 */
public enum ReviewType {

	HOMICIDE, SUICIDE, OTHER;

	public String messageKey() {
		return "reviewType." + name();
	}

}
