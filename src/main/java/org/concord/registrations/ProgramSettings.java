package org.concord.registrations;

import java.time.Duration;

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

	protected ProgramSettings() {
	}

	void change(boolean autoApprove, int approvalSlaHours, int protectionDays) {
		if (approvalSlaHours < 1 || approvalSlaHours > 24 * 30) {
			throw new InvalidInputException("approvalSlaHours", "Enter between 1 and 720 hours.");
		}
		if (protectionDays < 1 || protectionDays > 730) {
			throw new InvalidInputException("protectionDays", "Enter between 1 and 730 days.");
		}
		this.autoApprove = autoApprove;
		this.approvalSlaHours = approvalSlaHours;
		this.protectionDays = protectionDays;
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
		return new RegistrationSettingsView(autoApprove, approvalSlaHours, protectionDays);
	}
}
