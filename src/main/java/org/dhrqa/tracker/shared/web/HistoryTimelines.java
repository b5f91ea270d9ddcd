package org.dhrqa.tracker.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.dhrqa.tracker.shared.history.FieldChange;
import org.dhrqa.tracker.shared.history.HistoryEvent;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the change history of any record into timeline entries: "Changed by Jo Williams",
 * when, and one line per field ("Reference: “A” → “B”"), in the words of the forms.
 */
@Component
public class HistoryTimelines {

	private final MessageSource messages;

	private final Formats formats;

	HistoryTimelines(MessageSource messages, Formats formats) {
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
			.map((event) -> new TimelineItem(msg("history.title", event.actorName()), this.formats.dateTime(event.at()),
					event.changes().stream().map((change) -> describe(change, display)).toList()))
			.toList();
	}

	private String describe(FieldChange change, BiFunction<String, String, String> display) {
		String field = msg(change.field());
		String oldValue = (change.oldValue() != null) ? display.apply(change.field(), change.oldValue()) : null;
		String newValue = (change.newValue() != null) ? display.apply(change.field(), change.newValue()) : null;
		if (oldValue == null) {
			return msg("history.set", field, newValue);
		}
		if (newValue == null) {
			return msg("history.cleared", field, oldValue);
		}
		return msg("history.changed", field, oldValue, newValue);
	}

	/**
	 * Resolves a value stored as a message key (such as "role.CSP_STAFF"); other values
	 * stay as they are.
	 */
	public String messageOrValue(String value) {
		return this.messages.getMessage(value, null, value, Locale.UK);
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, key, Locale.UK);
	}

}
