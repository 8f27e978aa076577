package org.concord.registrations;

import java.time.Instant;

import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.springframework.modulith.NamedInterface;

/**
 * What became of a registration, one event per transition: decided (approved, rejected, returned), closed (won, lost),
 * ended (expired, lapsed), kept (renewed) or taken over by the vendor. Each carries the facts of its transition; the
 * partner's mail, the audit log and the leads it came from make their own words of them.
 */
@NamedInterface("deals")
public sealed interface RegistrationOutcome {

	RegistrationId registration();

	PartnerId partner();

	UserId submittedBy();

	/** Approved by a reviewer, or automatically when the duplicate check found no match ({@code reviewer} null). */
	record Approved(RegistrationId registration, PartnerId partner, UserId submittedBy, UserId reviewer,
			Instant protectedUntil) implements RegistrationOutcome {
	}

	/** Rejected by a reviewer, or at once as already registered by another partner ({@code reviewer} null). */
	record Rejected(RegistrationId registration, PartnerId partner, UserId submittedBy, UserId reviewer,
			RejectionReason reason, String note) implements RegistrationOutcome {
	}

	/** Returned to the partner with a question; it lapses unless answered in time. */
	record Returned(RegistrationId registration, PartnerId partner, UserId submittedBy, UserId reviewer, String question)
			implements RegistrationOutcome {
	}

	/** Won: a contract follows. */
	record Won(RegistrationId registration, PartnerId partner, UserId submittedBy, UserId closedBy, String note)
			implements RegistrationOutcome {
	}

	/** Lost, and why: the opportunity is open to be registered again. */
	record Lost(RegistrationId registration, PartnerId partner, UserId submittedBy, UserId closedBy, String reason)
			implements RegistrationOutcome {
	}

	/** The protection ran out without a renewal: the opportunity is open again. */
	record Expired(RegistrationId registration, PartnerId partner, UserId submittedBy, Instant protectedUntil)
			implements RegistrationOutcome {
	}

	/** A return was not answered within {@code daysToAnswer}: the claim on the company goes. */
	record Lapsed(RegistrationId registration, PartnerId partner, UserId submittedBy, long daysToAnswer)
			implements RegistrationOutcome {
	}

	/** Protected again: granted by the channel team ({@code grantedBy}), or at once for a deal being worked (null). */
	record Renewed(RegistrationId registration, PartnerId partner, UserId submittedBy, UserId grantedBy,
			Instant protectedUntil) implements RegistrationOutcome {
	}

	/** The vendor's sales team takes the opportunity over; the partner keeps its sourced credit. */
	record TakenOver(RegistrationId registration, PartnerId partner, UserId submittedBy, UserId by, String reason)
			implements RegistrationOutcome {
	}
}
