package org.concord.identity.web;

import org.concord.identity.Invitation;
import org.concord.shared.PartnerId;
import org.concord.shared.Role;

/** The invite form; partner admins do not see the partner field. */
public class InvitationForm {

	private String username;
	private String email;
	private String displayName;
	private Role role = Role.PARTNER_REP;
	private String partnerId;

	Invitation toInvitation() {
		PartnerId partner = partnerId == null || partnerId.isBlank() ? null : PartnerId.of(partnerId);
		return new Invitation(username, email, displayName, role, partner);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getPartnerId() {
		return partnerId;
	}

	public void setPartnerId(String partnerId) {
		this.partnerId = partnerId;
	}
}
