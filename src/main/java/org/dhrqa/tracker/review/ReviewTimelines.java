package org.dhrqa.tracker.review;

import java.util.List;
import java.util.Locale;

import org.dhrqa.tracker.shared.history.FieldChange;
import org.dhrqa.tracker.shared.history.HistoryEvent;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.TimelineItem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a review's stage changes and field history into timeline entries, in the words of
 * the pages.
 */
@Component
class ReviewTimelines {

	private final MessageSource messages;

	private final Formats formats;

	ReviewTimelines(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	List<TimelineItem> stages(List<StageChangeView> changes) {
		List<StageChangeView> newestFirst = new java.util.ArrayList<>(changes);
		java.util.Collections.reverse(newestFirst);
		return newestFirst.stream()
			.map((change) -> new TimelineItem(msg(change.toStage().messageKey()),
					msg("hub.stage.byline", this.formats.date(change.effectiveOn()), change.changedBy()),
					(change.note() != null) ? List.of(change.note()) : List.of()))
			.toList();
	}

	List<TimelineItem> history(List<HistoryEvent> events) {
		return events.stream()
			.map((event) -> new TimelineItem(msg("hub.history.title", event.actorName()),
					this.formats.dateTime(event.at()), event.changes().stream().map(this::describe).toList()))
			.toList();
	}

	private String describe(FieldChange change) {
		String field = msg(change.field());
		String oldValue = display(change.field(), change.oldValue());
		String newValue = display(change.field(), change.newValue());
		if (change.oldValue() == null) {
			return msg("hub.history.set", field, newValue);
		}
		if (change.newValue() == null) {
			return msg("hub.history.cleared", field, oldValue);
		}
		return msg("hub.history.changed", field, oldValue, newValue);
	}

	private String display(String field, String value) {
		if (value == null) {
			return "";
		}
		if ("review.field.stage".equals(field)) {
			return msg("stage." + value);
		}
		if ("review.field.type".equals(field)) {
			return msg("reviewType." + value);
		}
		return value;
	}

	private String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, key, Locale.UK);
	}

}
