package org.concord.registrations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How long an approved registration holds its opportunity against later ones, the expiry warnings sent, and the
 * renewals asked for and granted (seed 004: 90 days of protection, renewed once when the deal is worked).
 */
@Embeddable
class Protection {

	private Instant protectedFrom;

	private Instant protectedUntil;

	private int warningsSent;

	private Instant renewalRequestedAt;

	private int renewalsGranted;

	@Enumerated(EnumType.STRING)
	private Stage stageAtProtection;

	/** Protection starts (or starts again) now; the stage it starts at is what "the stage moved forward" compares to. */
	void start(Instant from, Duration length, Stage stage) {
		protectedFrom = from;
		protectedUntil = from.plus(length);
		warningsSent = 0;
		renewalRequestedAt = null;
		stageAtProtection = stage;
	}

	void renew(Instant from, Duration length, Stage stage) {
		start(from, length, stage);
		renewalsGranted++;
	}

	/**
	 * How many warnings are due by now: the n-th once {@code warningDays[n]} days of the protection have passed; -1
	 * when none is due beyond those already sent.
	 */
	int warningsDue(List<Integer> warningDays, Instant now) {
		if (warningsSent >= warningDays.size()) {
			return -1;
		}
		int due = 0;
		while (due < warningDays.size() && !now.isBefore(protectedFrom.plus(Duration.ofDays(warningDays.get(due))))) {
			due++;
		}
		return due <= warningsSent ? -1 : due;
	}

	void warned(int warnings) {
		warningsSent = warnings;
	}

	boolean hasEndedBy(Instant now) {
		return !now.isBefore(protectedUntil);
	}

	boolean stageMovedOn(Stage stage) {
		return stageAtProtection != null && stage.compareTo(stageAtProtection) > 0;
	}

	void renewalRequested(Instant now) {
		renewalRequestedAt = now;
	}

	void withdrawRenewalRequest() {
		renewalRequestedAt = null;
	}

	boolean isRenewalRequested() {
		return renewalRequestedAt != null;
	}

	boolean isFirstRenewal() {
		return renewalsGranted == 0;
	}

	Instant until() {
		return protectedUntil;
	}
}
