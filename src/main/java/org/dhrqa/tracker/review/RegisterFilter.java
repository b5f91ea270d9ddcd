package org.dhrqa.tracker.review;

/** The register's filter form, holding exactly what the person chose or typed. */
public class RegisterFilter {

	private final String q;

	private final String csp;

	private final String stage;

	private final String year;

	RegisterFilter(RegisterQuery query) {
		this.q = (query.q() != null) ? query.q() : "";
		this.csp = (query.csp() != null) ? query.csp().toString() : "";
		this.stage = (query.stage() != null) ? query.stage().name() : "";
		this.year = (query.year() != null) ? query.year().toString() : "";
	}

	public String getQ() {
		return this.q;
	}

	public String getCsp() {
		return this.csp;
	}

	public String getStage() {
		return this.stage;
	}

	public String getYear() {
		return this.year;
	}

}
