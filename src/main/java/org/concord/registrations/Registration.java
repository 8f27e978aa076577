package org.concord.registrations;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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

	@Enumerated(EnumType.STRING)
	private Assignment assignment;

	private UUID assignedPartnerId;

	private UUID assignedRepId;

	private String opportunitySource;

	private UUID providingPartnerId;

	private UUID providingRepId;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	private Instant submittedAt;

	private Instant decisionDueAt;

	private Instant decidedAt;

	private UUID decidedBy;

	@Enumerated(EnumType.STRING)
	private RejectionReason rejectionReason;

	private String decisionNote;

	private Instant protectedFrom;

	private Instant protectedUntil;

	private int warningsSent;

	private Instant renewalRequestedAt;

	private LocalDate contactInitiatedOn;

	private String reviewFlag;

	private Instant returnedAt;

	private boolean lapseWarned;

	private Instant escalatedAt;

	private int renewalsGranted;

	@Enumerated(EnumType.STRING)
	private Stage stageAtProtection;

	private UUID vendorRepId;

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
		this.assignment = form.assignment();
		if (assignment == Assignment.PARTNER_WORKING) {
			this.assignedPartnerId = form.partnerAssignedId();
			this.assignedRepId = form.partnerRepAssignedId();
		}
		this.opportunitySource = form.opportunitySource();
		this.providingPartnerId = form.partnerProvidingId();
		this.providingRepId = form.partnerRepProvidingId();
		this.submittedAt = now;
		if (form.partnerProvidingId() != null) {
			this.partners.add(new RegistrationPartner(form.partnerProvidingId(), form.partnerRepProvidingId(), AttributionRole.SOURCED));
		}
	}

	/** A registration that passed the duplicate check and waits for review. */
	static Registration submitted(PartnerId partner, UserId submitter, String companyName, Opportunity form,
			Duration decisionSla, Instant now) {
		Registration registration = new Registration(partner, submitter, companyName, form, now);
		registration.decisionDueAt = now.plus(decisionSla);
		registration.moveTo(RegistrationStatus.SUBMITTED, submitter.value(), null, now);
		registration.registerEvent(new RegistrationSubmitted(registration.registrationId(), partner, submitter));
		return registration;
	}

	/** A registration for an opportunity already protected by another one: rejected at once, by the system. */
	static Registration duplicate(PartnerId partner, UserId submitter, String companyName, Opportunity form, Instant now) {
		Registration registration = new Registration(partner, submitter, companyName, form, now);
		registration.decisionDueAt = now;
		registration.moveTo(RegistrationStatus.SUBMITTED, submitter.value(), null, now);
		registration.rejectionReason = RejectionReason.ALREADY_REGISTERED;
		registration.decisionNote = "This opportunity is already registered.";
		registration.decidedAt = now;
		registration.moveTo(RegistrationStatus.REJECTED, null, registration.decisionNote, now);
		registration.registerEvent(new RegistrationDecided(registration.registrationId(), partner, submitter,
				RegistrationStatus.REJECTED, registration.decisionNote));
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
		registration.partners.add(new RegistrationPartner(lead.partner().value(), lead.rep().value(), AttributionRole.CO_SELL));
		registration.decisionDueAt = now;
		registration.decidedAt = now;
		registration.moveTo(RegistrationStatus.APPROVED, null, "A lead from the vendor, routed to this partner.", now);
		registration.protect(now, protection);
		registration.logContact(lead.rep(), lead.contactInitiatedOn(), lead.contactType(), lead.contactSummary(), today, now);
		return registration;
	}

	/** The program's average time to close (seed: 111 days): the expected close date of an opportunity from a lead. */
	static final int AVERAGE_DAYS_TO_CLOSE = 111;

	void approve(UserId reviewer, Duration protection, Instant now) {
		requireUnderReview();
		decidedAt = now;
		decidedBy = reviewer == null ? null : reviewer.value();
		protect(now, protection);
		moveTo(RegistrationStatus.APPROVED, decidedBy, reviewer == null ? "Approved automatically: no match found." : null, now);
		registerEvent(new RegistrationDecided(registrationId(), partner(), submitter(), RegistrationStatus.APPROVED, null));
	}

	void reject(UserId reviewer, RejectionReason reason, String note, Instant now) {
		requireUnderReview();
		if (reason == null) {
			throw new InvalidInputException("reason", "Choose the reason for the rejection.");
		}
		if (reason == RejectionReason.OTHER && (note == null || note.isBlank())) {
			throw new InvalidInputException("note", "Say why, when the reason is \"other\".");
		}
		decidedAt = now;
		decidedBy = reviewer.value();
		rejectionReason = reason;
		decisionNote = note == null || note.isBlank() ? reason.label() : note.trim();
		moveTo(RegistrationStatus.REJECTED, decidedBy, decisionNote, now);
		registerEvent(new RegistrationDecided(registrationId(), partner(), submitter(), RegistrationStatus.REJECTED, decisionNote));
	}

	void returnForInformation(UserId reviewer, String question, Instant now) {
		requireStatus(RegistrationStatus.SUBMITTED);
		if (question == null || question.isBlank()) {
			throw new InvalidInputException("note", "Say what information is missing.");
		}
		decisionNote = question.trim();
		returnedAt = now;
		lapseWarned = false;
		moveTo(RegistrationStatus.RETURNED, reviewer.value(), decisionNote, now);
		registerEvent(new RegistrationDecided(registrationId(), partner(), submitter(), RegistrationStatus.RETURNED, decisionNote));
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
		returnedAt = null;
		if (decisionSla != null) {
			decisionDueAt = now.plus(decisionSla);
			escalatedAt = null;
		}
		moveTo(RegistrationStatus.SUBMITTED, partnerUser.value(), information.trim(), now);
		registerEvent(new RegistrationSubmitted(registrationId(), partner(), partnerUser));
	}

	/** A return not answered in time ends: the claim on the company goes, so others may register it. */
	boolean lapseIfDue(Duration lapse, Instant now) {
		if (status != RegistrationStatus.RETURNED || returnedAt == null || now.isBefore(returnedAt.plus(lapse))) {
			return false;
		}
		moveTo(RegistrationStatus.LAPSED, null, "Not answered within " + lapse.toDays() + " days of the return.", now);
		registerEvent(new RegistrationDecided(registrationId(), partner(), submitter(), RegistrationStatus.LAPSED,
				"The channel team's question was not answered within " + lapse.toDays() + " days, so the registration lapsed "
						+ "and the company is open to be registered again."));
		return true;
	}

	/** The partner hears {@link #LAPSE_WARNING} before a return lapses, once. */
	boolean warnOfLapseIfDue(Duration lapse, Instant now) {
		if (status != RegistrationStatus.RETURNED || returnedAt == null || lapseWarned
				|| now.isBefore(returnedAt.plus(lapse).minus(LAPSE_WARNING))) {
			return false;
		}
		lapseWarned = true;
		registerEvent(new RegistrationLapsing(registrationId(), partner(), submitter(), returnedAt.plus(lapse)));
		return true;
	}

	static final Duration LAPSE_WARNING = Duration.ofDays(3);

	/** Still undecided when its SLA ran out: the channel managers are told, once. */
	boolean escalateIfOverdue(Instant now) {
		if (status != RegistrationStatus.SUBMITTED || escalatedAt != null || !now.isAfter(decisionDueAt)) {
			return false;
		}
		escalatedAt = now;
		registerEvent(new RegistrationOverdue(registrationId(), partner(), companyName, decisionDueAt));
		return true;
	}

	void logContact(UserId author, LocalDate contactedOn, ContactType type, String summary, LocalDate today, Instant now) {
		if (!status.isProtecting() || status == RegistrationStatus.WON) {
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

	private void protect(Instant from, Duration protection) {
		protectedFrom = from;
		protectedUntil = from.plus(protection);
		warningsSent = 0;
		renewalRequestedAt = null;
		stageAtProtection = stage;
	}

	boolean isProtectionRunning() {
		return status == RegistrationStatus.APPROVED || status == RegistrationStatus.ACTIVE;
	}

	/**
	 * Sends the warnings that are due: the n-th warning goes out once {@code warningDays[n]} days of the
	 * protection have passed. Returns whether one was sent.
	 */
	boolean warnIfDue(java.util.List<Integer> warningDays, Instant now) {
		if (!isProtectionRunning() || warningsSent >= warningDays.size()) {
			return false;
		}
		int due = 0;
		while (due < warningDays.size() && !now.isBefore(protectedFrom.plus(Duration.ofDays(warningDays.get(due))))) {
			due++;
		}
		if (due <= warningsSent) {
			return false;
		}
		warningsSent = due;
		registerEvent(new RegistrationExpiring(registrationId(), partner(), submitter(), protectedUntil));
		return true;
	}

	/** The protection ran out without a renewal: the opportunity is open again. */
	boolean expireIfDue(Instant now) {
		if (!isProtectionRunning() || now.isBefore(protectedUntil)) {
			return false;
		}
		moveTo(RegistrationStatus.EXPIRED, null, "Protection ended on " + protectedUntil + " without a renewal.", now);
		registerEvent(new RegistrationDecided(registrationId(), partner(), submitter(), RegistrationStatus.EXPIRED,
				"The protection ended and the opportunity is open again."));
		return true;
	}

	/**
	 * The partner asks to keep the opportunity, confirming or updating its stage, expected close date and MRR (seed
	 * 004: renewal with updated deal information). Granted at once when the deal is being worked (the Contact Log has
	 * rows on at least two different days within {@code activity}, or the stage moved forward since the protection
	 * began) and it is the first renewal, or the vendor does not approve later ones itself; otherwise it waits for the
	 * vendor, who may grant it or take over.
	 */
	boolean requestRenewal(UserId partnerUser, RenewalUpdate fresh, Duration protection, Duration activity,
			boolean laterRenewalsNeedVendor, LocalDate today, Instant now) {
		if (!isProtectionRunning()) {
			throw new InvalidInputException("status", "Only an approved or active registration can be renewed.");
		}
		update(fresh, partnerUser, today, now);
		LocalDate recent = today.minusDays(activity.toDays());
		long daysWorked = contactLog.stream().map(ContactLogEntry::contactedOn).filter(day -> !day.isBefore(recent)).distinct()
				.count();
		boolean movedOn = stageAtProtection != null && stage.compareTo(stageAtProtection) > 0;
		boolean worked = daysWorked >= 2 || movedOn;
		if (worked && (renewalsGranted == 0 || !laterRenewalsNeedVendor)) {
			protect(now, protection);
			renewalsGranted++;
			addHistory(status, status, partnerUser.value(), "Renewed until " + protectedUntil + ": "
					+ (movedOn ? "the stage moved forward." : "the Contact Log shows work on " + daysWorked + " days."), now);
			registerEvent(new RegistrationDecided(registrationId(), partner(), submitter(), status,
					"Renewed: protected until " + protectedUntil + "."));
			return true;
		}
		renewalRequestedAt = now;
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
		stage = newStage;
		expectedCloseDate = newClose;
		mrrAmount = newMrr;
	}

	void grantRenewal(UserId reviewer, Duration protection, Instant now) {
		if (renewalRequestedAt == null || !isProtectionRunning()) {
			throw new InvalidInputException("status", "No renewal request is waiting.");
		}
		protect(now, protection);
		renewalsGranted++;
		addHistory(status, status, reviewer.value(), "Renewal granted until " + protectedUntil + ".", now);
		registerEvent(new RegistrationDecided(registrationId(), partner(), submitter(), status,
				"Renewed by the channel team: protected until " + protectedUntil + "."));
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
		assignment = Assignment.ASSIGNED_TO_VENDOR;
		assignedPartnerId = null;
		assignedRepId = null;
		renewalRequestedAt = null;
		addHistory(status, status, reviewer.value(), "Taken over by the vendor's sales team: " + reason.trim(), now);
		registerEvent(new RegistrationDecided(registrationId(), partner(), submitter(), status,
				"Our sales team takes this opportunity over; you keep the credit for providing it. " + reason.trim()));
	}

	boolean isRenewalRequested() {
		return renewalRequestedAt != null;
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
			stage = next;
		}
	}

	/** Closes the opportunity: won (a contract follows) or lost (the opportunity is open again). */
	void close(boolean won, UserId by, String note, Instant now) {
		if (!isProtectionRunning()) {
			throw new InvalidInputException("status", "Only an approved or active opportunity can be closed.");
		}
		if (!won && (note == null || note.isBlank())) {
			throw new InvalidInputException("note", "Say why the opportunity was lost.");
		}
		RegistrationStatus outcome = won ? RegistrationStatus.WON : RegistrationStatus.LOST;
		moveTo(outcome, by.value(), note == null || note.isBlank() ? null : note.trim(), now);
		registerEvent(new RegistrationDecided(registrationId(), partner(), submitter(), outcome, note));
	}

	/** The channel team closes a partner's opportunity, won or lost, and always says why. */
	void closeForPartner(boolean won, UserId by, String reason, Instant now) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("note", "Say why the channel team closes the partner's opportunity.");
		}
		close(won, by, reason, now);
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
		if (assignment != Assignment.PARTNER_WORKING) {
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
		if (assignment != Assignment.ASSIGNED_TO_VENDOR) {
			throw new InvalidInputException("repId", "The partner works this opportunity itself; only a prospect assigned to "
					+ "the vendor gets a vendor sales rep.");
		}
		if (!status.isProtecting() || status == RegistrationStatus.WON) {
			throw new InvalidInputException("status", "This registration is " + status.label().toLowerCase() + ".");
		}
		vendorRepId = rep.value();
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
		return vendorRepId != null && vendorRepId.equals(rep.value());
	}

	/** Rejected as already registered: the registration a partner in line registers again, in one step. */
	boolean isWaitingDuplicate() {
		return status == RegistrationStatus.REJECTED && rejectionReason == RejectionReason.ALREADY_REGISTERED;
	}

	/** The form this registration was submitted with, to register it again; a close date gone by moves ahead. */
	Opportunity asOpportunity(LocalDate today) {
		LocalDate close = expectedCloseDate.isBefore(today) ? today.plusDays(AVERAGE_DAYS_TO_CLOSE) : expectedCloseDate;
		return new Opportunity(contactId, product, mrrAmount, mrrCurrency, close, stage, notes, assignment, assignedPartnerId,
				assignedRepId, opportunitySource, providingPartnerId, providingRepId);
	}

	/** Applies the outcome of a channel conflict to this registration's assignment and credit (a co-sell: split 50/50). */
	void settleConflict(ConflictDecision decision, String reason, Instant now) {
		settleConflict(decision, reason, ChannelConflict.DEFAULT_SPLIT, now);
	}

	/**
	 * Applies the outcome of a channel conflict (seed 004, edge case 3): the partner wins and keeps its sourced credit
	 * in full; direct wins and the partner is credited with influence; co-sell and the partner's credit is its
	 * {@code split} of the deal, the direct team's the rest.
	 */
	void settleConflict(ConflictDecision decision, String reason, BigDecimal split, Instant now) {
		switch (decision) {
			case PARTNER_WINS -> sourcedCreditBecomes(AttributionRole.SOURCED, BigDecimal.ONE);
			case DIRECT_WINS -> {
				assignment = Assignment.ASSIGNED_TO_VENDOR;
				assignedPartnerId = null;
				assignedRepId = null;
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

	/** The vendor invites another partner to work the opportunity together. */
	void invitePartner(UUID partner, UUID rep, AttributionRole role, Instant now) {
		if (role == AttributionRole.SOURCED) {
			throw new InvalidInputException("role", "An opportunity has one sourced partner: its registrant.");
		}
		if (partners.stream().anyMatch(p -> p.isOf(partner))) {
			throw new InvalidInputException("partnerId", "This partner already works on the opportunity.");
		}
		partners.add(new RegistrationPartner(partner, rep, role));
		// the history is the partner's to read: it says that another partner joined, not which one
		addHistory(status, status, null, "The vendor invited another partner to work it together (" + role.label() + ").", now);
	}

	/** Whether the partner works on this opportunity: as its registrant or invited by the vendor. */
	boolean involves(PartnerId partner) {
		return partnerId.equals(partner.value()) || partners.stream().anyMatch(p -> p.isOf(partner.value()));
	}

	Instant submittedAt() {
		return submittedAt;
	}

	/** A note for the reviewer only (never shown to the partner), e.g. a close name match. */
	void flagForReview(String flag) {
		this.reviewFlag = flag;
	}

	boolean isOverdue(Instant now) {
		return status == RegistrationStatus.SUBMITTED && now.isAfter(decisionDueAt);
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

	RegistrationSummary toSummary() {
		return new RegistrationSummary(registrationId(), partner(), companyName, product, Money.of(mrrAmount, mrrCurrency),
				expectedCloseDate, stage, status, submittedAt, decisionDueAt, decidedAt, protectedUntil, contactInitiatedOn,
				renewalRequestedAt != null, assignment);
	}

	RegistrationDetails toDetails() {
		return new RegistrationDetails(toSummary(), contactId, notes, assignment, assignedPartnerId, assignedRepId,
				opportunitySource, providingPartnerId, providingRepId, submittedBy, rejectionReason, decisionNote, reviewFlag,
				history.stream().sorted(Comparator.comparingInt(StatusChange::stepNumber)).map(StatusChange::toView).toList(),
				contactLog.stream().map(ContactLogEntry::toView).toList(),
				partners.stream().map(RegistrationPartner::toView).toList(), vendorRepId,
				dealNotes.stream().map(DealNote::toView).toList());
	}
}
