package org.concord.leads;

import java.time.Duration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.partners.PartnerTier;
import org.concord.shared.InvalidInputException;

/** The vendor's settings for routing leads and the contact rule; one row. */
@Entity
@Table(name = "lead_settings")
class LeadSettings {

	@Id
	private int id;

	@Enumerated(EnumType.STRING)
	private RuleMode tierMode;

	@Enumerated(EnumType.STRING)
	private PartnerTier minimumTier;

	@Enumerated(EnumType.STRING)
	private RuleMode territoryMode;

	private int maxDistanceKm;

	@Enumerated(EnumType.STRING)
	private RuleMode expertiseMode;

	private int contactWorkingDays;

	private int reminderHours;

	@Enumerated(EnumType.STRING)
	private OnTimeout onTimeout;

	protected LeadSettings() {
	}

	RoutingRules rules() {
		return new RoutingRules(tierMode, minimumTier.ordinal(), territoryMode, maxDistanceKm, expertiseMode);
	}

	int contactWorkingDays() {
		return contactWorkingDays;
	}

	Duration reminderBefore() {
		return Duration.ofHours(reminderHours);
	}

	OnTimeout onTimeout() {
		return onTimeout;
	}

	void change(LeadSettingsView changed) {
		if (changed.tierMode() == null || changed.territoryMode() == null || changed.expertiseMode() == null) {
			throw new InvalidInputException("tierMode", "Choose required, preferred or off for each rule.");
		}
		if (changed.minimumTier() == null) {
			throw new InvalidInputException("minimumTier", "Choose the lowest tier that receives leads.");
		}
		if (changed.maxDistanceKm() < 1 || changed.maxDistanceKm() > 5000) {
			throw new InvalidInputException("maxDistanceKm", "Enter a distance between 1 and 5,000 km.");
		}
		if (changed.contactWorkingDays() < 1 || changed.contactWorkingDays() > 20) {
			throw new InvalidInputException("contactWorkingDays", "Enter between 1 and 20 working days.");
		}
		if (changed.reminderHours() < 1 || changed.reminderHours() > 24 * changed.contactWorkingDays()) {
			throw new InvalidInputException("reminderHours",
					"Remind between 1 hour and " + 24 * changed.contactWorkingDays() + " hours before the deadline.");
		}
		if (changed.onTimeout() == null) {
			throw new InvalidInputException("onTimeout", "Choose what happens when the deadline passes.");
		}
		tierMode = changed.tierMode();
		minimumTier = changed.minimumTier();
		territoryMode = changed.territoryMode();
		maxDistanceKm = changed.maxDistanceKm();
		expertiseMode = changed.expertiseMode();
		contactWorkingDays = changed.contactWorkingDays();
		reminderHours = changed.reminderHours();
		onTimeout = changed.onTimeout();
	}

	LeadSettingsView toView() {
		return new LeadSettingsView(tierMode, minimumTier, territoryMode, maxDistanceKm, expertiseMode,
				contactWorkingDays, reminderHours, onTimeout);
	}
}
