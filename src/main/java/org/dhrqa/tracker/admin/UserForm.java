package org.dhrqa.tracker.admin;

/** The account form as typed; the initial password is asked for only when creating. */
public class UserForm {

	private String name = "";

	private String email = "";

	private String role = "";

	private String csp = "";

	private String password = "";

	private String version = "";

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = (name != null) ? name : "";
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email : "";
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = (role != null) ? role : "";
	}

	public String getCsp() {
		return this.csp;
	}

	public void setCsp(String csp) {
		this.csp = (csp != null) ? csp : "";
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = (password != null) ? password : "";
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = (version != null) ? version : "";
	}

	Long cspId() {
		try {
			return Long.valueOf(this.csp.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	long expectedVersion() {
		try {
			return Long.parseLong(this.version.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
