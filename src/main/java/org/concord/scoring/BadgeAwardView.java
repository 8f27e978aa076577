package org.concord.scoring;

import java.time.Instant;
import java.util.UUID;

/** A badge awarded to a partner: when, why, by whom (none: by its rule), and its revocation if it was revoked. */
public record BadgeAwardView(UUID id, UUID badgeId, String badgeName, String partnerId, String partnerName, Instant awardedAt,
		String reason, UUID awardedBy, Instant revokedAt, String revokeReason) {

	public boolean held() {
		return revokedAt == null;
	}
}
