package org.dhrqa.tracker.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.review.Reviews;
import org.dhrqa.tracker.search.SearchHit;
import org.dhrqa.tracker.search.SearchProvider;
import org.dhrqa.tracker.search.SearchQuery;
import org.dhrqa.tracker.search.SearchResults;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds feedback items by their wording, the CSP's responses, and the comments on them,
 * through the GIN indexes on feedback_item.text_search, feedback_item.response_search and
 * the comments of feedback_item_event. A CSP person finds only their CSP's items and
 * never an item of a letter still in draft; an item withdrawn by a correction is found by
 * nobody.
 */
@Component
class FeedbackSearch implements SearchProvider {

	/** Where each kind of match is looked for: its vector, its text and its rows. */
	private record Source(SearchHit.Kind kind, String from, String vector, String text, String order) {

	}

	private static final List<Source> SOURCES = List.of(
			new Source(SearchHit.Kind.ITEM, "feedback_item i", "i.text_search",
					"i.text || coalesce(' (' || i.paragraph_ref || ')', '')", "i.id"),
			new Source(SearchHit.Kind.RESPONSE, "feedback_item i", "i.response_search", "i.response_text", "i.id"),
			new Source(SearchHit.Kind.COMMENT,
					"feedback_item_event e join feedback_item i on i.id = e.item_id and e.event_type = 'COMMENTED'",
					"to_tsvector('english', coalesce(e.text, ''))", "e.text", "e.id"));

	private final JdbcTemplate jdbc;

	private final Reviews reviews;

	FeedbackSearch(JdbcTemplate jdbc, Reviews reviews) {
		this.jdbc = jdbc;
		this.reviews = reviews;
	}

	private record Row(SearchHit.Kind kind, Long itemId, Long reviewId, Long letterId, int number, boolean draft,
			String snippet, double rank) {

	}

	@Override
	public SearchResults search(SearchQuery query, SignedInUser user, int limit) {
		if (!user.may(Permission.SEE_REVIEW)) {
			return SearchResults.none();
		}
		Optional<List<Long>> limitedTo = this.reviews.limitedTo(user);
		if (limitedTo.isPresent() && limitedTo.get().isEmpty()) {
			return SearchResults.none();
		}
		// drafts exist only for the Home Office, as on the letter pages
		String filter = user.may(Permission.SEE_MEETINGS) ? "i.status <> 'WITHDRAWN'"
				: "i.status not in ('WITHDRAWN', 'DRAFT')";
		if (limitedTo.isPresent()) {
			filter += " and i.review_id = any (?)";
		}
		Long[] reviewIds = limitedTo.map((ids) -> ids.toArray(Long[]::new)).orElse(null);
		long total = 0;
		List<Row> rows = new ArrayList<>();
		for (Source source : SOURCES) {
			long found = count(source, filter, query, reviewIds);
			if (found > 0) {
				total += found;
				rows.addAll(best(source, filter, query, reviewIds, limit));
			}
		}
		rows.sort(Comparator.comparingDouble(Row::rank).reversed());
		List<Row> kept = rows.subList(0, Math.min(limit, rows.size()));
		Set<Long> reviewIdsFound = new HashSet<>();
		kept.forEach((row) -> reviewIdsFound.add(row.reviewId()));
		Map<Long, String> titles = this.reviews.titles(reviewIdsFound);
		List<SearchHit> hits = kept.stream().map((row) -> hit(row, titles.get(row.reviewId()))).toList();
		return new SearchResults(hits, Math.min(total, SearchQuery.MAX_RESULTS));
	}

	private long count(Source source, String filter, SearchQuery query, Long[] reviewIds) {
		List<Object> args = new ArrayList<>(List.of(query.text()));
		if (reviewIds != null) {
			args.add(reviewIds);
		}
		Long found = this.jdbc.queryForObject("with q as (select websearch_to_tsquery('english', ?) as query) "
				+ "select count(*) from (select 1 from " + source.from() + " cross join q where " + source.vector()
				+ " @@ q.query and " + filter + " limit " + SearchQuery.MAX_RESULTS + ") found", Long.class,
				args.toArray());
		return (found != null) ? found : 0;
	}

	/**
	 * The best matches, ranked over every match but with the matching text picked out
	 * ({@code ts_headline}, the costly part) only for those kept.
	 */
	private List<Row> best(Source source, String filter, SearchQuery query, Long[] reviewIds, int limit) {
		List<Object> args = new ArrayList<>(List.of(query.text()));
		if (reviewIds != null) {
			args.add(reviewIds);
		}
		args.add(limit);
		args.add(SearchQuery.HEADLINE);
		return this.jdbc.query(
				"with q as (select websearch_to_tsquery('english', ?) as query), "
						+ "top as (select i.id, i.review_id, i.letter_id, i.number, i.status = 'DRAFT' as draft, "
						+ source.text() + " as body, " + source.order() + " as tiebreak, ts_rank(" + source.vector()
						+ ", q.query) as rank from " + source.from() + " cross join q where " + source.vector()
						+ " @@ q.query and " + filter + " order by rank desc, tiebreak desc limit ?) "
						+ "select top.id, top.review_id, top.letter_id, top.number, top.draft, top.rank, "
						+ "ts_headline('english', top.body, q.query, ?) from top cross join q "
						+ "order by top.rank desc, top.tiebreak desc",
				(rs, i) -> new Row(source.kind(), rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
						rs.getBoolean(5), rs.getString(7), rs.getDouble(6)),
				args.toArray());
	}

	private static SearchHit hit(Row row, String reviewTitle) {
		if (row.draft()) {
			return new SearchHit(SearchHit.Kind.DRAFT_ITEM, reviewTitle, row.number(), "/letters/" + row.letterId(),
					row.snippet(), row.rank());
		}
		return new SearchHit(row.kind(), reviewTitle, row.number(), "/items/" + row.itemId(), row.snippet(),
				row.rank());
	}

}
