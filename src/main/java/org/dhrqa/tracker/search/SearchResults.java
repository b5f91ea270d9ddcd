package org.dhrqa.tracker.search;

import java.util.List;

/** A provider's best matches and how many it found in all (up to the maximum). */
public record SearchResults(List<SearchHit> hits, long total) {

	public static SearchResults none() {
		return new SearchResults(List.of(), 0);
	}

}
