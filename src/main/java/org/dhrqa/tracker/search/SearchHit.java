package org.dhrqa.tracker.search;

/**
 * One thing found: what kind it is, the review it belongs to (and the area's number, for
 * an item, a response or a comment), where it lives, the text around the matched words
 * (marked as {@link SearchQuery} says) and its rank.
 */
public record SearchHit(Kind kind, String reviewTitle, Integer itemNumber, String link, String snippet, double rank) {

	public enum Kind {

		REVIEW, ITEM, RESPONSE, COMMENT, DRAFT_ITEM;

		public String messageKey() {
			return "search.kind." + name();
		}

	}

}
