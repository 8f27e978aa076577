package org.concord.scoring;

import java.util.UUID;

/** A badge the vendor defined: its name, what it means, how it is awarded, and how many partners hold it. */
public record BadgeView(UUID id, String name, String description, BadgeRule rule, String ruleLabel, Integer threshold,
		String certification, boolean active, long holders) {
}
