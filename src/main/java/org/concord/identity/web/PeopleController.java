package org.concord.identity.web;

import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.concord.identity.Brands;
import org.concord.partners.Engagement;
import org.concord.identity.ConcordUser;
import org.concord.identity.FunctionalRole;
import org.concord.identity.People;
import org.concord.partners.PartnerDirectory;
import org.concord.shared.InvalidInputException;
import org.concord.shared.PartnerId;
import org.concord.shared.Role;
import org.concord.shared.UserId;
import org.concord.shared.access.ManagePeople;
import org.concord.shared.web.Forms;
import org.concord.shared.web.Htmx;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people pages: list, invite, and a person's page with deactivation and role change. */
@Controller
class PeopleController {

	private static final String LIST = "identity/people";
	private static final String INVITE = "identity/invite";
	private static final String DETAIL = "identity/person";

	private final People people;
	private final Engagement engagement;
	private final PartnerDirectory partners;
	private final Brands brands;
	private final Validator validator;

	PeopleController(People people, PartnerDirectory partners, Brands brands, Validator validator, Engagement engagement) {
		this.engagement = engagement;
		this.people = people;
		this.partners = partners;
		this.brands = brands;
		this.validator = validator;
	}

	@GetMapping("/people")
	String list(@RequestParam(required = false) UUID partner, @RequestParam(required = false) Integer page,
			HttpServletRequest request, Model model) {
		model.addAttribute("people", people.list(partner == null ? null : new PartnerId(partner), page, null));
		model.addAttribute("partnerFilter", partner);
		return Htmx.view(request, LIST, "rows");
	}

	@ManagePeople
	@GetMapping("/people/invite")
	String inviteForm(Model model, @AuthenticationPrincipal ConcordUser me) {
		model.addAttribute("form", new InvitationForm());
		return inviteView(model, me);
	}

	@PostMapping("/people/invite")
	String invite(@ModelAttribute("form") InvitationForm form, BindingResult binding, Model model,
			@AuthenticationPrincipal ConcordUser me, HttpServletRequest request, RedirectAttributes redirect) {
		try {
			var invitation = form.toInvitation();
			Forms.validate(validator, invitation, binding);
			if (binding.hasErrors()) {
				return inviteView(model, me);
			}
			UserId id = people.invite(invitation, brands.portal(request));
			redirect.addFlashAttribute("notice", "Invitation sent to " + form.getEmail() + ".");
			return "redirect:/people/" + id;
		}
		catch (InvalidInputException ex) {
			Forms.reject(binding, ex);
			return inviteView(model, me);
		}
		catch (IllegalArgumentException ex) {
			binding.addError(new FieldError("form", "partnerId", "Choose a partner company from the list."));
			return inviteView(model, me);
		}
	}

	@GetMapping("/people/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) Integer page, Model model,
			@AuthenticationPrincipal ConcordUser me) {
		model.addAttribute("person", people.get(new UserId(id)));
		model.addAttribute("engagement", engagement.of(new UserId(id), page, null));
		model.addAttribute("roles", rolesFor(me));
		model.addAttribute("functionalRoles", FunctionalRole.values());
		return DETAIL;
	}

	@PostMapping("/people/{id}/deactivate")
	String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			people.deactivate(new UserId(id));
			redirect.addFlashAttribute("notice", "Deactivated; their sessions have ended.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/people/" + id;
	}

	@PostMapping("/people/{id}/role")
	String changeRole(@PathVariable UUID id, @RequestParam Role role, RedirectAttributes redirect) {
		try {
			people.changeRole(new UserId(id), role);
			redirect.addFlashAttribute("notice", "Role changed to " + role.label() + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/people/" + id;
	}

	@PostMapping("/people/{id}/functional-role")
	String changeFunctionalRole(@PathVariable UUID id, @RequestParam(required = false) FunctionalRole functionalRole,
			RedirectAttributes redirect) {
		try {
			people.changeFunctionalRole(new UserId(id), functionalRole);
			redirect.addFlashAttribute("notice", functionalRole == null ? "Functional role cleared."
					: "Functional role set to " + functionalRole.label() + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/people/" + id;
	}

	private String inviteView(Model model, ConcordUser me) {
		model.addAttribute("roles", rolesFor(me));
		if (me.isVendorStaff()) {
			model.addAttribute("partners", partners.list(0, 100).content());
		}
		return INVITE;
	}

	private static Role[] rolesFor(ConcordUser me) {
		return me.isVendorStaff() ? Role.values()
				: Arrays.stream(Role.values()).filter(role -> !role.isVendor()).toArray(Role[]::new);
	}
}
