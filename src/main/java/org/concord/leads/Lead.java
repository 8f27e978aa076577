package org.concord.leads;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.concord.customers.ConsentType;
import org.concord.customers.ImpliedConsentBasis;
import org.concord.customers.NewContact;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A qualified lead the vendor routes to partners. It holds at most one open offer at a time, with the deadline
 * by which the partner must make contact; it keeps every offer and a routing history, and raises an event for
 * each step a partner or the channel team must hear of. The version makes a reassignment happen once, however
 * many nodes try at the same moment.
 */
@Entity
@Table(name = "lead")
class Lead extends AbstractAggregateRoot<Lead> {

	@Id
	private UUID id;

	@Version
	private Long version;

	@Enumerated(EnumType.STRING)
	private LeadStatus status;

	private String firstName;

	private String lastName;

	private String email;

	private String phone;

	private String companyName;

	private String website;

	private String street;

	private String city;

	private String region;

	private String postalCode;

	private String country;

	private Double latitude;

	private Double longitude;

	@Enumerated(EnumType.STRING)
	private ConsentType consentType;

	@Enumerated(EnumType.STRING)
	private ImpliedConsentBasis consentBasis;

	private LocalDate consentBasisDate;

	private String consentObtainedHow;

	private LocalDate consentObtainedOn;

	private String consentObtainedBy;

	private String product;

	private String industry;

	private String certification;

	private BigDecimal mrrAmount;

	private String mrrCurrency;

	private String notes;

	private UUID createdBy;

	private Instant createdAt;

	private UUID partnerId;

	private Instant offeredAt;

	private Instant acceptedAt;

	private Instant contactDueAt;

	private Instant remindAt;

	private Instant remindedAt;

