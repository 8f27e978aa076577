package org.concord.partners.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.concord.partners.CompanyCertifications;
import org.concord.partners.CompanyProfile;
import org.concord.partners.Onboarding;
import org.concord.partners.PartnerAccounts;
import org.concord.partners.NewPartner;
import org.concord.partners.PartnerBadges;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerProfile;
import org.concord.partners.PartnerSummary;
import org.concord.partners.PartnerTier;
import org.concord.partners.PartnerTypes;
import org.concord.partners.RoutingProfile;
import org.concord.partners.ScoredPartners;
import org.concord.partners.SubAccounts;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.concord.shared.access.EditCompany;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.web.Forms;
import org.concord.shared.web.Htmx;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partner companies: the list (a partner sees its own), one company's page, and adding one. */
@Controller
class PartnerController {

	private static final String LIST = "partners/list";
	private static final String DETAIL = "partners/detail";
	private static final String NEW = "partners/new";

	private final PartnerDirectory partners;
	private final PartnerTypes partnerTypes;
	private final PartnerAccounts accounts;
	private final Onboarding onboarding;
	private final CompanyCertifications certifications;
	private final PartnerProfile profile;
	private final SubAccounts subAccounts;
	private final ScoredPartners scored;
	private final CurrentActor actor;
	private final Validator validator;

	private final List<PartnerBadges> badges;

	PartnerController(PartnerDirectory partners, PartnerTypes partnerTypes, PartnerAccounts accounts, Onboarding onboarding,
			CompanyCertifications certifications, PartnerProfile profile, SubAccounts subAccounts, ScoredPartners scored,
			List<PartnerBadges> badges, CurrentActor actor, Validator validator) {
		this.badges = badges;
		this.scored = scored;
		this.subAccounts = subAccounts;
		this.profile = profile;
		this.partners = partners;
		this.actor = actor;
		this.certifications = certifications;
		this.onboarding = onboarding;
		this.accounts = accounts;
		this.partnerTypes = partnerTypes;
		this.validator = validator;
	}

	@GetMapping("/partners")
	String list(@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		var shown = partners.list(page, null);
		List<UUID> ids = shown.content().stream().map(p -> p.id().value()).toList();
		Map<UUID, List<String>> held = new HashMap<>();
		badges.forEach(b -> held.putAll(b.heldBy(ids)));
		model.addAttribute("partners", shown);
		model.addAttribute("badges", held);
		return Htmx.view(request, LIST, "rows");
	}

	@ManageChannel
	@GetMapping("/partners/new")
	String newForm(Model model) {
		model.addAttribute("form", new PartnerForm());
		return newView(model);
	}

	@PostMapping("/partners/new")
	String add(@ModelAttribute("form") PartnerForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		var details = form.toNewPartner();
		Forms.validate(validator, details, binding);
		if (binding.hasErrors()) {
			return newView(model);
		}
		try {
			PartnerId id = partners.register(details);
			redirect.addFlashAttribute("notice", "Partner added. Invite its first admin from People.");
			return "redirect:/partners/" + id;
		}
		catch (InvalidInputException ex) {
			Forms.reject(binding, ex);
			return newView(model);
		}
	}

	@GetMapping("/partners/{id}")
	String show(@PathVariable UUID id, Model model) {
		PartnerId partnerId = new PartnerId(id);
		PartnerSummary partner = partners.get(partnerId);
		model.addAttribute("partner", partner);
		model.addAttribute("accountManager", accounts.managerOf(partner).orElse(null));
		model.addAttribute("routing", partners.routingProfile(partnerId));
		model.addAttribute("profile", partners.profile(partnerId));
		model.addAttribute("history", partners.history(partnerId));
		model.addAttribute("onboarding", onboarding.checklist(partnerId));
		model.addAttribute("certifications", certifications.of(partnerId));
		model.addAttribute("today", onboarding.today());
		model.addAttribute("overview", profile.of(partnerId));
		model.addAttribute("family", subAccounts.family(partnerId));
		if (actor.isVendorStaff()) { // the choices of the channel team's forms; a partner's page has none
			model.addAttribute("managers", accounts.candidates());
			model.addAttribute("types", partnerTypes.list());
			model.addAttribute("tiers", PartnerTier.values());
		}
		return DETAIL;
	}

