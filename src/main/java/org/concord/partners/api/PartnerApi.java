package org.concord.partners.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.concord.partners.CertificationView;
import org.concord.partners.CompanyCertifications;
import org.concord.partners.CompanyProfile;
import org.concord.partners.FamilyView;
import org.concord.partners.NewPartner;
import org.concord.partners.Onboarding;
import org.concord.partners.OnboardingTaskView;
import org.concord.partners.PartnerAccounts;
import org.concord.partners.PartnerChangeView;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerProfile;
import org.concord.partners.PartnerSummary;
import org.concord.partners.PartnerTier;
import org.concord.partners.RoutingProfile;
import org.concord.partners.ScoredPartners;
import org.concord.partners.SubAccounts;
import org.concord.shared.PageView;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.concord.shared.web.Forms;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/partners", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Partners", description = "Partner companies in the caller's scope")
class PartnerApi {

	private final PartnerDirectory partners;
	private final PartnerAccounts accounts;
	private final Onboarding onboarding;
	private final CompanyCertifications certifications;
	private final PartnerProfile profile;
	private final SubAccounts subAccounts;
	private final ScoredPartners scored;

	PartnerApi(PartnerDirectory partners, PartnerAccounts accounts, Onboarding onboarding,
			CompanyCertifications certifications, PartnerProfile profile, SubAccounts subAccounts, ScoredPartners scored) {
		this.scored = scored;
		this.subAccounts = subAccounts;
		this.profile = profile;
		this.partners = partners;
		this.certifications = certifications;
		this.onboarding = onboarding;
		this.accounts = accounts;
	}