	private UUID registrationId;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "lead_id", nullable = false, updatable = false)
	private List<LeadOffer> offers = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "lead_id", nullable = false, updatable = false)
	private List<LeadRoutingStep> history = new ArrayList<>();

	protected Lead() {
	}

	Lead(NewLead lead, UserId createdBy, Instant now) {
		NewContact c = lead.contact();
		this.id = UUID.randomUUID();
		this.firstName = c.firstName().trim();
		this.lastName = c.lastName().trim();
		this.email = c.email().trim().toLowerCase(Locale.ROOT);
		this.phone = c.phone().trim();
		this.companyName = c.companyName().trim();
		this.website = c.website().trim();
		this.street = c.street().trim();
		this.city = c.city().trim();
		this.region = c.region().trim();
		this.postalCode = blankToNull(c.postalCode());
		this.country = c.country();
		this.consentType = c.consentType();
		this.consentBasis = c.consentBasis();
		this.consentBasisDate = c.consentBasisDate();
		this.consentObtainedHow = c.consentObtainedHow().trim();
		this.consentObtainedOn = c.consentObtainedOn();
		this.consentObtainedBy = c.consentObtainedBy().trim();
		this.latitude = lead.latitude();
		this.longitude = lead.longitude();
		this.product = lead.product();
		this.industry = code(lead.industry());
		this.certification = code(lead.certification());
		Money mrr = Money.of(lead.estimatedMrr(), lead.currency());
		this.mrrAmount = mrr.amount();
		this.mrrCurrency = mrr.currency().getCurrencyCode();
		this.notes = lead.notes().trim();
		this.createdBy = createdBy.value();
		this.createdAt = now;
		this.status = LeadStatus.WITH_CHANNEL_MANAGER;
		step(RoutingAction.CREATED, null, createdBy.value(), null, now);
	}

	/** Offers the lead to a partner, which must make contact by {@code dueAt}; by routing, or by hand. */
	void offer(PartnerId partner, UserId byHand, String why, Instant dueAt, Instant remindAt, Instant now) {
		requireRoutable();
		if (pendingOffer() != null) {
			throw new InvalidInputException("partnerId", "The lead is offered to a partner already; take it back first.");
		}
		offers.add(new LeadOffer(partner, byHand == null ? null : byHand.value(), now, dueAt));
		status = LeadStatus.OFFERED;
		partnerId = partner.value();
		offeredAt = now;
		acceptedAt = null;
		contactDueAt = dueAt;
		this.remindAt = remindAt;
		remindedAt = null;
		step(byHand == null ? RoutingAction.OFFERED : RoutingAction.ASSIGNED_BY_HAND, partner.value(),
				byHand == null ? null : byHand.value(), why + " Contact due by " + dueAt + ".", now);
		registerEvent(new LeadOffered(leadId(), partner, dueAt, byHand != null));
	}

	/** Nobody to offer it to, or the settings want a person to decide: a channel manager assigns it. */
	void toChannelManager(String reason, Instant now) {
		requireRoutable();
		clearOffer();
		status = LeadStatus.WITH_CHANNEL_MANAGER;
		step(RoutingAction.TO_CHANNEL_MANAGER, null, null, reason, now);
		registerEvent(new LeadNeedsChannelManager(leadId(), reason));
	}

	void accept(PartnerId partner, UserId by, Instant now) {
		LeadOffer offer = pendingOfferOf(partner);
		if (acceptedAt == null) {
			acceptedAt = now;
			step(RoutingAction.ACCEPTED, offer.partner().value(), by.value(), null, now);
		}
	}

	/** The partner declines at once, with a reason; routing offers it to the next partner straight away. */
	void decline(PartnerId partner, UserId by, String reason, Instant now) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Say why you decline, so we can route better next time.");
		}
		LeadOffer offer = pendingOfferOf(partner);
		offer.end(OfferOutcome.DECLINED, reason.trim(), now);
		clearOffer();
		step(RoutingAction.DECLINED, partner.value(), by.value(), reason.trim(), now);
	}

	/** Sends the reminder once, when its time has come and contact is still not made. */
	boolean remindIfDue(Instant now) {
		if (status != LeadStatus.OFFERED || remindedAt != null || remindAt == null || now.isBefore(remindAt)) {
			return false;
		}
		remindedAt = now;
		step(RoutingAction.REMINDED, partnerId, null, "Contact due by " + contactDueAt + ".", now);
		registerEvent(new LeadContactDueSoon(leadId(), new PartnerId(partnerId), contactDueAt));
		return true;
	}

	/** The deadline passed without contact: the lead is taken back from the partner, who is told why. */
	boolean takeBackIfOverdue(int workingDays, Instant now) {
		if (status != LeadStatus.OFFERED || now.isBefore(contactDueAt)) {
			return false;
		}
		PartnerId partner = new PartnerId(partnerId);
		String reason = "No contact was recorded within " + workingDays + " working day" + (workingDays == 1 ? "" : "s")
				+ " of the offer (due by " + contactDueAt + ").";
		pendingOffer().end(OfferOutcome.TIMED_OUT, reason, now);
		clearOffer();
		step(RoutingAction.TAKEN_BACK, partner.value(), null, reason, now);
		registerEvent(new LeadTakenBack(leadId(), partner, reason));
		return true;
	}

	/** The channel team moves an offered lead elsewhere by hand; the partner is told. */
	void withdrawOffer(UserId by, Instant now) {
		LeadOffer offer = pendingOffer();
		if (offer == null) {
			return;
		}
		String reason = "The channel team assigned this lead to another partner.";
		offer.end(OfferOutcome.WITHDRAWN, reason, now);
		clearOffer();
		step(RoutingAction.WITHDRAWN, offer.partner().value(), by.value(), reason, now);
		registerEvent(new LeadTakenBack(leadId(), offer.partner(), reason));
	}

	/**
	 * The one step of the contact rule: the partner checked off the action, made contact on a date, and wrote
	 * the first Contact Log row; the lead is now an active opportunity.
	 */
	/**
	 * The contact rule's step is complete and in time: the lead is still offered to this partner, its deadline has not
	 * passed, the action is checked off, contact was made neither in the future nor before the offer, with its type and
	 * a Contact Log row.
	 */
	void requireContactStep(PartnerId partner, ContactInitiation step, ZoneId zone, Instant now) {
		if (!isOfferedTo(partner)) {
			throw new InvalidInputException("status", "This lead is not offered to your company any more.");
		}
		if (!now.isBefore(contactDueAt)) {
			throw new InvalidInputException("contactInitiatedOn", "The deadline to make contact has passed; the lead goes back to the vendor.");
		}
		if (!step.actionChecked()) {
			throw new InvalidInputException("actionChecked", "Check off the action to confirm you made contact.");
		}
		LocalDate today = LocalDate.ofInstant(now, zone);
		if (step.contactInitiatedOn() == null || step.contactInitiatedOn().isAfter(today)) {
			throw new InvalidInputException("contactInitiatedOn", "Enter the date you made contact, not in the future.");
		}
		if (step.contactInitiatedOn().isBefore(offeredAt.atZone(zone).toLocalDate())) {
			throw new InvalidInputException("contactInitiatedOn", "Contact cannot come before you received the lead.");
		}
		if (step.contactType() == null) {
			throw new InvalidInputException("contactType", "Choose how you made contact.");
		}
		if (step.summary() == null || step.summary().isBlank() || step.summary().length() > 2000) {
			throw new InvalidInputException("summary", "Write the Contact Log row: what happened, in up to 2,000 characters.");
		}
	}

	void contactInitiated(PartnerId partner, UserId by, UUID registration, LocalDate contactedOn, Instant now) {
		LeadOffer offer = pendingOfferOf(partner);
		offer.end(OfferOutcome.CONTACTED, "Contact initiated on " + contactedOn + ".", now);
		status = LeadStatus.WORKING;
		registrationId = registration;
		contactDueAt = null;
		remindAt = null;
		step(RoutingAction.CONTACT_INITIATED, partner.value(), by.value(), "Contact initiated on " + contactedOn
				+ "; the lead is now an active opportunity.", now);
	}

	/** The opportunity it became was won, lost or expired: the lead no longer counts as open. */
	void close(String note, Instant now) {
		if (status == LeadStatus.WORKING) {
			status = LeadStatus.CLOSED;
			step(RoutingAction.CLOSED, partnerId, null, note, now);
		}
	}

	/** Partners who declined this lead, let it time out, or had it moved: never offered it again. */
	Set<PartnerId> passedOn() {
		return offers.stream().filter(o -> o.outcome().passedOn()).map(LeadOffer::partner).collect(Collectors.toSet());
	}

	LeadProfile profile() {
		return new LeadProfile(country, region, postalCode, latitude, longitude, product, industry, certification, passedOn());
	}

	NewContact contactDetails() {
		return new NewContact(firstName, lastName, email, phone, companyName, website, street, city, region, postalCode,
				country, consentType, consentBasis, consentBasisDate, consentObtainedHow, consentObtainedOn, consentObtainedBy);
	}

	boolean isOfferedTo(PartnerId partner) {
		return status == LeadStatus.OFFERED && partner.value().equals(partnerId);
	}

	/** Whether the partner may see the lead: while it is offered to them, and once they work it. */
	boolean isVisibleTo(PartnerId partner) {
		return partner.value().equals(partnerId) && status != LeadStatus.WITH_CHANNEL_MANAGER;
	}

	LeadStatus status() {
		return status;
	}

	LeadId leadId() {
		return new LeadId(id);
	}

	String product() {
		return product;
	}

	String companyName() {
		return companyName;
	}

	Money estimatedMrr() {
		return Money.of(mrrAmount, mrrCurrency);
	}

	String notes() {
		return notes;
	}

	LeadSummary toSummary() {
		return new LeadSummary(leadId(), companyName, city, region, product, industry, estimatedMrr(), status,
				partnerId == null ? null : new PartnerId(partnerId), offeredAt, contactDueAt, acceptedAt != null, createdAt,
				registrationId);
	}

	LeadDetails toDetails() {
		return new LeadDetails(toSummary(), contactDetails(), latitude, longitude, certification, notes,
				history.stream().sorted(Comparator.comparingInt(LeadRoutingStep::stepNumber)).map(LeadRoutingStep::toView).toList());
	}

	private void requireRoutable() {
		if (status == LeadStatus.WORKING || status == LeadStatus.CLOSED) {
			throw new InvalidInputException("status", "This lead is " + status.label().toLowerCase()
					+ "; it is no longer routed.");
		}
	}

	private LeadOffer pendingOffer() {
		return offers.stream().filter(LeadOffer::isPending).findFirst().orElse(null);
	}

	private LeadOffer pendingOfferOf(PartnerId partner) {
		return offers.stream().filter(o -> o.isPendingFor(partner)).findFirst()
				.orElseThrow(() -> new InvalidInputException("status", "This lead is not offered to your company any more."));
	}

	private void clearOffer() {
		partnerId = null;
		offeredAt = null;
		acceptedAt = null;
		contactDueAt = null;
		remindAt = null;
		remindedAt = null;
		status = LeadStatus.WITH_CHANNEL_MANAGER;
	}

	private void step(RoutingAction action, UUID partner, UUID actor, String note, Instant now) {
		history.add(new LeadRoutingStep(history.size() + 1, action, partner, actor, note, now));
	}

	private static String code(String value) {
		return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
