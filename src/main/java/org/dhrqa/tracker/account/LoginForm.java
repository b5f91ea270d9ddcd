package org.dhrqa.tracker.account;

/**
 * What the sign-in page shows back after a failed attempt: the email, never the password.
 */
public class LoginForm {

	private String username = "";

	private String password = "";

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
