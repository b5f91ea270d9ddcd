package org.dhrqa.tracker.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.dhrqa.tracker.shared.history.HistoryEvent;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.HistoryTimelines;
import org.dhrqa.tracker.shared.web.Messages;
import org.dhrqa.tracker.shared.web.TimelineItem;

import org.springframework.stereotype.Component;

/**
 * Turns a review's stage changes and field history into timeline entries, in the words of
 * the pages.
 */
@Component
class ReviewTimelines {

	private final Messages messages;

	private final Formats formats;

	private final HistoryTimelines historyTimelines;

	ReviewTimelines(Messages messages, Formats formats, HistoryTimelines historyTimelines) {
		this.messages = messages;
		this.formats = formats;
		this.historyTimelines = historyTimelines;
	}

	List<TimelineItem> stages(List<StageChangeView> changes) {
		List<StageChangeView> newestFirst = new ArrayList<>(changes);
		Collections.reverse(newestFirst);
		return newestFirst.stream()
			.map((change) -> new TimelineItem(
					change.correction()
							? this.messages.orKey("hub.stage.corrected",
									this.messages.orKey(change.toStage().messageKey()))
							: this.messages.orKey(change.toStage().messageKey()),
					this.messages.orKey("hub.stage.byline", this.formats.date(change.effectiveOn()),
							change.changedBy()),
					(change.note() != null) ? List.of(change.note()) : List.of()))
			.toList();
	}

	List<TimelineItem> history(List<HistoryEvent> events) {
		return this.historyTimelines.items(events, (field, value) -> switch (field) {
			case "review.field.stage" -> this.messages.orKey("stage." + value);
			case "review.field.type" -> this.messages.orKey("reviewType." + value);
			default -> value;
		});
	}

}
