package org.concord.partners;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A change of a partner's type or tier as its history shows it: "tier", from Silver to Gold, why, by whom, when. */
public record PartnerChangeView(String field, String from, String to, String reason, UUID changedBy, Instant changedAt) {

	/** "Tier Silver → Gold: why", or "Tier Bronze: Joined the program" for the first. */
	public String describe() {
		String what = field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
		return what + " " + (from == null ? to : from + " → " + to) + ": " + reason;
	}
}
