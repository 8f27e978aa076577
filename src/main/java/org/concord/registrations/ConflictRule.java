package org.concord.registrations;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules of engagement when a registration meets a direct-sales opportunity (seed 004, edge case 3):
 * registered more than 7 days before the direct opportunity was created, the partner wins; the direct
 * opportunity was at stage 2 or later before the registration, direct wins and the partner is credited
 * with influence; otherwise (within 7 days) a channel manager decides, co-sell with split credit meanwhile.
 */
public enum ConflictRule {

	PARTNER_REGISTERED_FIRST(ConflictDecision.PARTNER_WINS, true,
			"The partner registered more than 7 days before the direct opportunity was created."),
	DIRECT_ALREADY_ADVANCED(ConflictDecision.DIRECT_WINS, true,
			"The direct opportunity had reached stage 2 or later before the registration; the partner gets influenced credit."),
	WITHIN_SEVEN_DAYS(ConflictDecision.CO_SELL, false,
			"Registration and direct opportunity are within 7 days of each other: a channel manager decides; co-sell with split credit until then."),
	UNCLASSIFIED(ConflictDecision.CO_SELL, false,
			"No rule of engagement covers this case (the direct opportunity is more than 7 days older than the registration but had "
					+ "not reached stage 2 before it): a channel manager decides; co-sell with split credit until then.");

	static final Duration WINDOW = Duration.ofDays(7);

	private final ConflictDecision outcome;
	private final boolean settled;
	private final String reason;

	ConflictRule(ConflictDecision outcome, boolean settled, String reason) {
		this.outcome = outcome;
		this.settled = settled;
		this.reason = reason;
	}

	static ConflictRule apply(Instant registeredAt, Instant directCreatedAt, Instant directAdvancedAt) {
		if (registeredAt.plus(WINDOW).isBefore(directCreatedAt)) {
			return PARTNER_REGISTERED_FIRST;
		}
		if (directAdvancedAt != null && directAdvancedAt.isBefore(registeredAt)) {
			return DIRECT_ALREADY_ADVANCED;
		}
		if (directCreatedAt.plus(WINDOW).isBefore(registeredAt)) {
			return UNCLASSIFIED;
		}
		return WITHIN_SEVEN_DAYS;
	}

	public ConflictDecision outcome() {
		return outcome;
	}

	public boolean settled() {
		return settled;
	}

	/** The rule in the channel team's words, for the queue and the report. */
	public String label() {
		return switch (this) {
			case PARTNER_REGISTERED_FIRST -> "partner registered first";
			case DIRECT_ALREADY_ADVANCED -> "direct deal already past stage 2";
			case WITHIN_SEVEN_DAYS -> "within 7 days";
			case UNCLASSIFIED -> "unclassified";
		};
	}

	public String reason() {
		return reason;
	}
}
