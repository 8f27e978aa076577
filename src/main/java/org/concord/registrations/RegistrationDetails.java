package org.concord.registrations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.concord.shared.PartnerId;
import org.springframework.modulith.NamedInterface;

/** A registration with its history, contact log and attribution, as its page and the API show it. */
@NamedInterface("deals")
public record RegistrationDetails(RegistrationSummary summary, UUID contactId, String notes, Assignment assignment,
		UUID partnerAssignedId, UUID partnerRepAssignedId, String opportunitySource, UUID partnerProvidingId,
		UUID partnerRepProvidingId, UUID submittedBy, RejectionReason rejectionReason, String decisionNote, String reviewFlag,
		List<HistoryLine> history, List<ContactLogLine> contactLog, List<Attribution> partners, UUID vendorRepId,
		List<NoteLine> dealNotes) {

	/**
	 * As the registering partner sees it: without the reviewer's flag; people it may not know (another partner's)
	 * unnamed; other partners on the opportunity by their role only; the Contact Log rows of its own people and the
	 * vendor's.
	 */
	public RegistrationDetails forRegistrant(PartnerId own, Predicate<UUID> known) {
		return new RegistrationDetails(summary, contactId, notes, assignment, partnerAssignedId, partnerRepAssignedId,
				opportunitySource, partnerProvidingId, partnerRepProvidingId, submittedBy, rejectionReason, decisionNote,
				null, history.stream().map(h -> known.test(h.by()) ? h : h.anonymous()).toList(),
				contactLog.stream().filter(e -> known.test(e.authorId())).toList(),
				partners.stream().map(p -> own.value().equals(p.partnerId()) ? p : p.anonymous()).toList(), vendorRepId,
				dealNotes.stream().filter(n -> known.test(n.authorId())).toList());
	}

	/**
	 * As a partner the vendor invited onto the opportunity sees it: the opportunity itself, its own credit and its
	 * own people's Contact Log rows; nothing of who registered it, how it was decided, or its history.
	 */
	public RegistrationDetails forInvitedPartner(PartnerId own, Predicate<UUID> ownPerson) {
		return new RegistrationDetails(summary.withoutPartner(), contactId, notes, assignment, null, null, opportunitySource,
				null, null, null, null, null, null, List.of(),
				contactLog.stream().filter(e -> ownPerson.test(e.authorId())).toList(),
				partners.stream().filter(p -> own.value().equals(p.partnerId())).toList(), vendorRepId,
				dealNotes.stream().filter(n -> ownPerson.test(n.authorId())).toList());
	}

	public record HistoryLine(RegistrationStatus from, RegistrationStatus to, UUID by, String note, Instant at) {

		HistoryLine anonymous() {
			return new HistoryLine(from, to, null, note, at);
		}
	}

	public record ContactLogLine(LocalDate contactedOn, ContactType type, String summary, UUID authorId) {
	}

	public record NoteLine(UUID authorId, Instant writtenAt, String text) {
	}

	/** A partner on the opportunity: its role and its share of the credit for it (1, or a co-sell split's part). */
	public record Attribution(UUID partnerId, UUID repId, AttributionRole role, BigDecimal share) {

		/** All of the credit for its part. */
		public Attribution(UUID partnerId, UUID repId, AttributionRole role) {
			this(partnerId, repId, role, BigDecimal.ONE);
		}

		Attribution anonymous() {
			return new Attribution(null, null, role, share);
		}
	}
}
