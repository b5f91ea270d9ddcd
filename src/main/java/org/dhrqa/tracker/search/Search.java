package org.dhrqa.tracker.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks every module that can find things, and merges their answers by rank into pages.
 * Each provider returns only its best few for the page asked (never everything it
 * matched), so a common word costs no more than a rare one.
 */
@Service
@Transactional(readOnly = true)
class Search {

	static final int PAGE_SIZE = 20;

	private static final Comparator<SearchHit> BEST_FIRST = Comparator.comparingDouble(SearchHit::rank)
		.reversed()
		.thenComparing(SearchHit::kind)
		.thenComparing(SearchHit::link);

	private final List<SearchProvider> providers;

	Search(List<SearchProvider> providers) {
		this.providers = providers;
	}

	/** The zero-based page of what the person may see that matches the words. */
	Page<SearchHit> find(String words, SignedInUser user, int page) {
		int lastPage = SearchQuery.MAX_RESULTS / PAGE_SIZE - 1;
		int number = Math.max(0, Math.min(page, lastPage));
		int limit = (number + 1) * PAGE_SIZE;
		SearchQuery query = new SearchQuery(words.strip());
		List<SearchHit> hits = new ArrayList<>();
		long total = 0;
		for (SearchProvider provider : this.providers) {
			SearchResults results = provider.search(query, user, limit);
			hits.addAll(results.hits());
			total += results.total();
		}
		hits.sort(BEST_FIRST);
		total = Math.min(total, SearchQuery.MAX_RESULTS);
		int from = Math.min(number * PAGE_SIZE, hits.size());
		int to = Math.min(from + PAGE_SIZE, hits.size());
		return new PageImpl<>(List.copyOf(hits.subList(from, to)), PageRequest.of(number, PAGE_SIZE), total);
	}

}
