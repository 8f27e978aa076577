package org.concord.partners;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.NotAllowedException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PartnerId;

@Entity
@Table(name = "partner_company")
class PartnerCompany {

	@Id
	private UUID id;

	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "type")
	private PartnerType type;

	@Enumerated(EnumType.STRING)
	private PartnerTier tier;

	private String country;

	private String region;

	private String city;

	private String website;

	private Instant joinedAt;

	private boolean leadFlowOn = true;

	private int leadCapacity = 10;

	private String postalPrefixes = "";

	private Double latitude;

	private Double longitude;

	private String products = "";

	private String industries = "";

	private String certifications = "";

	private String street;

	private String postalCode;

	private String phone;

	private String email;

	private Integer employees;

	private String regionsServed = "";

	private String specialisations = "";

	private String programs = "";

	/** The onboarding checklist of its type, copied when it joined; none for a partner that joined before checklists. */
	@ElementCollection
	@CollectionTable(name = "onboarding_task", joinColumns = @JoinColumn(name = "partner_id"))
	@OrderBy("position")
	private List<OnboardingTask> onboarding = new ArrayList<>();

	/** The certifications the company holds, with their expiry. */
	@ElementCollection
	@CollectionTable(name = "partner_certification", joinColumns = @JoinColumn(name = "partner_id"))
	@OrderBy("name")
	private List<CompanyCertification> heldCertifications = new ArrayList<>();

	/** The company this one is a sub-account of (a branch or region); none for a company of its own. */
	private UUID parentId;

	/** On a parent: whether its sub-accounts' people see the parent's records too. */
	private boolean subAccountsSeeParent;

	/** Test or onboarding data: left out of every score and report. */
	private boolean testData;

	private BigDecimal salesTarget;

	private String salesTargetCurrency;

	/** The vendor's channel manager (or vendor admin) who looks after this partner; none yet when null. */
	private UUID accountManagerId;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "partner_id", nullable = false)
	@OrderBy("changedAt asc, field desc") // one moment's changes in the order made: type, then tier
	private List<PartnerChange> changes = new ArrayList<>();

	protected PartnerCompany() {
	}

	PartnerCompany(NewPartner details, PartnerType type, UUID by, Instant now, LocalDate today) {
		this.id = UUID.randomUUID();
		this.name = details.name().trim();
		this.type = type;
		this.tier = details.tier();
		this.changes.add(new PartnerChange(PartnerChange.Field.TIER, null, tier.name(), "Joined the program", by, now));
		this.onboarding.addAll(type.onboardingFrom(today));
		this.country = details.country();
		this.region = blankToNull(details.region());
		this.city = blankToNull(details.city());
		this.website = blankToNull(details.website());
		this.joinedAt = now;
	}

	void changeRoutingProfile(RoutingProfile profile) {
		if ((profile.latitude() == null) != (profile.longitude() == null)) {
			throw new InvalidInputException(profile.latitude() == null ? "latitude" : "longitude",
					"Enter both coordinates, or neither.");
		}
		this.postalPrefixes = RoutingProfile.join(profile.postalPrefixes());
		this.latitude = profile.latitude();
		this.longitude = profile.longitude();
		this.products = RoutingProfile.join(profile.products());
		this.industries = RoutingProfile.join(profile.industries());
		this.certifications = RoutingProfile.join(profile.certifications());
		this.leadCapacity = profile.leadCapacity();
		this.leadFlowOn = profile.leadFlowOn();
	}

	/**
	 * The channel team moves the partner to another type or tier, saying why; each change is kept in its history.
	 * Nothing changes when both stay as they are.
	 */
	void classify(PartnerType newType, PartnerTier newTier, String reason, UUID by, Instant now) {
		boolean typeChanges = !newType.code().equals(type.code());
		if (!typeChanges && newTier == tier) {
			throw new InvalidInputException("tier", "This is already the partner's type and tier.");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Say why the partner changes type or tier.");
		}
		if (typeChanges) {
			changes.add(new PartnerChange(PartnerChange.Field.TYPE, type.code(), newType.code(), reason.strip(), by, now));
			type = newType;
		}
		if (newTier != tier) {
			changes.add(new PartnerChange(PartnerChange.Field.TIER, tier.name(), newTier.name(), reason.strip(), by, now));
			tier = newTier;
		}
	}

	/** The tier moves as the tier assessment and a channel manager decided (seed 004); kept in its history. */
	void changeTier(PartnerTier newTier, String reason, UUID by, Instant now) {
		if (newTier != tier) {
			changes.add(new PartnerChange(PartnerChange.Field.TIER, tier.name(), newTier.name(), reason, by, now));
			tier = newTier;
		}
	}

	CompanyProfile profile() {
		return new CompanyProfile(street, city, region, postalCode, phone, email, website, employees,
				CompanyProfile.items(regionsServed), CompanyProfile.items(specialisations), CompanyProfile.items(programs));
	}

	/**
	 * The profile changes: all of it by the vendor; only the contact details by the partner's admin, who is told
	 * which field the vendor keeps if it tried to change one.
	 */
	void changeProfile(CompanyProfile changed, boolean byVendor) {
		String vendorField = changed.firstVendorFieldChangedFrom(profile());
		if (!byVendor && vendorField != null) {
			throw new InvalidInputException(vendorField, "The vendor keeps this part of your profile; ask your account manager.");
		}
		this.street = blankToNull(changed.street());
		this.city = blankToNull(changed.city());
		this.region = blankToNull(changed.region());
		this.postalCode = blankToNull(changed.postalCode());
		this.phone = blankToNull(changed.phone());
		this.email = blankToNull(changed.email());
		this.website = blankToNull(changed.website());
		this.employees = changed.employees();
		this.regionsServed = CompanyProfile.join(changed.regionsServed());
		this.specialisations = CompanyProfile.join(changed.specialisations());
		this.programs = CompanyProfile.join(changed.programs());
	}

	List<OnboardingTaskView> onboarding() {
		return onboarding.stream().map(OnboardingTask::toView).toList();
	}

	/** A step of the checklist is done: the partner's own steps by the partner or the vendor, the vendor's by the vendor. */
	void completeOnboarding(int position, boolean byVendor, UUID by, Instant now) {
		OnboardingTask task = onboarding.stream().filter(t -> t.position() == position).findFirst()
				.orElseThrow(() -> new NotFoundException("Onboarding step"));
		if (task.owner() == OnboardingOwner.VENDOR && !byVendor) {
			throw new NotAllowedException("The vendor does this step; your account manager checks it off.");
		}
		if (task.isDone()) {
			throw new InvalidInputException("position", "This step is done already.");
		}
		task.done(by, now);
	}

	List<CertificationView> certificationsHeld() {
		return heldCertifications.stream().map(CompanyCertification::toView).toList();
	}

	/** Records a certification the company holds, or its new expiry when it holds it already. */
	void holdCertification(String name, LocalDate expiresOn) {
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw new InvalidInputException("name", "Enter the certification's name, at most 100 characters.");
		}
		String shown = name.strip();
		heldCertifications.removeIf(c -> c.name().equalsIgnoreCase(shown));
		heldCertifications.add(new CompanyCertification(shown, expiresOn));
	}

	void dropCertification(String name) {
		if (!heldCertifications.removeIf(c -> c.name().equalsIgnoreCase(name == null ? "" : name.strip()))) {
			throw new NotFoundException("Certification");
		}
	}

	void assignAccountManager(UUID manager) {
		this.accountManagerId = manager;
	}

	/** The type and tier changes, newest first. */
	List<PartnerChange> history() {
		return changes.reversed();
	}

	PartnerType type() {
		return type;
	}

	void switchLeadFlow(boolean on) {
		this.leadFlowOn = on;
	}

	RoutingProfile routingProfile() {
		return new RoutingProfile(RoutingProfile.codes(postalPrefixes), latitude, longitude, RoutingProfile.codes(products),
				RoutingProfile.codes(industries), RoutingProfile.codes(certifications), leadCapacity, leadFlowOn);
	}

	PartnerSummary toSummary() {
		return new PartnerSummary(new PartnerId(id), name, type.code(), type.name(), tier, country, region, city, website,
				joinedAt, accountManagerId, parentId == null ? null : new PartnerId(parentId), testData);
	}

	/** It becomes a sub-account of this parent, which is a company of its own (one level only). */
	void becomeSubAccountOf(PartnerCompany parent) {
		if (parent.parentId != null) {
			throw new InvalidInputException("parent", "A sub-account cannot have sub-accounts of its own; choose its parent.");
		}
		if (parent.id.equals(id)) {
			throw new InvalidInputException("parent", "A company cannot be its own sub-account.");
		}
		this.parentId = parent.id;
	}

	void markTestData(boolean test) {
		this.testData = test;
	}

	UUID parentId() {
		return parentId;
	}

	boolean subAccountsSeeParent() {
		return subAccountsSeeParent;
	}

	void letSubAccountsSeeParent(boolean see) {
		if (parentId != null) {
			throw new InvalidInputException("subAccountsSeeParent", "This is a sub-account: the setting is its parent's.");
		}
		this.subAccountsSeeParent = see;
	}

	/** The annual sales target; none when null. */
	Money salesTarget() {
		return salesTarget == null ? null : Money.of(salesTarget, salesTargetCurrency);
	}

	void changeSalesTarget(Money target) {
		if (target != null && target.isNegative()) {
			throw new InvalidInputException("salesTarget", "A target is zero or more.");
		}
		this.salesTarget = target == null ? null : target.amount();
		this.salesTargetCurrency = target == null ? null : target.currency().getCurrencyCode();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
