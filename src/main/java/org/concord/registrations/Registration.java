package org.concord.registrations;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.concord.shared.EngagementKind;
import org.concord.shared.EngagementRecorded;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.NotAllowedException;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An opportunity a partner registered. It guards its own status changes, keeps their history, and raises an
 * event for each one that matters to the partner or the vendor.
 */
@Entity
@Table(name = "registration")
@EntityListeners(RegistrationTally.Listener.class)
class Registration extends AbstractAggregateRoot<Registration> {

	@Id
	private UUID id;

	@Version
	private Long version;

	private UUID partnerId;

	private UUID submittedBy;

	private UUID contactId;

	private String companyName;

	private String product;

	private BigDecimal mrrAmount;

	private String mrrCurrency;

	private LocalDate expectedCloseDate;

	@Enumerated(EnumType.STRING)
	private Stage stage;

	private String notes;

	@Embedded
	private WorkAssignment assignment;

	private String opportunitySource;

	private UUID providingPartnerId;

	private UUID providingRepId;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	private Instant submittedAt;

	@Embedded
	private Decision decision = new Decision();

	@Embedded
	private Protection protection = new Protection();

	private LocalDate contactInitiatedOn;

	/** What the tallies counted this registration under when it was loaded or last written. */
	@Transient
	private RegistrationTally.Counted counted;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "registration_id", nullable = false, updatable = false)
	@OrderBy("stepNumber")
	private List<StatusChange> history = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "registration_id", nullable = false, updatable = false)
	@OrderBy("contactedOn desc, createdAt desc")
	private List<ContactLogEntry> contactLog = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "registration_id", nullable = false, updatable = false)
	private List<RegistrationPartner> partners = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "registration_id", nullable = false, updatable = false)
	@OrderBy("writtenAt")
	private List<DealNote> dealNotes = new ArrayList<>();

	protected Registration() {
	}

	private Registration(PartnerId partner, UserId submitter, String companyName, Opportunity form, Instant now) {
		this.id = UUID.randomUUID();
		this.partnerId = partner.value();
		this.submittedBy = submitter.value();
		this.contactId = form.contactId();
		this.companyName = companyName;
		this.product = form.product();
		Money mrr = Money.of(form.estimatedMrr(), form.currency());
		this.mrrAmount = mrr.amount();
		this.mrrCurrency = mrr.currency().getCurrencyCode();
		this.expectedCloseDate = form.expectedCloseDate();
		this.stage = form.stage();
		this.notes = form.notes().trim();
		this.assignment = new WorkAssignment(form.assignment(), form.partnerAssignedId(), form.partnerRepAssignedId());
		this.opportunitySource = form.opportunitySource();
		this.providingPartnerId = form.partnerProvidingId();
		this.providingRepId = form.partnerRepProvidingId();
		this.submittedAt = now;
		if (form.partnerProvidingId() != null) {
			this.partners.add(attribution(form.partnerProvidingId(), form.partnerRepProvidingId(), AttributionRole.SOURCED));
		}
	}

	/** A registration that passed the duplicate check and waits for review. */
	static Registration submitted(PartnerId partner, UserId submitter, String companyName, Opportunity form,
			Duration decisionSla, Instant now) {
		Registration registration = new Registration(partner, submitter, companyName, form, now);
		registration.decision.dueBy(now.plus(decisionSla));
		registration.moveTo(RegistrationStatus.SUBMITTED, submitter.value(), null, now);
		registration.registerEvent(new RegistrationSubmitted(registration.registrationId(), partner, submitter));
		// a deal registered counts as the person's engagement; a duplicate refused does not, nor does a resubmission
		registration.registerEvent(new EngagementRecorded(submitter, partner, EngagementKind.REGISTRATION, companyName, now));
		return registration;
	}

	/** A registration for an opportunity already protected by another one: rejected at once, by the system. */
	static Registration duplicate(PartnerId partner, UserId submitter, String companyName, Opportunity form, Instant now) {
		Registration registration = new Registration(partner, submitter, companyName, form, now);
		registration.decision.dueBy(now);
		registration.moveTo(RegistrationStatus.SUBMITTED, submitter.value(), null, now);
		String note = "This opportunity is already registered.";
		registration.decision.rejectedFor(RejectionReason.ALREADY_REGISTERED, note);
		registration.decision.made(null, now);
		registration.moveTo(RegistrationStatus.REJECTED, null, note, now);
		registration.registerEvent(new RegistrationOutcome.Rejected(registration.registrationId(), partner, submitter, null,
				RejectionReason.ALREADY_REGISTERED, note));
		return registration;
	}

	/**
	 * A vendor lead the partner started working: approved by the vendor's routing, protected, and active with
	 * its first Contact Log row. The working partner's credit is co-sell: the vendor provided the lead.
	 */
	static Registration fromLead(LeadHandover lead, String companyName, Duration protection, LocalDate today, Instant now) {
		Opportunity form = new Opportunity(lead.contact().value(), lead.product(), lead.estimatedMrr(), lead.currency(),
				lead.contactInitiatedOn().plusDays(AVERAGE_DAYS_TO_CLOSE), Stage.QUALIFIED, lead.notes(),
				Assignment.PARTNER_WORKING, lead.partner().value(), lead.rep().value(), "VENDOR_LEAD", null, null);
		Registration registration = new Registration(lead.partner(), lead.rep(), companyName, form, now);
		registration.partners.add(registration.attribution(lead.partner().value(), lead.rep().value(), AttributionRole.CO_SELL));
		registration.decision.dueBy(now);
		registration.decision.made(null, now);
		registration.moveTo(RegistrationStatus.APPROVED, null, "A lead from the vendor, routed to this partner.", now);
		registration.protection.start(now, protection, registration.stage);
		registration.logContact(lead.rep(), lead.contactInitiatedOn(), lead.contactType(), lead.contactSummary(), today, now);
		return registration;
	}

	/** The program's average time to close (seed: 111 days): the expected close date of an opportunity from a lead. */
	static final int AVERAGE_DAYS_TO_CLOSE = 111;

	/** A reviewer approves: the opportunity is protected from now on. */
	void approve(UserId reviewer, Duration protection, Instant now) {
		approve(reviewer.value(), null, protection, now);
		registerEvent(new RegistrationOutcome.Approved(registrationId(), partner(), submitter(), reviewer,
				this.protection.until()));
	}

	/** No match was found, and the program approves such registrations without a reviewer. */
	void approveAutomatically(Duration protection, Instant now) {
		approve(null, "Approved automatically: no match found.", protection, now);
		registerEvent(new RegistrationOutcome.Approved(registrationId(), partner(), submitter(), null, this.protection.until()));
	}

	private void approve(UUID reviewer, String note, Duration length, Instant now) {
		requireUnderReview();
		decision.made(reviewer, now);
		protection.start(now, length, stage);
		moveTo(RegistrationStatus.APPROVED, reviewer, note, now);
	}

	void reject(UserId reviewer, RejectionReason reason, String note, Instant now) {
		requireUnderReview();
		if (reason == null) {
			throw new InvalidInputException("reason", "Choose the reason for the rejection.");
		}
		if (reason == RejectionReason.OTHER && (note == null || note.isBlank())) {
			throw new InvalidInputException("note", "Say why, when the reason is \"other\".");
		}
		String said = note == null || note.isBlank() ? reason.label() : note.trim();
		decision.made(reviewer.value(), now);
		decision.rejectedFor(reason, said);
		moveTo(RegistrationStatus.REJECTED, reviewer.value(), said, now);
		registerEvent(new RegistrationOutcome.Rejected(registrationId(), partner(), submitter(), reviewer, reason, said));
	}

	void returnForInformation(UserId reviewer, String question, Instant now) {
		requireStatus(RegistrationStatus.SUBMITTED);
		if (question == null || question.isBlank()) {
			throw new InvalidInputException("note", "Say what information is missing.");
		}
		decision.returnedWith(question.trim(), now);
		moveTo(RegistrationStatus.RETURNED, reviewer.value(), question.trim(), now);
		registerEvent(new RegistrationOutcome.Returned(registrationId(), partner(), submitter(), reviewer, question.trim()));
	}

	/** The partner answers a return with more information; the registration goes back to the queue. */
	void resubmit(UserId partnerUser, String information, Instant now) {
		resubmit(partnerUser, information, null, now);
	}

	/** The same; with a decision SLA, the channel team's clock starts again from the answer. */
	void resubmit(UserId partnerUser, String information, Duration decisionSla, Instant now) {
		requireStatus(RegistrationStatus.RETURNED);
		if (information == null || information.isBlank()) {
			throw new InvalidInputException("information", "Add the information the reviewer asked for.");
		}
		notes = notes + "\n\n[" + now + "] " + information.trim();
		decision.answered();
		if (decisionSla != null) {
			decision.dueBy(now.plus(decisionSla));
		}
		moveTo(RegistrationStatus.SUBMITTED, partnerUser.value(), information.trim(), now);
		registerEvent(new RegistrationSubmitted(registrationId(), partner(), partnerUser));
	}

	/** A return not answered in time ends: the claim on the company goes, so others may register it. */
	boolean lapseIfDue(Duration lapse, Instant now) {
		Instant lapsesAt = decision.lapsesAt(lapse);
		if (status != RegistrationStatus.RETURNED || lapsesAt == null || now.isBefore(lapsesAt)) {
			return false;
		}
		moveTo(RegistrationStatus.LAPSED, null, "Not answered within " + lapse.toDays() + " days of the return.", now);
		registerEvent(new RegistrationOutcome.Lapsed(registrationId(), partner(), submitter(), lapse.toDays()));
		return true;
	}

	/** The partner hears {@link #LAPSE_WARNING} before a return lapses, once. */
	boolean warnOfLapseIfDue(Duration lapse, Instant now) {
		Instant lapsesAt = decision.lapsesAt(lapse);
		if (status != RegistrationStatus.RETURNED || lapsesAt == null || decision.isLapseWarned()
				|| now.isBefore(lapsesAt.minus(LAPSE_WARNING))) {
			return false;
		}
		decision.lapseWarned();
		registerEvent(new RegistrationLapsing(registrationId(), partner(), submitter(), lapsesAt));
		return true;
	}

	static final Duration LAPSE_WARNING = Duration.ofDays(3);

	/** Still undecided when its SLA ran out: the channel managers are told, once. */
	boolean escalateIfOverdue(Instant now) {
		if (status != RegistrationStatus.SUBMITTED || !decision.isEscalationDue(now)) {
			return false;
		}
		decision.escalated(now);
		registerEvent(new RegistrationOverdue(registrationId(), partner(), companyName, decision.dueAt()));
		return true;
	}

	void logContact(UserId author, LocalDate contactedOn, ContactType type, String summary, LocalDate today, Instant now) {
		if (!isOpen()) {
			throw new InvalidInputException("summary", "This registration is " + status.label().toLowerCase() + ".");
		}
		if (contactedOn == null || contactedOn.isAfter(today)) {
			throw new InvalidInputException("contactedOn", "Enter the date of the contact, not in the future.");
		}
		if (type == null) {
			throw new InvalidInputException("type", "Choose the type of contact.");
		}
		if (summary == null || summary.isBlank() || summary.length() > 2000) {
			throw new InvalidInputException("summary", "Summarise the contact in up to 2,000 characters.");
		}
		contactLog.add(new ContactLogEntry(author.value(), contactedOn, type, summary.trim(), now));
		if (contactInitiatedOn == null || contactedOn.isBefore(contactInitiatedOn)) {
			contactInitiatedOn = contactedOn;
		}
		if (status == RegistrationStatus.APPROVED) {
			moveTo(RegistrationStatus.ACTIVE, author.value(), "Contact initiated on " + contactInitiatedOn, now);
		}
	}

	boolean isProtectionRunning() {
		return status == RegistrationStatus.APPROVED || status == RegistrationStatus.ACTIVE;
	}

	/** Still holding the opportunity and not yet won: under review, returned, approved or active. */
	private boolean isOpen() {
		return status.isProtecting() && status != RegistrationStatus.WON;
	}

	/**
	 * Sends the warnings that are due: the n-th warning goes out once {@code warningDays[n]} days of the
	 * protection have passed. Returns whether one was sent.
	 */
	boolean warnIfDue(List<Integer> warningDays, Instant now) {
		if (!isProtectionRunning()) {
			return false;
		}
		int due = protection.warningsDue(warningDays, now);
		if (due < 0) {
			return false;
		}
		protection.warned(due);
		registerEvent(new RegistrationExpiring(registrationId(), partner(), submitter(), protection.until()));
		return true;
	}

	/** The protection ran out without a renewal: the opportunity is open again. */
	boolean expireIfDue(Instant now) {
		if (!isProtectionRunning() || !protection.hasEndedBy(now)) {
			return false;
		}
		moveTo(RegistrationStatus.EXPIRED, null, "Protection ended on " + protection.until() + " without a renewal.", now);
		registerEvent(new RegistrationOutcome.Expired(registrationId(), partner(), submitter(), protection.until()));
		return true;
	}

	/**
	 * The partner asks to keep the opportunity, confirming or updating its stage, expected close date and MRR (seed
	 * 004: renewal with updated deal information). Granted at once when the deal is being worked (the Contact Log has
	 * rows on at least two different days within {@code activity}, or the stage moved forward since the protection
	 * began) and it is the first renewal, or the vendor does not approve later ones itself; otherwise it waits for the
	 * vendor, who may grant it or take over.
	 */
	boolean requestRenewal(UserId partnerUser, RenewalUpdate fresh, Duration length, Duration activity,
			boolean laterRenewalsNeedVendor, LocalDate today, Instant now) {
		if (!isProtectionRunning()) {
			throw new InvalidInputException("status", "Only an approved or active registration can be renewed.");
		}
		update(fresh, partnerUser, today, now);
		LocalDate recent = today.minusDays(activity.toDays());
		long daysWorked = contactLog.stream().map(ContactLogEntry::contactedOn).filter(day -> !day.isBefore(recent)).distinct()
				.count();
		boolean movedOn = protection.stageMovedOn(stage);
		boolean worked = daysWorked >= 2 || movedOn;
		if (worked && (protection.isFirstRenewal() || !laterRenewalsNeedVendor)) {
			protection.renew(now, length, stage);
			addHistory(status, status, partnerUser.value(), "Renewed until " + protection.until() + ": "
					+ (movedOn ? "the stage moved forward." : "the Contact Log shows work on " + daysWorked + " days."), now);
			registerEvent(new RegistrationOutcome.Renewed(registrationId(), partner(), submitter(), null, protection.until()));
			return true;
		}
		protection.renewalRequested(now);
		addHistory(status, status, partnerUser.value(), worked ? "Renewal requested; the vendor approves renewals after the first."
				: "Renewal requested; the Contact Log shows no work on two days in the last " + activity.toDays()
						+ " days and the stage has not moved.", now);
		registerEvent(new RenewalRequested(registrationId(), partner(), companyName));
		return false;
	}

	/** What a renewal request confirms or changes: stage, expected close date, MRR (null keeps the current value). */
	private void update(RenewalUpdate fresh, UserId by, LocalDate today, Instant now) {
		if (fresh == null) {
			return;
		}
		if (fresh.expectedCloseDate() != null && fresh.expectedCloseDate().isBefore(today)) {
			throw new InvalidInputException("expectedCloseDate", "The expected close date cannot be in the past.");
		}
		if (fresh.estimatedMrr() != null && fresh.estimatedMrr().signum() <= 0) {
			throw new InvalidInputException("estimatedMrr", "Enter the MRR, more than zero.");
		}
		Stage newStage = fresh.stage() == null ? stage : fresh.stage();
		LocalDate newClose = fresh.expectedCloseDate() == null ? expectedCloseDate : fresh.expectedCloseDate();
		BigDecimal newMrr = fresh.estimatedMrr() == null ? mrrAmount : Money.of(fresh.estimatedMrr(), mrrCurrency).amount();
		addHistory(status, status, by.value(), "Renewal information: stage " + newStage.label() + ", expected close " + newClose
				+ ", MRR " + Money.of(newMrr, mrrCurrency) + ".", now);
		moveTo(newStage, newClose);
		mrrAmount = newMrr;
	}

	void grantRenewal(UserId reviewer, Duration length, Instant now) {
		if (!protection.isRenewalRequested() || !isProtectionRunning()) {
			throw new InvalidInputException("status", "No renewal request is waiting.");
		}
		protection.renew(now, length, stage);
		addHistory(status, status, reviewer.value(), "Renewal granted until " + protection.until() + ".", now);
		registerEvent(new RegistrationOutcome.Renewed(registrationId(), partner(), submitter(), reviewer, protection.until()));
	}

	/**
	 * The vendor takes over an opportunity that is not being worked, saying why; the partner keeps its sourced
	 * credit, and from now on the vendor's sales team moves and closes it.
	 */
	void takeOver(UserId reviewer, String reason, Instant now) {
		if (!isProtectionRunning()) {
			throw new InvalidInputException("status", "Only an approved or active registration can be taken over.");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Say why the vendor takes this opportunity over.");
		}
		assignment.toVendor();
		protection.withdrawRenewalRequest();
		addHistory(status, status, reviewer.value(), "Taken over by the vendor's sales team: " + reason.trim(), now);
		registerEvent(new RegistrationOutcome.TakenOver(registrationId(), partner(), submitter(), reviewer, reason.trim()));
	}

	boolean isRenewalRequested() {
		return protection.isRenewalRequested();
	}

	/** The sale moved on: a new stage of the pipeline. */
	void changeStage(Stage next, UserId by, Instant now) {
		changeStage(next, by, false, now);
	}

	/** The same; a stage the vendor set is told to the partner. */
	void changeStage(Stage next, UserId by, boolean byVendor, Instant now) {
		if (!isProtectionRunning()) {
			throw new InvalidInputException("stage", "Only an approved or active opportunity moves through the pipeline.");
		}
		if (next == null) {
			throw new InvalidInputException("stage", "Choose the stage.");
		}
		if (next != stage) {
			addHistory(status, status, by.value(), "Stage " + stage.label() + " -> " + next.label(), now);
			registerEvent(new StageChanged(registrationId(), partner(), submitter(), companyName, stage, next, byVendor));
			moveTo(next, expectedCloseDate);
		}
	}

	/** Won: a contract follows. */
	void markWon(UserId by, String note, Instant now) {
		requireProtectionRunning();
		String said = note == null || note.isBlank() ? null : note.trim();
		moveTo(RegistrationStatus.WON, by.value(), said, now);
		registerEvent(new EngagementRecorded(submitter(), partner(), EngagementKind.WON, companyName, now));
		registerEvent(new RegistrationOutcome.Won(registrationId(), partner(), submitter(), by, said));
	}

	/** Lost, always with the reason: the opportunity is open again. */
	void markLost(UserId by, String reason, Instant now) {
		requireProtectionRunning();
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("note", "Say why the opportunity was lost.");
		}
		moveTo(RegistrationStatus.LOST, by.value(), reason.trim(), now);
		registerEvent(new RegistrationOutcome.Lost(registrationId(), partner(), submitter(), by, reason.trim()));
	}

	/** The channel team closes a partner's opportunity as won, and always says why. */
	void markWonByChannelTeam(UserId by, String reason, Instant now) {
		requireChannelTeamReason(reason);
		markWon(by, reason, now);
	}

	/** The channel team closes a partner's opportunity as lost, and always says why. */
	void markLostByChannelTeam(UserId by, String reason, Instant now) {
		requireChannelTeamReason(reason);
		markLost(by, reason, now);
	}

	private static void requireChannelTeamReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("note", "Say why the channel team closes the partner's opportunity.");
		}
	}

	private void requireProtectionRunning() {
		if (!isProtectionRunning()) {
			throw new InvalidInputException("status", "Only an approved or active opportunity can be closed.");
		}
	}

	/**
	 * Only the registering partner's own people act on its registration (stage, closing, renewal, resubmission); a
	 * partner the vendor invited sees the opportunity and adds its own Contact Log rows and assistance requests.
	 */
	void requireRegistrant(PartnerId partner, String action) {
		if (!isRegisteredBy(partner)) {
			throw new NotAllowedException("Only the registering partner's people " + action + ".");
		}
	}

	/** A partner moves and closes only the opportunities it works itself, not ones the vendor's sales team works. */
	void requireWorkedByPartner() {
		if (!assignment.isPartnerWorking()) {
			throw new NotAllowedException("The vendor's sales team works this opportunity: it moves its stage and closes it.");
		}
	}

	boolean isRegisteredBy(PartnerId partner) {
		return partnerId.equals(partner.value());
	}

	/**
	 * "We'll assign this": the channel team gives a prospect the partner assigned to the vendor, or one the vendor took
	 * over, to a vendor sales rep, who finds it in their queue. Its sourced partner earns referral commission.
	 */
	void assignVendorRep(UserId rep, UserId by, Instant now) {
		if (assignment.isPartnerWorking()) {
			throw new InvalidInputException("repId", "The partner works this opportunity itself; only a prospect assigned to "
					+ "the vendor gets a vendor sales rep.");
		}
		if (!isOpen()) {
			throw new InvalidInputException("status", "This registration is " + status.label().toLowerCase() + ".");
		}
		assignment.toVendorRep(rep.value());
		addHistory(status, status, by.value(), "Assigned to a vendor sales rep.", now);
	}

	/** A note on the deal after its submission: competition, insights; kept with who wrote it and when. */
	void addNote(UserId author, String text, Instant now) {
		if (text == null || text.isBlank() || text.length() > 4000) {
			throw new InvalidInputException("text", "Write the note in up to 4,000 characters.");
		}
		if (status == RegistrationStatus.REJECTED || status == RegistrationStatus.LAPSED) {
			throw new InvalidInputException("text", "This registration is " + status.label().toLowerCase() + ".");
		}
		dealNotes.add(new DealNote(author.value(), text.trim(), now));
	}

	/** Whether this vendor sales rep works the opportunity ("We'll assign this"). */
	boolean isWorkedByVendorRep(UserId rep) {
		return assignment.isWorkedByVendorRep(rep.value());
	}

	/** Rejected as already registered: the registration a partner in line registers again, in one step. */
	boolean isWaitingDuplicate() {
		return status == RegistrationStatus.REJECTED && decision.rejectionReason() == RejectionReason.ALREADY_REGISTERED;
	}

	/** The form this registration was submitted with, to register it again; a close date gone by moves ahead. */
	Opportunity asOpportunity(LocalDate today) {
		LocalDate close = expectedCloseDate.isBefore(today) ? today.plusDays(AVERAGE_DAYS_TO_CLOSE) : expectedCloseDate;
		return new Opportunity(contactId, product, mrrAmount, mrrCurrency, close, stage, notes, assignment.mode(),
				assignment.partnerId(), assignment.repId(), opportunitySource, providingPartnerId, providingRepId);
	}

	/** Applies the outcome of a channel conflict to this registration's assignment and credit (a co-sell: split 50/50). */
	void settleConflict(ConflictDecision decision, String reason, Instant now) {
		settleConflict(decision, reason, ChannelConflict.DEFAULT_SPLIT, now);
	}

	/**
	 * Applies the outcome of a channel conflict (seed 004, edge case 3): the partner wins and keeps its sourced credit
	 * in full; direct wins and the partner is credited with influence; co-sell and the partner's credit is its
	 * {@code split} of the deal, the direct team's the rest. A registration that no longer holds its opportunity
	 * (rejected, lost, expired, lapsed) has nothing to settle.
	 */
	void settleConflict(ConflictDecision decision, String reason, BigDecimal split, Instant now) {
		if (!status.isProtecting()) {
			throw new InvalidInputException("decision", "The registration is " + status.label().toLowerCase()
					+ ": it holds no opportunity to settle a conflict over.");
		}
		switch (decision) {
			case PARTNER_WINS -> sourcedCreditBecomes(AttributionRole.SOURCED, BigDecimal.ONE);
			case DIRECT_WINS -> {
				assignment.toVendor();
				sourcedCreditBecomes(AttributionRole.INFLUENCED, BigDecimal.ONE);
			}
			case CO_SELL -> sourcedCreditBecomes(AttributionRole.CO_SELL, split);
		}
		addHistory(status, status, null, "Channel conflict: " + decision.label() + (decision == ConflictDecision.CO_SELL
				? " (the partner's share " + split.movePointRight(2).stripTrailingZeros().toPlainString() + "%)" : "") + ". " + reason, now);
	}

	private void sourcedCreditBecomes(AttributionRole role, BigDecimal share) {
		partners.stream().filter(p -> p.isOf(providingPartnerId)).forEach(p -> p.changeRole(role, share));
	}

	/** The stage and close date, with the copies its partners' rows keep for their lists. */
	private void moveTo(Stage newStage, LocalDate newClose) {
		stage = newStage;
		expectedCloseDate = newClose;
		partners.forEach(p -> p.follow(newStage, newClose));
	}

	/** A partner's part in this registration; one that is not the registrant's is an invitation. */
	private RegistrationPartner attribution(UUID partner, UUID rep, AttributionRole role) {
		return new RegistrationPartner(partner, rep, role, !partner.equals(partnerId), submittedAt, stage, expectedCloseDate);
	}

	/** The vendor invites another partner to work an open opportunity together. */
	void invitePartner(UUID partner, UUID rep, AttributionRole role, Instant now) {
		if (!isOpen()) {
			throw new InvalidInputException("status", "This registration is " + status.label().toLowerCase()
					+ ": no partner can be invited to work it.");
		}
		if (role == AttributionRole.SOURCED) {
			throw new InvalidInputException("role", "An opportunity has one sourced partner: its registrant.");
		}
		if (partners.stream().anyMatch(p -> p.isOf(partner))) {
			throw new InvalidInputException("partnerId", "This partner already works on the opportunity.");
		}
		partners.add(attribution(partner, rep, role));
		// the history is the partner's to read: it says that another partner joined, not which one
		addHistory(status, status, null, "The vendor invited another partner to work it together (" + role.label() + ").", now);
	}

	/** Whether the partner works on this opportunity: as its registrant or invited by the vendor. */
	/** What this registration counts under in the registration tally and, once a person decided it, the SLA's. */
	RegistrationTally.Counted countedNow() {
		boolean decidedByAPerson = decision.decidedBy() != null && decision.decidedAt() != null;
		return new RegistrationTally.Counted(new RegistrationTally.Key(partnerId, status, stage, mrrCurrency, mrrAmount),
				decidedByAPerson ? DecisionTally.Key.of(submittedAt, decision.dueAt(), decision.decidedAt()) : null);
	}

	RegistrationTally.Counted counted() {
		return counted;
	}

	void counted(RegistrationTally.Counted now) {
		counted = now;
	}

	/** The partner's part in this registration, if the vendor attributed one to it. */
	Optional<AttributionRole> roleOf(PartnerId partner) {
		return partners.stream().filter(p -> p.isOf(partner.value())).map(p -> p.toView().role()).findFirst();
	}

	boolean involves(PartnerId partner) {
		return partnerId.equals(partner.value()) || partners.stream().anyMatch(p -> p.isOf(partner.value()));
	}

	Instant submittedAt() {
		return submittedAt;
	}

	/** A note for the reviewer only (never shown to the partner), e.g. a close name match. */
	void flagForReview(String flag) {
		decision.flagForReview(flag);
	}

	private void requireUnderReview() {
		requireStatus(RegistrationStatus.SUBMITTED);
	}

	private void requireStatus(RegistrationStatus expected) {
		if (status != expected) {
			throw new InvalidInputException("status", "This registration is " + status.label().toLowerCase()
					+ "; it can no longer be changed this way.");
		}
	}

	private void moveTo(RegistrationStatus next, UUID by, String note, Instant now) {
		addHistory(status, next, by, note, now);
		status = next;
	}

	/** Appends to the status history, numbered: changes of one moment keep the order they were made in. */
	private void addHistory(RegistrationStatus from, RegistrationStatus to, UUID by, String note, Instant at) {
		history.add(new StatusChange(history.size() + 1, from, to, by, note, at));
	}

	RegistrationId registrationId() {
		return new RegistrationId(id);
	}

	PartnerId partner() {
		return new PartnerId(partnerId);
	}

	UserId submitter() {
		return new UserId(submittedBy);
	}

	RegistrationStatus status() {
		return status;
	}

	String product() {
		return product;
	}

	String companyName() {
		return companyName;
	}

	/** The vendor sales rep who works it, if the channel team assigned one. */
	UUID vendorRepId() {
		return assignment.vendorRepId();
	}

	/** The events raised since the last save, which the next save publishes. */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	RegistrationSummary toSummary() {
		return new RegistrationSummary(registrationId(), partner(), companyName, product, Money.of(mrrAmount, mrrCurrency),
				expectedCloseDate, stage, status, submittedAt, decision.dueAt(), decision.decidedAt(), protection.until(),
				contactInitiatedOn, protection.isRenewalRequested(), assignment.mode());
	}

	RegistrationDetails toDetails() {
		return new RegistrationDetails(toSummary(), contactId, notes, assignment.mode(), assignment.partnerId(),
				assignment.repId(), opportunitySource, providingPartnerId, providingRepId, submittedBy, decision.rejectionReason(),
				decision.note(), decision.reviewFlag(),
				history.stream().sorted(Comparator.comparingInt(StatusChange::stepNumber)).map(StatusChange::toView).toList(),
				contactLog.stream().map(ContactLogEntry::toView).toList(),
				partners.stream().map(RegistrationPartner::toView).toList(), assignment.vendorRepId(),
				dealNotes.stream().map(DealNote::toView).toList());
	}
}
