package org.dhrqa.tracker.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.report.ReportVersionView;
import org.dhrqa.tracker.report.ReportVersions;
import org.dhrqa.tracker.review.ReviewView;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.shared.web.Formats;
import org.dhrqa.tracker.shared.web.Messages;

import org.springframework.stereotype.Component;

/**
 * The response matrix: each item with the CSP's response, where it was addressed and the
 * secretariat's decision. What the CSP sends back to the panel, and what the panel
 * checks.
 */
@Component
class ResponseMatrix {

	private final FeedbackItems items;

	private final Reviews reviews;

	private final ReportVersions versions;

	private final Messages messages;

	private final Formats formats;

	private final Clock clock;

	ResponseMatrix(FeedbackItems items, Reviews reviews, ReportVersions versions, Messages messages, Formats formats,
			Clock clock) {
		this.items = items;
		this.clock = clock;
		this.reviews = reviews;
		this.versions = versions;
		this.messages = messages;
		this.formats = formats;
	}

	public record Row(int number, String item, String paragraph, String response, String addressedIn, String decision,
			String decisionNote, String date) {

	}

	public record Matrix(ReviewView review, List<Row> rows, String generated) {

	}

	Matrix of(Long reviewId, SignedInUser user) {
		ReviewView review = this.reviews.requireVisible(reviewId, user);
		Map<Long, ReportVersionView> versionsById = this.versions.of(reviewId, user)
			.stream()
			.collect(Collectors.toMap(ReportVersionView::id, Function.identity()));
		List<Row> rows = this.items.liveOfReview(reviewId).stream().map((item) -> {
			ReportVersionView version = (item.addressedInVersionId() != null)
					? versionsById.get(item.addressedInVersionId()) : null;
			String addressed = (version != null)
					? this.messages.get("matrix.addressedIn", version.versionNumber(),
							(item.addressedParagraph() != null) ? item.addressedParagraph() : "–")
					: (item.addressedParagraph() != null)
							? this.messages.get("matrix.paragraphOnly", item.addressedParagraph()) : "";
			// a decision counts only while it is the item's state: a new answer
			// replaces it
			boolean decided = item.status() == FeedbackStatus.ACCEPTED || item.status() == FeedbackStatus.RETURNED;
			Instant when = (decided && item.decidedAt() != null) ? item.decidedAt() : item.respondedAt();
			return new Row(item.number(), item.text(), nullToEmpty(item.paragraphRef()),
					nullToEmpty(item.responseText()), addressed, this.messages.get(item.status().messageKey()),
					decided ? nullToEmpty(item.decisionNote()) : "",
					(when != null) ? this.formats.date(when.atZone(ZoneId.of("Europe/London")).toLocalDate()) : "");
		}).toList();
		return new Matrix(review, rows, this.formats.dateTime(this.clock.instant()));
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
