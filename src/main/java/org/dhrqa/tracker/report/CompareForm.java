package org.dhrqa.tracker.report;

/** The two versions to compare, as the GET form sends them (version ids). */
public class CompareForm {

	private String from = "";

	private String to = "";

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = (from != null) ? from.trim() : "";
	}

	public String getTo() {
		return this.to;
	}

	public void setTo(String to) {
		this.to = (to != null) ? to.trim() : "";
	}

}
