package org.concord.registrations;

import java.time.Duration;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.InvalidInputException;

/** The vendor's settings for registrations; one row. */
@Entity
@Table(name = "registration_settings")
class ProgramSettings {

	@Id
	private int id;

	private boolean autoApprove;

	private int approvalSlaHours;

	private int protectionDays;

	private String warningDays;

	private int renewalActivityDays;

	protected ProgramSettings() {
	}

	void change(boolean autoApprove, int approvalSlaHours, int protectionDays, String warningDays,
			int renewalActivityDays) {
		List<Integer> warnings = parseWarningDays(warningDays);
		if (warnings.stream().anyMatch(d -> d >= protectionDays)) {
			throw new InvalidInputException("warningDays", "Warnings must come before the protection ends.");
		}
		if (renewalActivityDays < 1 || renewalActivityDays > 365) {
			throw new InvalidInputException("renewalActivityDays", "Enter between 1 and 365 days.");
		}
		if (approvalSlaHours < 1 || approvalSlaHours > 24 * 30) {
			throw new InvalidInputException("approvalSlaHours", "Enter between 1 and 720 hours.");
		}
		if (protectionDays < 1 || protectionDays > 730) {
			throw new InvalidInputException("protectionDays", "Enter between 1 and 730 days.");
		}
		this.autoApprove = autoApprove;
		this.approvalSlaHours = approvalSlaHours;
		this.protectionDays = protectionDays;
		this.warningDays = warnings.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
		this.renewalActivityDays = renewalActivityDays;
	}

	/** Days after the protection starts on which the partner is warned, e.g. 75 and 105. */
	List<Integer> warningDays() {
		return parseWarningDays(warningDays);
	}

	/** A renewal is granted at once when the Contact Log has an entry this recent. */
	Duration renewalActivity() {
		return Duration.ofDays(renewalActivityDays);
	}

	private static List<Integer> parseWarningDays(String days) {
		try {
			return java.util.Arrays.stream(days.split(",")).map(String::trim).filter(d -> !d.isEmpty())
					.map(Integer::valueOf).sorted().toList();
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("warningDays", "List whole days separated by commas, e.g. 75,105.");
		}
	}

	boolean autoApprove() {
		return autoApprove;
	}

	Duration approvalSla() {
		return Duration.ofHours(approvalSlaHours);
	}

	Duration protection() {
		return Duration.ofDays(protectionDays);
	}

	RegistrationSettingsView toView() {
		return new RegistrationSettingsView(autoApprove, approvalSlaHours, protectionDays, warningDays, renewalActivityDays);
	}
}
