package org.dhrqa.tracker.admin;

/**
 * An administrator setting someone's password. Passwords are never shown back on the
 * page, even after an error.
 */
public class NewPasswordForm {

	private String newPassword = "";

	private String confirmPassword = "";

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = (newPassword != null) ? newPassword : "";
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = (confirmPassword != null) ? confirmPassword : "";
	}

	void clear() {
		this.newPassword = "";
		this.confirmPassword = "";
	}

}
