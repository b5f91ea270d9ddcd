package org.dhrqa.tracker.shared.web;

import java.util.List;
import java.util.function.BiFunction;

import org.dhrqa.tracker.shared.history.FieldChange;
import org.dhrqa.tracker.shared.history.HistoryEvent;

import org.springframework.stereotype.Component;

/**
 * Turns the change history of any record into timeline entries: "Changed by Jo Williams",
 * when, and one line per field ("Reference: “A” → “B”"), in the words of the forms.
 */
@Component
public class HistoryTimelines {

	private final Messages messages;

	private final Formats formats;

	HistoryTimelines(Messages messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	public List<TimelineItem> items(List<HistoryEvent> events) {
		return items(events, (field, value) -> value);
	}

	/**
	 * {@code display} turns a stored value of a field into words (a stage name, a CSP
	 * name).
	 */
	public List<TimelineItem> items(List<HistoryEvent> events, BiFunction<String, String, String> display) {
		return events.stream()
			.map((event) -> new TimelineItem(this.messages.orKey("history.title", event.actorName()),
					this.formats.dateTime(event.at()),
					event.changes().stream().map((change) -> describe(change, display)).toList()))
			.toList();
	}

	private String describe(FieldChange change, BiFunction<String, String, String> display) {
		String field = this.messages.orKey(change.field());
		String oldValue = (change.oldValue() != null) ? display.apply(change.field(), change.oldValue()) : null;
		String newValue = (change.newValue() != null) ? display.apply(change.field(), change.newValue()) : null;
		if (oldValue == null) {
			return this.messages.orKey("history.set", field, newValue);
		}
		if (newValue == null) {
			return this.messages.orKey("history.cleared", field, oldValue);
		}
		return this.messages.orKey("history.changed", field, oldValue, newValue);
	}

	/**
	 * Resolves a value stored as a message key (such as "role.CSP_STAFF"); other values
	 * stay as they are.
	 */
	public String messageOrValue(String value) {
		return this.messages.orKey(value);
	}

}
