package org.dhrqa.tracker.dashboard;

import java.util.Arrays;
import java.util.List;

import org.dhrqa.tracker.review.ReviewStage;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's filters and order, as they arrive from the query string. Unknown values
 * fall back to "any" and the default order, so a hand-edited URL never fails.
 *
 * @param readiness "ready" (ready to publish), "blocked" (open items, no override) or
 * null
 * @param slippage "pastTarget", "overdueItems", "overdueActions", "drifting", "any" or
 * null
 */
public record DashboardQuery(Long csp, ReviewStage stage, String readiness, String slippage, String sort, String dir) {

	public static final List<String> SORT_KEYS = List.of("review", "csp", "stage", "readiness", "open", "overdue",
			"actions", "drifting");

	public static final List<String> READINESS = List.of("ready", "blocked");

	public static final List<String> SLIPPAGE = List.of("any", "pastTarget", "overdueItems", "overdueActions",
			"drifting");

	public static DashboardQuery all() {
		return new DashboardQuery(null, null, null, null, null, null);
	}

	/** From request parameters, dropping what is not a known value. */
	public static DashboardQuery parse(String csp, String stage, String readiness, String slippage, String sort,
			String dir) {
		Long cspId = null;
		if (csp != null && csp.trim().matches("\\d{1,18}")) {
			cspId = Long.valueOf(csp.trim());
		}
		ReviewStage stageFilter = Arrays.stream(ReviewStage.values())
			.filter((s) -> s.name().equals(stage))
			.findFirst()
			.orElse(null);
		return new DashboardQuery(cspId, stageFilter, known(READINESS, readiness), known(SLIPPAGE, slippage),
				known(SORT_KEYS, sort), ("asc".equals(dir) || "desc".equals(dir)) ? dir : null);
	}

	private static String known(List<String> values, String value) {
		return (value != null && values.contains(value)) ? value : null;
	}

	public String sortKey() {
		return (this.sort != null) ? this.sort : "readiness";
	}

	/** Names, CSPs, stages and readiness go up by default; counts of trouble go down. */
	public boolean ascending() {
		if (this.dir == null) {
			return List.of("review", "csp", "stage", "readiness").contains(sortKey());
		}
		return "asc".equals(this.dir);
	}

	private UriComponentsBuilder base(String path) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		if (this.csp != null) {
			builder.queryParam("csp", this.csp);
		}
		if (this.stage != null) {
			builder.queryParam("stage", this.stage.name());
		}
		if (this.readiness != null) {
			builder.queryParam("readiness", this.readiness);
		}
		if (this.slippage != null) {
			builder.queryParam("slippage", this.slippage);
		}
		return builder;
	}

	/** The header link that sorts by the column (or turns its order round). */
	public String sortLink(String key) {
		boolean nextAscending = key.equals(sortKey()) ? !ascending()
				: List.of("review", "csp", "stage", "readiness").contains(key);
		return base("/dashboard").queryParam("sort", key)
			.queryParam("dir", nextAscending ? "asc" : "desc")
			.encode()
			.toUriString();
	}

	/** "ascending", "descending" or "none", for the column header's aria-sort. */
	public String ariaSort(String key) {
		return !key.equals(sortKey()) ? "none" : ascending() ? "ascending" : "descending";
	}

	public String pageLink(int zeroBasedPage) {
		return withSort(base("/dashboard")).queryParam("page", zeroBasedPage + 1).encode().toUriString();
	}

	public String csvLink() {
		return withSort(base("/dashboard.csv")).encode().toUriString();
	}

	private UriComponentsBuilder withSort(UriComponentsBuilder builder) {
		if (this.sort != null) {
			builder.queryParam("sort", this.sort);
		}
		if (this.dir != null) {
			builder.queryParam("dir", this.dir);
		}
		return builder;
	}

}
