package org.dhrqa.tracker.review;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the register's sort, page and export links from the current filter, keeping the
 * rest.
 */
public final class RegisterLinks {

	private final RegisterQuery query;

	RegisterLinks(RegisterQuery query) {
		this.query = query;
	}

	private UriComponentsBuilder base(String path) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		if (this.query.csp() != null) {
			builder.queryParam("csp", this.query.csp());
		}
		if (this.query.stage() != null) {
			builder.queryParam("stage", this.query.stage());
		}
		if (this.query.year() != null) {
			builder.queryParam("year", this.query.year());
		}
		if (this.query.search() != null) {
			builder.queryParam("q", this.query.search());
		}
		return builder;
	}

	public String sort(String key) {
		boolean nextAscending = key.equals(this.query.sortKey()) ? !this.query.ascending()
				: !"updated".equals(key) && !"notified".equals(key);
		return base("/reviews").queryParam("sort", key)
			.queryParam("dir", nextAscending ? "asc" : "desc")
			.encode()
			.toUriString();
	}

	/** "ascending", "descending" or "none", for the column header's aria-sort. */
	public String ariaSort(String key) {
		if (!key.equals(this.query.sortKey())) {
			return "none";
		}
		return this.query.ascending() ? "ascending" : "descending";
	}

	public String page(int zeroBasedPage) {
		return withSort(base("/reviews")).queryParam("page", zeroBasedPage + 1).encode().toUriString();
	}

	public String csv() {
		return withSort(base("/reviews/export.csv")).encode().toUriString();
	}

	private UriComponentsBuilder withSort(UriComponentsBuilder builder) {
		if (this.query.sort() != null) {
			builder.queryParam("sort", this.query.sortKey());
		}
		if (this.query.dir() != null) {
			builder.queryParam("dir", this.query.ascending() ? "asc" : "desc");
		}
		return builder;
	}

}
