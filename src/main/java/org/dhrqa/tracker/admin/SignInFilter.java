package org.dhrqa.tracker.admin;

/** The audit page's filter, as typed: an email address (optional) and the page number. */
public class SignInFilter {

	private String email = "";

	private String page = "1";

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email : "";
	}

	public String getPage() {
		return this.page;
	}

	public void setPage(String page) {
		this.page = (page != null) ? page : "1";
	}

}
