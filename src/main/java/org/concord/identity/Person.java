package org.concord.identity;

import java.time.Instant;

import org.concord.shared.PartnerId;
import org.concord.shared.Role;
import org.concord.shared.UserId;

/** A user as lists, pages and the API show them, with how they prefer to be reached; never carries the password hash. */
public record Person(UserId id, String username, String email, String displayName, Role role,
		FunctionalRole functionalRole, PartnerId partnerId, String status, Instant createdAt, Instant lastLoginAt,
		String phone, ContactChannel preferredChannel) {
}
