package org.concord.identity.web;

/** The "choose a password" form of a reset or invitation link. */
public class PasswordForm {

	private String token;
	private String password;
	private String confirmation;

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}
}
