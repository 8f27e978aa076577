package org.concord.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.InvalidInputException;
import org.concord.shared.PartnerId;
import org.concord.shared.Role;
import org.concord.shared.UserId;

/** A person who can log in. Vendor staff have no partner; partner people belong to exactly one company. */
@Entity
@Table(name = "user_account")
class UserAccount {

	enum Status {
		INVITED, ACTIVE, DEACTIVATED
	}

	/** The longest username, as the column holds it. */
	static final int MAX_USERNAME = 60;

	@Id
	private UUID id;

	private String username;

	private String email;

	private String displayName;

	private UUID partnerId;

	@Enumerated(EnumType.STRING)
	private Role role;

	/** What a partner person does at their company; none for the vendor's people, or until someone says. */
	@Enumerated(EnumType.STRING)
	private FunctionalRole functionalRole;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String passwordHash;

	private Instant createdAt;

	private Instant lastLoginAt;

	private String timeZone;

	private String phone;

	@Enumerated(EnumType.STRING)
	private ContactChannel preferredChannel;

	protected UserAccount() {
	}

	private UserAccount(String username, String email, String displayName, Role role, PartnerId partner,
			Instant now) {
		if (role.isVendor() && partner != null) {
			throw new InvalidInputException("partnerId", "Vendor roles do not belong to a partner company.");
		}
		if (!role.isVendor() && partner == null) {
			throw new InvalidInputException("partnerId", "Choose the partner company this person belongs to.");
		}
		this.id = UUID.randomUUID();
		this.username = username.trim().toLowerCase(Locale.ROOT);
		this.email = email.trim().toLowerCase(Locale.ROOT);
		this.displayName = displayName.trim();
		this.role = role;
		this.partnerId = partner == null ? null : partner.value();
		this.status = Status.INVITED;
		this.createdAt = now;
	}

	static UserAccount invite(String username, String email, String displayName, Role role, PartnerId partner,
			Instant now) {
		return new UserAccount(username, email, displayName, role, partner, now);
	}

	/** Sets the first or a new password; accepting an invitation activates the account. */
	void choosePassword(String hash) {
		if (status == Status.DEACTIVATED) {
			throw new InvalidInputException("password", "This account has been deactivated.");
		}
		this.passwordHash = hash;
		this.status = Status.ACTIVE;
	}

	void deactivate() {
		this.status = Status.DEACTIVATED;
	}

	void changeRole(Role newRole) {
		if (newRole.isVendor() != role.isVendor()) {
			throw new InvalidInputException("role", "A role can only change within the vendor or within the partner.");
		}
		this.role = newRole;
	}

	void loggedIn(Instant now) {
		this.lastLoginAt = now;
	}

	ConcordUser toPrincipal() {
		return new ConcordUser(id, username, displayName, partnerId, role, status == Status.ACTIVE, passwordHash);
	}

	/** The principal for a password check; an account without a password yet is checked against {@code noPassword}. */
	ConcordUser toPrincipal(String noPassword) {
		return new ConcordUser(id, username, displayName, partnerId, role, status == Status.ACTIVE,
				passwordHash == null ? noPassword : passwordHash);
	}

	Person toPerson() {
		return new Person(userId(), username, email, displayName, role, functionalRole, partner(), status.name(), createdAt,
				lastLoginAt, phone, preferredChannel);
	}

	PersonalSettings settings() {
		return new PersonalSettings(timeZone, phone, preferredChannel);
	}

	/** The person's own settings; a time zone must be one the world knows, a phone number one a person can dial. */
	void changeSettings(PersonalSettings changed) {
		String zone = changed.timeZone() == null || changed.timeZone().isBlank() ? null : changed.timeZone().strip();
		if (zone != null && !java.time.ZoneId.getAvailableZoneIds().contains(zone)) {
			throw new InvalidInputException("timeZone", "Choose a time zone from the list, such as America/Halifax.");
		}
		String number = changed.phone() == null || changed.phone().isBlank() ? null : changed.phone().strip();
		if (number != null && (number.length() > 40 || !number.matches("[+0-9 ().\\-]*[0-9][+0-9 ().\\-x]*"))) {
			throw new InvalidInputException("phone", "Enter a phone number of digits, spaces, +, -, ( and ), at most 40.");
		}
		if (changed.preferredChannel() == ContactChannel.PHONE && number == null) {
			throw new InvalidInputException("phone", "Give a phone number to be reached by phone.");
		}
		this.timeZone = zone;
		this.phone = number;
		this.preferredChannel = changed.preferredChannel();
	}

	String timeZone() {
		return timeZone;
	}

	/** A partner person's functional role; the vendor's people have none. */
	void changeFunctionalRole(FunctionalRole changed) {
		if (role.isVendor() && changed != null) {
			throw new InvalidInputException("functionalRole", "Functional roles are for partners' people.");
		}
		this.functionalRole = changed;
	}

	UserId userId() {
		return new UserId(id);
	}

	PartnerId partner() {
		return partnerId == null ? null : new PartnerId(partnerId);
	}

	String username() {
		return username;
	}

	String email() {
		return email;
	}

	String displayName() {
		return displayName;
	}

	Role role() {
		return role;
	}

	boolean isActive() {
		return status == Status.ACTIVE;
	}

	boolean isDeactivated() {
		return status == Status.DEACTIVATED;
	}
}