	@Operation(summary = "Partner companies, paged: all for vendor staff, the own company for a partner")
	@GetMapping
	PageView<PartnerSummary> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return partners.list(page, size);
	}

	@Operation(summary = "One partner company; 404 if outside the caller's scope")
	@GetMapping("/{id}")
	PartnerSummary get(@PathVariable UUID id) {
		return partners.get(new PartnerId(id));
	}

	@Operation(summary = "A partner's whole profile at a glance: its people, registrations and deals, leads and commissions "
			+ "(figures and the latest of each), and its activity timeline, newest first; 404 outside the caller's scope")
	@GetMapping("/{id}/overview")
	PartnerProfile.View overview(@PathVariable UUID id) {
		return profile.of(new PartnerId(id));
	}

	@Operation(summary = "A partner's parent and sub-accounts, whether the parent lets its sub-accounts' people read its "
			+ "records, and its annual sales target; as far as the caller may read them, 404 otherwise")
	@GetMapping("/{id}/family")
	FamilyView family(@PathVariable UUID id) {
		return subAccounts.family(new PartnerId(id));
	}

	@Operation(summary = "Add a branch or region as a sub-account of a partner (vendor admin or channel manager): a company "
			+ "of its own with its own people and account manager; a sub-account has none of its own")
	@PostMapping("/{id}/sub-accounts")
	@ResponseStatus(HttpStatus.CREATED)
	PartnerSummary addSubAccount(@PathVariable UUID id, @Valid @RequestBody NewPartner subAccount) {
		return partners.get(subAccounts.addSubAccount(new PartnerId(id), subAccount));
	}

	/** Whether the sub-accounts' people read the parent's records. */
	record SubAccountVisibility(boolean subAccountsSeeParent) {
	}

	@Operation(summary = "Let a parent's sub-accounts' people read its records, or stop it (the channel team, or the "
			+ "parent's own partner admin)")
	@PutMapping("/{id}/sub-account-visibility")
	FamilyView letSubAccountsSeeParent(@PathVariable UUID id, @RequestBody SubAccountVisibility visibility) {
		return subAccounts.letSubAccountsSeeParent(new PartnerId(id), visibility.subAccountsSeeParent());
	}

	/** An annual sales target; a null amount clears it. */
	record SalesTarget(BigDecimal amount, String currency) {
	}

	@Operation(summary = "Set a partner's or sub-account's annual sales target, or clear it with a null amount (vendor "
			+ "admin or channel manager)")
	@PutMapping("/{id}/sales-target")
	FamilyView changeSalesTarget(@PathVariable UUID id, @RequestBody SalesTarget target) {
		return subAccounts.changeSalesTarget(new PartnerId(id), target.amount() == null ? null
				: Forms.money("amount", target.amount().toPlainString(), target.currency()));
	}

	/** Whether a partner is test or onboarding data. */
	record TestData(boolean testData) {
	}

	@Operation(summary = "Mark a partner as test or onboarding data, left out of every score and report, or count it again "
			+ "(vendor admin or channel manager)")
	@PutMapping("/{id}/test-data")
	PartnerSummary markTestData(@PathVariable UUID id, @RequestBody TestData testData) {
		scored.markTestData(new PartnerId(id), testData.testData());
		return partners.get(new PartnerId(id));
	}

	@Operation(summary = "A partner's lead routing profile (territory, expertise, capacity, lead flow); 404 outside the caller's scope")
	@GetMapping("/{id}/routing-profile")
	RoutingProfile routingProfile(@PathVariable UUID id) {
		return partners.routingProfile(new PartnerId(id));
	}

	@Operation(summary = "Change a partner's lead routing profile (vendor admin or channel manager)")
	@PutMapping("/{id}/routing-profile")
	RoutingProfile changeRoutingProfile(@PathVariable UUID id,
			@Valid @RequestBody RoutingProfile profile) {
		partners.changeRoutingProfile(new PartnerId(id), profile);
		return partners.routingProfile(new PartnerId(id));
	}

	/** A certification a partner holds, and the day it expires (null: it does not). */
	record HeldCertification(String name, LocalDate expiresOn) {
	}

	@Operation(summary = "The certifications a partner holds and when each expires; 404 outside the caller's scope")
	@GetMapping("/{id}/certifications")
	List<CertificationView> certifications(@PathVariable UUID id) {
		return certifications.of(new PartnerId(id));
	}

	@Operation(summary = "Record a certification a partner holds, or its new expiry (vendor admin or channel manager)")
	@PutMapping("/{id}/certifications")
	List<CertificationView> holdCertification(@PathVariable UUID id, @RequestBody HeldCertification held) {
		return certifications.hold(new PartnerId(id), held.name(), held.expiresOn());
	}

	@Operation(summary = "Remove a certification from a partner (vendor admin or channel manager)")
	@DeleteMapping("/{id}/certifications/{name}")
	List<CertificationView> dropCertification(@PathVariable UUID id, @PathVariable String name) {
		return certifications.drop(new PartnerId(id), name);
	}

	@Operation(summary = "A partner's onboarding checklist with what is done; 404 outside the caller's scope")
	@GetMapping("/{id}/onboarding")
	List<OnboardingTaskView> onboarding(@PathVariable UUID id) {
		return onboarding.checklist(new PartnerId(id));
	}

	@Operation(summary = "Check off an onboarding step: the partner's admin its own steps, the channel team any")
	@PostMapping("/{id}/onboarding/{position}/done")
	List<OnboardingTaskView> completeOnboarding(@PathVariable UUID id, @PathVariable int position) {
		onboarding.complete(new PartnerId(id), position);
		return onboarding.checklist(new PartnerId(id));
	}

	@Operation(summary = "A partner's profile: contact details, size, regions served, specialisations, programs; 404 outside the caller's scope")
	@GetMapping("/{id}/profile")
	CompanyProfile profile(@PathVariable UUID id) {
		return partners.profile(new PartnerId(id));
	}

	@Operation(summary = "Change a partner's profile: all of it (vendor admin or channel manager), or the contact details of one's own company (partner admin)")
	@PutMapping("/{id}/profile")
	CompanyProfile changeProfile(@PathVariable UUID id, @Valid @RequestBody CompanyProfile profile) {
		return partners.changeProfile(new PartnerId(id), profile);
	}

	/** Who looks after a partner: a channel manager's or vendor admin's user id, or null for nobody. */
	record AccountManager(UUID accountManagerId) {
	}

	@Operation(summary = "Name a partner's account manager, a channel manager or vendor admin, or nobody (vendor admin or channel manager)")
	@PutMapping("/{id}/account-manager")
	PartnerSummary assignAccountManager(@PathVariable UUID id, @RequestBody AccountManager manager) {
		accounts.assignAccountManager(new PartnerId(id),
				manager.accountManagerId() == null ? null : new UserId(manager.accountManagerId()));
		return partners.get(new PartnerId(id));
	}

	/** A new type and tier for a partner, and why. */
	record Classification(@NotBlank String type, @NotNull PartnerTier tier, @NotBlank String reason) {
	}

	@Operation(summary = "Move a partner to another type or tier, saying why (vendor admin or channel manager); kept in its history")
	@PutMapping("/{id}/classification")
	PartnerSummary classify(@PathVariable UUID id, @Valid @RequestBody Classification change) {
		return partners.classify(new PartnerId(id), change.type(), change.tier(), change.reason());
	}

	@Operation(summary = "A partner's type and tier changes, newest first; 404 outside the caller's scope")
	@GetMapping("/{id}/history")
	List<PartnerChangeView> history(@PathVariable UUID id) {
		return partners.history(new PartnerId(id));
	}

	@Operation(summary = "Add a partner company (vendor admin or channel manager)")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	PartnerSummary add(@Valid @RequestBody NewPartner partner) {
		return partners.get(partners.register(partner));
	}
}
