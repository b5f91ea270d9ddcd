package org.dhrqa.tracker.search;

/**
 * What a person typed, for PostgreSQL's {@code websearch_to_tsquery('english', ?)}: plain
 * words, "quoted phrases" and -exclusions, never a syntax error. {@link #HEADLINE} is the
 * {@code ts_headline} option string every provider uses, marking the matched words with
 * {@link #MARK_START} and {@link #MARK_END} so that the page can show them without
 * trusting any markup in the text.
 */
public record SearchQuery(String text) {

	/** No provider counts past this, and no page goes past it. */
	public static final int MAX_RESULTS = 1000;

	public static final String MARK_START = "\u0002";

	public static final String MARK_END = "\u0003";

	public static final String HEADLINE = "StartSel=" + MARK_START + ", StopSel=" + MARK_END
			+ ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

}
