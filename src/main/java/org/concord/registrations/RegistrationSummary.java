package org.concord.registrations;

import java.time.Instant;
import java.time.LocalDate;

import org.concord.shared.Money;
import org.concord.shared.PartnerId;
import org.springframework.modulith.NamedInterface;

/** A registration as lists show it. */
@NamedInterface("deals")
public record RegistrationSummary(RegistrationId id, PartnerId partnerId, String companyName, String product,
		Money estimatedMrr, LocalDate expectedCloseDate, Stage stage, RegistrationStatus status, Instant submittedAt,
		Instant decisionDueAt, Instant decidedAt, Instant protectedUntil, LocalDate contactInitiatedOn, boolean renewalRequested,
		Assignment assignment) {

	/** The same without the registering partner: what a partner the vendor invited onto it may see. */
	public RegistrationSummary withoutPartner() {
		return new RegistrationSummary(id, null, companyName, product, estimatedMrr, expectedCloseDate, stage, status,
				submittedAt, decisionDueAt, decidedAt, protectedUntil, contactInitiatedOn, renewalRequested, assignment);
	}

	/** Still waiting for a decision after its SLA ran out. */
	public boolean overdue(Instant now) {
		return status == RegistrationStatus.SUBMITTED && now.isAfter(decisionDueAt);
	}
}
