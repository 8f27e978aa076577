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
		moveTo(RegistrationStatus.RETURNED, reviewer.value(), decisionNote, now);
		registerEvent(new RegistrationDecided(registrationId(), partner(), submitter(), RegistrationStatus.RETURNED, decisionNote));
	}

	/** The partner answers a return with more information; the registration goes back to the queue. */
	void resubmit(UserId partnerUser, String information, Instant now) {
		requireStatus(RegistrationStatus.RETURNED);
		if (information == null || information.isBlank()) {
			throw new InvalidInputException("information", "Add the information the reviewer asked for.");
		}
		notes = notes + "\n\n[" + now + "] " + information.trim();
		moveTo(RegistrationStatus.SUBMITTED, partnerUser.value(), information.trim(), now);
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
	 * The partner asks to keep the opportunity. Granted at once when the Contact Log shows it is being worked
	 * (an entry within {@code activity}); otherwise it waits for the vendor, who may grant it or take over.
	 */
	boolean requestRenewal(UserId partnerUser, Duration protection, Duration activity, LocalDate today, Instant now) {
		if (!isProtectionRunning()) {
			throw new InvalidInputException("status", "Only an approved or active registration can be renewed.");
		}
		LocalDate recent = today.minusDays(activity.toDays());
		boolean worked = contactLog.stream().anyMatch(entry -> !entry.contactedOn().isBefore(recent));
		if (worked) {
			protect(now, protection);
			addHistory(status, status, partnerUser.value(), "Renewed until " + protectedUntil
					+ ": the Contact Log shows recent work.", now);
			registerEvent(new RegistrationDecided(registrationId(), partner(), submitter(), status,
					"Renewed: protected until " + protectedUntil + "."));
			return true;
		}
		renewalRequestedAt = now;
		addHistory(status, status, partnerUser.value(),
				"Renewal requested; the Contact Log shows no contact in the last " + activity.toDays() + " days.", now);
		return false;
	}

	void grantRenewal(UserId reviewer, Duration protection, Instant now) {
		if (renewalRequestedAt == null || !isProtectionRunning()) {
			throw new InvalidInputException("status", "No renewal request is waiting.");
		}
		protect(now, protection);
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
		if (!isProtectionRunning()) {
			throw new InvalidInputException("stage", "Only an approved or active opportunity moves through the pipeline.");
		}
		if (next == null) {
			throw new InvalidInputException("stage", "Choose the stage.");
		}
		if (next != stage) {
			addHistory(status, status, by.value(), "Stage " + stage.label() + " -> " + next.label(), now);
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

	/** Applies the outcome of a channel conflict to this registration's assignment and credit. */
	void settleConflict(ConflictDecision decision, String reason, Instant now) {
		switch (decision) {
			case PARTNER_WINS -> {
			}
			case DIRECT_WINS -> {
				assignment = Assignment.ASSIGNED_TO_VENDOR;
				assignedPartnerId = null;
				assignedRepId = null;
				sourcedCreditBecomes(AttributionRole.INFLUENCED);
			}
			case CO_SELL -> sourcedCreditBecomes(AttributionRole.CO_SELL);
		}
		addHistory(status, status, null, "Channel conflict: " + decision + ". " + reason, now);
	}

	private void sourcedCreditBecomes(AttributionRole role) {
		partners.stream().filter(p -> p.isOf(providingPartnerId)).forEach(p -> p.changeRole(role));
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
				renewalRequestedAt != null);
	}

	RegistrationDetails toDetails() {
		return new RegistrationDetails(toSummary(), contactId, notes, assignment, assignedPartnerId, assignedRepId,
				opportunitySource, providingPartnerId, providingRepId, submittedBy, rejectionReason, decisionNote, reviewFlag,
				history.stream().sorted(Comparator.comparingInt(StatusChange::stepNumber)).map(StatusChange::toView).toList(),
				contactLog.stream().map(ContactLogEntry::toView).toList(),
				partners.stream().map(RegistrationPartner::toView).toList());
	}
}
