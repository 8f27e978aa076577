package org.concord.registrations;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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

	private int returnLapseDays;

	private int dailySubmissionCap;

	private boolean laterRenewalsNeedVendor;


	private String vendorName;

	private String currencies;

	protected ProgramSettings() {
	}

	/** The rules beside the protection settings; a rule left out (null) keeps its value. */
	void changeRules(RegistrationSettingsView changed) {
		if (changed.returnLapseDays() != null) {
			if (changed.returnLapseDays() < 4 || changed.returnLapseDays() > 365) {
				throw new InvalidInputException("returnLapseDays", "Enter between 4 and 365 days (the partner is warned 3 days before).");
			}
			returnLapseDays = changed.returnLapseDays();
		}
		if (changed.dailySubmissionCap() != null) {
			if (changed.dailySubmissionCap() < 1 || changed.dailySubmissionCap() > 100_000) {
				throw new InvalidInputException("dailySubmissionCap", "Enter at least 1 registration a day.");
			}
			dailySubmissionCap = changed.dailySubmissionCap();
		}
		if (changed.laterRenewalsNeedVendor() != null) {
			laterRenewalsNeedVendor = changed.laterRenewalsNeedVendor();
		}
		if (changed.vendorName() != null) {
			if (changed.vendorName().isBlank() || changed.vendorName().length() > 100) {
				throw new InvalidInputException("vendorName", "Enter the vendor's name, in up to 100 characters.");
			}
			vendorName = changed.vendorName().trim();
		}
		if (changed.currencies() != null) {
			currencies = String.join(",", Currencies.parse(changed.currencies()));
		}
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
		this.warningDays = warnings.stream().map(String::valueOf).collect(Collectors.joining(","));
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
			return Arrays.stream(days.split(",")).map(String::trim).filter(d -> !d.isEmpty())
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

	/** A returned registration not resubmitted within this lapses and lets go of its claim. */
	Duration returnLapse() {
		return Duration.ofDays(returnLapseDays);
	}

	int dailySubmissionCap() {
		return dailySubmissionCap;
	}

	/** The first renewal of a registration is granted on the Contact Log's evidence; later ones wait for the vendor. */
	boolean laterRenewalsNeedVendor() {
		return laterRenewalsNeedVendor;
	}

	String vendorName() {
		return vendorName;
	}

	List<String> currencies() {
		return List.of(currencies.split(","));
	}

	RegistrationSettingsView toView() {
		return new RegistrationSettingsView(autoApprove, approvalSlaHours, protectionDays, warningDays, renewalActivityDays,
				returnLapseDays, dailySubmissionCap, laterRenewalsNeedVendor, vendorName, currencies());
	}
}
