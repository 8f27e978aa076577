package org.concord.registrations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A registration with its history, contact log and attribution, as its page and the API show it. */
public record RegistrationDetails(RegistrationSummary summary, UUID contactId, String notes, Assignment assignment,
		UUID partnerAssignedId, UUID partnerRepAssignedId, String opportunitySource, UUID partnerProvidingId,
		UUID partnerRepProvidingId, UUID submittedBy, RejectionReason rejectionReason, String decisionNote, String reviewFlag,
		List<HistoryLine> history, List<ContactLogLine> contactLog, List<Attribution> partners) {

	/** The same, without what only the channel team may read. */
	public RegistrationDetails forPartner() {
		return new RegistrationDetails(summary, contactId, notes, assignment, partnerAssignedId, partnerRepAssignedId,
				opportunitySource, partnerProvidingId, partnerRepProvidingId, submittedBy, rejectionReason, decisionNote,
				null, history, contactLog, partners);
	}

	public record HistoryLine(RegistrationStatus from, RegistrationStatus to, UUID by, String note, Instant at) {
	}

	public record ContactLogLine(LocalDate contactedOn, ContactType type, String summary, UUID authorId) {
	}

	public record Attribution(UUID partnerId, UUID repId, AttributionRole role) {
	}
}
