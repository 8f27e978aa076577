package org.concord.scoring;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.concord.shared.InvalidInputException;

/** A badge and its award rule. Whether a partner's facts meet the rule is the badge's own question. */
@Entity
@Table(name = "badge")
class Badge {

	/** What is known of a partner when its badges are looked at. */
	record Facts(long dealsWon, long eventsAttended, Set<String> certificationsEarned, boolean targetReached) {
	}

	@Id
	private UUID id;

	@Version
	private long version;

	private String name;

	private String description;

	@Enumerated(EnumType.STRING)
	private BadgeRule rule;

	private Integer threshold;

	private String certification;

	private boolean active;

	private Instant createdAt;

	protected Badge() {
	}

	Badge(NewBadge badge, Instant now) {
		String given = badge.name() == null ? "" : badge.name().strip();
		if (given.isEmpty() || given.length() > 80) {
			throw new InvalidInputException("name", "Name the badge, at most 80 characters.");
		}
		if (badge.rule() == null) {
			throw new InvalidInputException("rule", "Choose how the badge is awarded.");
		}
		boolean counted = badge.rule() == BadgeRule.DEALS_WON || badge.rule() == BadgeRule.EVENT_ATTENDED;
		if (counted && (badge.threshold() == null || badge.threshold() < 1 || badge.threshold() > 100_000)) {
			throw new InvalidInputException("threshold", "Give how many it takes, 1 or more.");
		}
		if (badge.description() != null && badge.description().length() > 300) {
			throw new InvalidInputException("description", "Keep the description to 300 characters.");
		}
		this.id = UUID.randomUUID();
		this.name = given;
		this.description = badge.description() == null || badge.description().isBlank() ? null : badge.description().strip();
		this.rule = badge.rule();
		this.threshold = counted ? badge.threshold() : null;
		this.certification = badge.rule() == BadgeRule.CERTIFICATION && badge.certification() != null
				&& !badge.certification().isBlank() ? badge.certification().strip() : null;
		this.active = true;
		this.createdAt = now;
	}

	/** Whether a partner with these facts earns the badge by its rule (never a manual one). */
	boolean earnedBy(Facts facts) {
		if (!active) {
			return false;
		}
		return switch (rule) {
			case FIRST_DEAL -> facts.dealsWon() >= 1;
			case DEALS_WON -> facts.dealsWon() >= threshold;
			case EVENT_ATTENDED -> facts.eventsAttended() >= threshold;
			case CERTIFICATION -> certification == null ? !facts.certificationsEarned().isEmpty()
					: facts.certificationsEarned().stream().anyMatch(certification::equalsIgnoreCase);
			case TARGET_REACHED -> facts.targetReached();
			case MANUAL -> false;
		};
	}

	/** Why the rule awarded it, for the award's history. */
	String reasonFor(Facts facts) {
		return switch (rule) {
			case FIRST_DEAL -> "Won its first deal";
			case DEALS_WON -> "Won " + facts.dealsWon() + " deals";
			case EVENT_ATTENDED -> "Attended " + facts.eventsAttended() + " events";
			case CERTIFICATION -> "Certified: " + String.join(", ", facts.certificationsEarned());
			case TARGET_REACHED -> "Reached its sales target";
			case MANUAL -> "";
		};
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	BadgeView toView(long holders) {
		return new BadgeView(id, name, description, rule, rule.label(), threshold, certification, active, holders);
	}
}
