package org.concord.identity;

/**
 * The vendor's safeguards: API tokens expire after {@code apiTokenLifetimeDays} (0: never), and a payout batch is
 * approved by a vendor admin other than the one who prepared it unless {@code payoutFourEyes} is off (a one-person
 * vendor).
 */
public record SafeguardsView(int apiTokenLifetimeDays, boolean payoutFourEyes) {
}
