package org.concord.partners;

import org.concord.shared.PartnerId;

/**
 * A prospect became a partner: its first partner admin is invited, in the same transaction, so the conversion is one
 * step that happens whole or not at all. {@code brand} is the portal the invitation links to (empty: the default).
 */
public record ProspectConverted(String prospectId, PartnerId partnerId, String brand, String username, String email,
		String displayName) {
}
