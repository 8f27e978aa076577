package org.concord.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.concord.partners.PartnerTier;
import org.concord.shared.ConflictingRequestException;
import org.concord.shared.InvalidInputException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A tier change a monthly assessment proposed for one partner. A channel manager approves or rejects it. Approved, an
 * upgrade applies at once; a downgrade is scheduled after the grace period, and is withdrawn if a later assessment
 * finds the partner back at its tier. Each step the partner hears of raises {@link TierChangeStep}; proposals are told
 * to the channel team together, one notice per person per assessment ({@link TierChangesProposed}).
 */
@Entity
@Table(name = "tier_change")
class TierChange extends AbstractAggregateRoot<TierChange> {

	enum Status {
		PROPOSED, SCHEDULED, APPLIED, REJECTED, WITHDRAWN;

		boolean open() {
			return this == PROPOSED || this == SCHEDULED;
		}
	}

	@Id
	private UUID id;

	@Version
	private long version;

	private UUID partnerId;

	@Enumerated(EnumType.STRING)
	private PartnerTier fromTier;

	@Enumerated(EnumType.STRING)
	private PartnerTier toTier;

	private int score;

	private LocalDate assessedOn;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant proposedAt;

	private UUID decidedBy;

	private Instant decidedAt;

	private LocalDate effectiveOn;

	private String note;

	protected TierChange() {
	}

	private TierChange(UUID partnerId, PartnerTier from, PartnerTier to, int score, LocalDate on, Instant now) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.fromTier = from;
		this.toTier = to;
		this.score = score;
		this.assessedOn = on;
		this.status = Status.PROPOSED;
		this.proposedAt = now;
	}

	static TierChange propose(UUID partnerId, PartnerTier from, PartnerTier to, int score, LocalDate on, Instant now) {
		if (from == to) {
			throw new IllegalArgumentException("A tier change changes the tier");
		}
		return new TierChange(partnerId, from, to, score, on, now);
	}

	boolean upgrade() {
		return toTier.ordinal() > fromTier.ordinal();
	}

	/**
	 * A channel manager approves: an upgrade applies today; a downgrade on the day the grace period ends (today with
	 * none), and the partner is told that day ahead.
	 */
	void approve(UUID by, String note, LocalDate today, int graceMonths, Instant now) {
		requireStatus(Status.PROPOSED, "approved");
		this.decidedBy = by;
		this.decidedAt = now;
		this.note = blankToNull(note);
		this.effectiveOn = upgrade() ? today : today.plusMonths(graceMonths);
		this.status = effectiveOn.isAfter(today) ? Status.SCHEDULED : Status.APPLIED;
		registerEvent(step());
	}

	/** A channel manager rejects the proposal, saying why; the partner keeps its tier. */
	void reject(UUID by, String reason, Instant now) {
		requireStatus(Status.PROPOSED, "rejected");
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Say why the partner keeps its tier.");
		}
		this.decidedBy = by;
		this.decidedAt = now;
		this.note = reason.strip();
		this.status = Status.REJECTED;
	}

	/** A later assessment no longer supports the change (the partner is back at its tier, or eligible for another). */
	void withdraw(String why) {
		if (!status.open()) {
			throw new IllegalStateException("Only an open tier change is withdrawn");
		}
		boolean wasScheduled = status == Status.SCHEDULED;
		this.status = Status.WITHDRAWN;
		this.note = why;
		if (wasScheduled) {
			registerEvent(step());
		}
	}

	/** A scheduled downgrade applies once its day has come. */
	boolean applyIfDue(LocalDate today) {
		if (status != Status.SCHEDULED || today.isBefore(effectiveOn)) {
			return false;
		}
		this.status = Status.APPLIED;
		registerEvent(step());
		return true;
	}

	/** A later assessment still proposes the same change: the proposal shows the newer score. */
	void rescore(int score, LocalDate on) {
		this.score = score;
		this.assessedOn = on;
	}

	private void requireStatus(Status expected, String verb) {
		if (status != expected) {
			throw new ConflictingRequestException("status", "This tier change is " + status.name().toLowerCase()
					+ "; only a proposed one can be " + verb + ".");
		}
	}

	private TierChangeStep step() {
		return new TierChangeStep(id, partnerId, fromTier, toTier, status.name(), score, effectiveOn);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	UUID id() {
		return id;
	}

	UUID partnerId() {
		return partnerId;
	}

	PartnerTier fromTier() {
		return fromTier;
	}

	PartnerTier toTier() {
		return toTier;
	}

	Status status() {
		return status;
	}

	TierChangeView toView(String partnerName) {
		return new TierChangeView(id, partnerId.toString(), partnerName, fromTier.label(), toTier.label(), upgrade(), score,
				assessedOn, status.name(), proposedAt, decidedBy, decidedAt, effectiveOn, note);
	}
}
