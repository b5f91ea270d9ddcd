package org.dhrqa.tracker.search;

import org.dhrqa.tracker.account.SignedInUser;

/**
 * A module that can find its own records. It answers only with what the person may see (a
 * CSP person never sees another CSP's records, nor anything still in draft), ranked by
 * PostgreSQL's {@code ts_rank} so that answers from different modules merge into one
 * order.
 */
public interface SearchProvider {

	/**
	 * The best {@code limit} matches for the query, best first, and how many there are in
	 * all (counted up to {@link SearchQuery#MAX_RESULTS}).
	 */
	SearchResults search(SearchQuery query, SignedInUser user, int limit);

}
