package org.concord.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.concord.shared.PartnerId;
import org.concord.shared.PartnerScope;
import org.concord.shared.Role;
import org.concord.shared.UserId;
import org.concord.shared.access.Permission;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as Spring Security holds it, in the session or for one API call. */
public final class ConcordUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;
	private final String username;
	private final String displayName;
	private final UUID partnerId;
	private final Role role;
	private final boolean enabled;
	private String passwordHash;

	ConcordUser(UUID id, String username, String displayName, UUID partnerId, Role role, boolean enabled,
			String passwordHash) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.partnerId = partnerId;
		this.role = role;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public UserId userId() {
		return new UserId(id);
	}

	public String displayName() {
		return displayName;
	}

	/** Whether the policy grants this person the named {@link Permission} (for pages: a misspelt name fails loudly). */
	public boolean may(String permission) {
		return Permission.valueOf(permission).isGrantedTo(role);
	}

	public Role role() {
		return role;
	}

	public boolean isVendorStaff() {
		return role.isVendor();
	}

	public PartnerId partnerId() {
		return partnerId == null ? null : new PartnerId(partnerId);
	}

	public PartnerScope scope() {
		return role.isVendor() ? PartnerScope.allPartners() : PartnerScope.company(partnerId());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		String side = role.isVendor() ? "ROLE_VENDOR_STAFF" : "ROLE_PARTNER_USER";
		return List.of(new SimpleGrantedAuthority(role.authority()), new SimpleGrantedAuthority(side));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ConcordUser user && user.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return username;
	}
}
