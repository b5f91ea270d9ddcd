package org.dhrqa.tracker.notification;

import java.util.ArrayList;
import java.util.List;

/** The kinds of notification a person also wants by email, as ticked on the page. */
class PreferencesForm {

	private List<String> byEmail = new ArrayList<>();

	public List<String> getByEmail() {
		return this.byEmail;
	}

	public void setByEmail(List<String> byEmail) {
		this.byEmail = (byEmail != null) ? byEmail : new ArrayList<>();
	}

}
