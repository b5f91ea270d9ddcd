package org.dhrqa.tracker.search;

/** The words typed into the search box. */
class SearchForm {

	static final int MAX_LENGTH = 200;

	private String q;

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

}
