package org.dhrqa.tracker.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dhrqa.tracker.account.Permission;
import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.csp.Csps;
import org.dhrqa.tracker.search.SearchHit;
import org.dhrqa.tracker.search.SearchProvider;
import org.dhrqa.tracker.search.SearchQuery;
import org.dhrqa.tracker.search.SearchResults;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds reviews by their pseudonyms (the victim's and the others'), reference, chair and
 * author, through the GIN indexes on review.search_vector and on the other pseudonyms. A
 * CSP person finds only their own CSP's reviews.
 */
@Component
class ReviewSearch implements SearchProvider {

	/**
	 * Reviews matching by their own columns or by another pseudonym, each once at its
	 * best rank; a pseudonym weighs as much as the victim's.
	 */
	private static final String MATCHES = "with q as (select websearch_to_tsquery('english', ?) as query), "
			+ "matched as (select r.id, ts_rank(r.search_vector, q.query) as rank from review r, q "
			+ "where r.search_vector @@ q.query union all "
			+ "select p.review_id, ts_rank(setweight(to_tsvector('english', p.pseudonym || ' ' || p.role), 'A'), "
			+ "q.query) from review_pseudonym p, q "
			+ "where to_tsvector('english', p.pseudonym || ' ' || p.role) @@ q.query), "
			+ "best as (select id, max(rank) as rank from matched group by id)";

	private final JdbcTemplate jdbc;

	private final Csps csps;

	ReviewSearch(JdbcTemplate jdbc, Csps csps) {
		this.jdbc = jdbc;
		this.csps = csps;
	}

	@Override
	public SearchResults search(SearchQuery query, SignedInUser user, int limit) {
		if (!user.may(Permission.SEE_REVIEW)) {
			return SearchResults.none();
		}
		String scope = user.isCspUser() ? "where r.csp_id = ? " : "";
		List<Object> args = new ArrayList<>(List.of(query.text()));
		if (user.isCspUser()) {
			args.add(user.cspId());
		}
		Long total = this.jdbc.queryForObject(MATCHES + " select count(*) from (select 1 from best b "
				+ "join review r on r.id = b.id " + scope + "limit " + SearchQuery.MAX_RESULTS + ") found", Long.class,
				args.toArray());
		if (total == null || total == 0) {
			return SearchResults.none();
		}
		Map<Long, String> cspNames = this.csps.namesById();
		args.add(limit);
		args.add(SearchQuery.HEADLINE);
		List<SearchHit> hits = this.jdbc.query(MATCHES + ", top as (select r.id, r.csp_id, r.victim_pseudonyms, "
				+ "r.reference, r.chair_name, r.author_name, b.rank from best b join review r on r.id = b.id " + scope
				+ "order by b.rank desc, r.id desc limit ?) "
				+ "select top.id, top.csp_id, top.victim_pseudonyms, top.rank, ts_headline('english', "
				+ "top.victim_pseudonyms || ' (' || top.reference || ')' || coalesce((select ', ' "
				+ "|| string_agg(p.pseudonym || ' (' || p.role || ')', ', ' order by p.position) "
				+ "from review_pseudonym p where p.review_id = top.id), '') || coalesce(', ' || top.chair_name, '') "
				+ "|| coalesce(', ' || top.author_name, ''), q.query, ?) from top cross join q "
				+ "order by top.rank desc, top.id desc",
				(rs, row) -> new SearchHit(SearchHit.Kind.REVIEW,
						ReviewView.title(rs.getString(3), cspNames.get(rs.getLong(2))), null,
						"/reviews/" + rs.getLong(1), rs.getString(5), rs.getDouble(4)),
				args.toArray());
		return new SearchResults(hits, total);
	}

}
