package org.dhrqa.tracker.review;

/**
 * The register's filters, search and order, as they arrive from the query string. Unknown
 * sort keys fall back to the newest first, so a hand-edited URL never fails.
 */
public record RegisterQuery(Long csp, ReviewStage stage, Integer year, String q, String sort, String dir) {

	public static final java.util.List<String> SORT_KEYS = java.util.List.of("updated", "reference", "pseudonym", "csp",
			"stage", "notified");

	public static RegisterQuery all() {
		return new RegisterQuery(null, null, null, null, null, null);
	}

	public String sortKey() {
		return (this.sort != null && SORT_KEYS.contains(this.sort)) ? this.sort : "updated";
	}

	public boolean ascending() {
		if (this.dir == null) {
			return !"updated".equals(sortKey()) && !"notified".equals(sortKey());
		}
		return "asc".equals(this.dir);
	}

	public String search() {
		return (this.q != null && !this.q.isBlank()) ? this.q.trim() : null;
	}

}
