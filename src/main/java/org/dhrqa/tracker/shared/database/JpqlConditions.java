package org.dhrqa.tracker.shared.database;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.TypedQuery;

/**
 * The {@code where} clause of a list's JPQL, put together from the filters a person
 * chose, with their values kept apart as named parameters. The text depends only on which
 * filters are set (the filter's shape), never on their values, so Hibernate translates
 * each shape once and finds it again by its text; values are always bound, never written
 * into the text.
 */
public final class JpqlConditions {

	private final StringBuilder text = new StringBuilder();

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	/** A condition with no value of the person's (a fixed set of states, say). */
	public JpqlConditions add(String condition) {
		this.text.append(this.text.isEmpty() ? " where " : " and ").append(condition);
		return this;
	}

	/** A condition naming one parameter, {@code :name}, bound to {@code value}. */
	public JpqlConditions add(String condition, String name, Object value) {
		add(condition);
		this.parameters.put(name, value);
		return this;
	}

	/** {@code " where … and …"}, or nothing without a condition. */
	public String text() {
		return this.text.toString();
	}

	/** The query with every condition's value bound. */
	public <T> TypedQuery<T> bind(TypedQuery<T> query) {
		this.parameters.forEach(query::setParameter);
		return query;
	}

}