	/**
	 * The profile form: the channel team sends all of it, a partner admin its contact details only (the vendor's
	 * part stays as it is).
	 */
	@PostMapping("/partners/{id}/profile")
	String changeProfile(@PathVariable UUID id, @RequestParam(defaultValue = "") String street,
			@RequestParam(defaultValue = "") String city, @RequestParam(defaultValue = "") String region,
			@RequestParam(defaultValue = "") String postalCode, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String website,
			@RequestParam(required = false) String employees, @RequestParam(required = false) String regionsServed,
			@RequestParam(required = false) String specialisations, @RequestParam(required = false) String programs,
			RedirectAttributes redirect) {
		PartnerId partner = new PartnerId(id);
		try {
			CompanyProfile now = partners.profile(partner);
			var changed = new CompanyProfile(street, city, region, postalCode, phone, email, website,
					employees == null ? now.employees() : Forms.wholeNumber("employees", employees),
					regionsServed == null ? now.regionsServed() : CompanyProfile.items(regionsServed),
					specialisations == null ? now.specialisations() : CompanyProfile.items(specialisations),
					programs == null ? now.programs() : CompanyProfile.items(programs));
			Forms.requireValid(validator, changed);
			partners.changeProfile(partner, changed);
			redirect.addFlashAttribute("notice", "Company profile saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/partners/" + id;
	}

	/** The channel team records a certification the partner holds, with its expiry (none: it does not expire). */
	@PostMapping("/partners/{id}/certifications")
	String holdCertification(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
			RedirectAttributes redirect) {
		try {
			certifications.hold(new PartnerId(id), name, expiresOn);
			redirect.addFlashAttribute("notice", "Certification saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/partners/" + id + "#certifications";
	}

	@PostMapping("/partners/{id}/certifications/remove")
	String dropCertification(@PathVariable UUID id, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		certifications.drop(new PartnerId(id), name);
		redirect.addFlashAttribute("notice", "Certification removed.");
		return "redirect:/partners/" + id + "#certifications";
	}

	/** A step of the partner's onboarding checklist is done. */
	@PostMapping("/partners/{id}/onboarding/{position}")
	String completeOnboarding(@PathVariable UUID id, @PathVariable int position, RedirectAttributes redirect) {
		try {
			onboarding.complete(new PartnerId(id), position);
			redirect.addFlashAttribute("notice", "Onboarding step done.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/partners/" + id + "#onboarding";
	}

	/** The channel team names the partner's account manager (none: the empty choice). */
	@PostMapping("/partners/{id}/account-manager")
	String assignAccountManager(@PathVariable UUID id, @RequestParam(required = false) UUID manager,
			RedirectAttributes redirect) {
		try {
			accounts.assignAccountManager(new PartnerId(id), manager == null ? null : new UserId(manager));
			redirect.addFlashAttribute("notice", "Account manager saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/partners/" + id;
	}

	/** The channel team moves a partner to another type or tier, saying why. */
	@PostMapping("/partners/{id}/classification")
	String classify(@PathVariable UUID id, @RequestParam(required = false) String type,
			@RequestParam(required = false) PartnerTier tier, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		try {
			var now = partners.classify(new PartnerId(id), type, tier, reason);
			redirect.addFlashAttribute("notice", "Now a " + now.typeName() + ", tier " + now.tier().label() + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/partners/" + id;
	}

	/** The channel team adds a branch or region as a sub-account: a company of its own, under this one. */
	@ManageChannel
	@PostMapping("/partners/{id}/sub-accounts")
	String addSubAccount(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String type, @RequestParam(required = false) PartnerTier tier,
			@RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String city,
			@RequestParam(defaultValue = "false") boolean differentCompany, RedirectAttributes redirect) {
		try {
			PartnerSummary parent = partners.get(new PartnerId(id));
			NewPartner details = new NewPartner(name, type.isBlank() ? parent.type() : type, tier == null ? parent.tier() : tier,
					parent.country(), region, city, null, differentCompany);
			Forms.requireValid(validator, details);
			PartnerId added = subAccounts.addSubAccount(new PartnerId(id), details);
			redirect.addFlashAttribute("notice", "Sub-account added. Invite its people from People.");
			return "redirect:/partners/" + added;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
			return "redirect:/partners/" + id + "#family";
		}
	}

	/** The parent lets its sub-accounts' people read its records, or stops it. */
	@EditCompany
	@PostMapping("/partners/{id}/sub-account-visibility")
	String letSubAccountsSeeParent(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean see,
			RedirectAttributes redirect) {
		try {
			subAccounts.letSubAccountsSeeParent(new PartnerId(id), see);
			redirect.addFlashAttribute("notice", see ? "Sub-accounts' people now see this company's page too."
					: "Sub-accounts' people see only their own company.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/partners/" + id + "#family";
	}

	/** The channel team sets the company's annual sales target; an empty amount clears it. */
	@ManageChannel
	@PostMapping("/partners/{id}/sales-target")
	String changeSalesTarget(@PathVariable UUID id, @RequestParam(defaultValue = "") String amount,
			@RequestParam(defaultValue = "CAD") String currency, RedirectAttributes redirect) {
		try {
			subAccounts.changeSalesTarget(new PartnerId(id), amount.isBlank() ? null : Forms.money("amount", amount, currency));
			redirect.addFlashAttribute("notice", "Sales target saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/partners/" + id + "#family";
	}

	/** The channel team marks a partner as test or onboarding data (left out of scores and reports), or as real. */
	@ManageChannel
	@PostMapping("/partners/{id}/test-data")
	String markTestData(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean test, RedirectAttributes redirect) {
		scored.markTestData(new PartnerId(id), test);
		redirect.addFlashAttribute("notice", test ? "Marked as test data: left out of scores and reports."
				: "Counted in scores and reports again.");
		return "redirect:/partners/" + id;
	}

	@PostMapping("/partners/{id}/routing-profile")
	String changeRoutingProfile(@PathVariable UUID id, @RequestParam(defaultValue = "") String postalPrefixes,
			@RequestParam(required = false) Double latitude, @RequestParam(required = false) Double longitude,
			@RequestParam(defaultValue = "") String products, @RequestParam(defaultValue = "") String industries,
			@RequestParam(defaultValue = "") String certifications, @RequestParam(defaultValue = "10") int leadCapacity,
			@RequestParam(defaultValue = "false") boolean leadFlowOn, RedirectAttributes redirect) {
		var profile = new RoutingProfile(RoutingProfile.codes(postalPrefixes), latitude, longitude,
				RoutingProfile.codes(products), RoutingProfile.codes(industries), RoutingProfile.codes(certifications),
				leadCapacity, leadFlowOn);
		var violations = validator.validate(profile);
		if (!violations.isEmpty()) {
			var first = violations.iterator().next();
			redirect.addFlashAttribute("problem", first.getPropertyPath() + ": " + first.getMessage());
			return "redirect:/partners/" + id;
		}
		try {
			partners.changeRoutingProfile(new PartnerId(id), profile);
			redirect.addFlashAttribute("notice", "Lead routing profile saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/partners/" + id;
	}

	@PostMapping("/partners/{id}/lead-flow")
	String switchLeadFlow(@PathVariable UUID id, @RequestParam boolean on, RedirectAttributes redirect) {
		partners.switchLeadFlow(new PartnerId(id), on);
		redirect.addFlashAttribute("notice", on ? "Lead flow is on: this company receives leads from the vendor."
				: "Lead flow is off: this company receives no new leads until it is switched on again.");
		return "redirect:/partners/" + id;
	}

	private String newView(Model model) {
		model.addAttribute("types", partnerTypes.list());
		model.addAttribute("tiers", PartnerTier.values());
		return NEW;
	}
}
