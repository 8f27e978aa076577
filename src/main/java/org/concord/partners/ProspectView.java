package org.concord.partners;

import java.time.Instant;

/**
 * A prospect as pages and the API show it. {@code ownerId} and {@code partnerId} are empty until it has an owner and
 * until it became a partner; {@code matchNote} says what it matched when it came in.
 */
public record ProspectView(String id, String companyName, String contactName, String email, String phone,
		String website, String country, String region, String city, Integer employees, String interestedType,
		String message, ProspectSource source, String brand, ProspectStage stage, Instant stageSince, String ownerId,
		String ownerName, Instant createdAt, String partnerId, String matchNote) {
}
