package org.concord.scoring;

/** A badge the vendor defines: name, what it means, its rule, the rule's number (deals, events), a certification's name. */
public record NewBadge(String name, String description, BadgeRule rule, Integer threshold, String certification) {
}
