package org.dhrqa.tracker.account;

/**
 * Changing one's own password. Passwords are never shown back on the page, even after an
 * error.
 */
public class PasswordForm {

	private String currentPassword = "";

	private String newPassword = "";

	private String confirmPassword = "";

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = (currentPassword != null) ? currentPassword : "";
	}

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
		this.currentPassword = "";
		this.newPassword = "";
		this.confirmPassword = "";
	}

}
