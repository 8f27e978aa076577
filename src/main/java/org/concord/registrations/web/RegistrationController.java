package org.concord.registrations.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.concord.customers.ContactId;
import org.concord.customers.Contacts;
import org.concord.identity.Brands;
import org.concord.identity.ConcordUser;
import org.concord.identity.People;
import org.concord.partners.PartnerDirectory;
import org.concord.registrations.Assignment;
import org.concord.registrations.Assistance;
import org.concord.registrations.AssistanceKind;
import org.concord.registrations.AttributionRole;
import org.concord.registrations.ContactType;
import org.concord.registrations.Deals;
import org.concord.registrations.ExpectedCommission;
import org.concord.registrations.RegistrationDetails;
import org.concord.registrations.RegistrationId;
import org.concord.registrations.RegistrationLists;
import org.concord.registrations.RegistrationSettings;
import org.concord.registrations.RegistrationStatus;
import org.concord.registrations.Registrations;
import org.concord.registrations.RejectionReason;
import org.concord.registrations.RenewalUpdate;
import org.concord.registrations.Renewals;
import org.concord.registrations.Stage;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PartnerId;
import org.concord.shared.Role;
import org.concord.shared.UserId;
import org.concord.shared.access.Permission;
import org.concord.shared.access.WorkAsPartner;
import org.concord.shared.web.Forms;
import org.concord.shared.web.Htmx;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The Leads and Deals rooms, and the registration form and page. */
@Controller
@InRoom({ PortalRoom.LEADS, PortalRoom.DEALS })
class RegistrationController {

	/** The partner's prospects (seed 001: "register prospects"), and the vendor's view of every registration. */
	private static final String PROSPECTS = "registrations/prospects";
	private static final String NEW = "registrations/new";
	private static final String DETAIL = "registrations/detail";

	private final Registrations registrations;
	private final RegistrationLists registrationLists;
	private final Deals deals;
	private final Renewals renewals;
	private final Assistance assistance;
	private final RegistrationSettings registrationSettings;
	private final Contacts contacts;
	private final People people;
	private final PartnerDirectory partners;
	private final Brands brands;
	private final Validator validator;
	private final ExpectedCommission expectedCommission;
	private final Clock clock;

	RegistrationController(Registrations registrations, RegistrationLists registrationLists, Deals deals, Renewals renewals, Assistance assistance, RegistrationSettings registrationSettings, Contacts contacts, People people, PartnerDirectory partners,
			Brands brands, Validator validator, ExpectedCommission expectedCommission, Clock clock) {
		this.expectedCommission = expectedCommission;
		this.registrations = registrations;
		this.registrationLists = registrationLists;
		this.deals = deals;
		this.renewals = renewals;
		this.assistance = assistance;
		this.registrationSettings = registrationSettings;
		this.contacts = contacts;
		this.people = people;
		this.partners = partners;
		this.brands = brands;
		this.validator = validator;
		this.clock = clock;
	}

	@InRoom(PortalRoom.LEADS)
	@GetMapping("/leads")
	String prospects(@RequestParam(required = false) RegistrationStatus status, @RequestParam(required = false) String product,
			@RequestParam(required = false) UUID partner, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		var list = registrationLists.list(status, product, partner, cursor, page, null);
		model.addAttribute("registrations", list);
		model.addAttribute("expected", expectedCommission.monthly(list.content()));
		model.addAttribute("statuses", RegistrationStatus.values());
		model.addAttribute("products", brands.catalogue());
		model.addAttribute("status", status);
		model.addAttribute("product", product);
		model.addAttribute("partnerFilter", partner);
		return Htmx.view(request, PROSPECTS, "rows");
	}

	@WorkAsPartner
	@InRoom(PortalRoom.LEADS)
	@GetMapping("/registrations/new")
	String newForm(@RequestParam(required = false) UUID contact, Model model, @AuthenticationPrincipal ConcordUser me) {
		OpportunityForm form = new OpportunityForm();
		form.setContactId(contact);
		form.setPartnerAssignedId(me.partnerId().value());
		form.setPartnerProvidingId(me.partnerId().value());
		form.setPartnerRepAssignedId(me.userId().value());
		form.setPartnerRepProvidingId(me.userId().value());
		model.addAttribute("form", form);
		return formView(model, me);
	}

	@WorkAsPartner
	@InRoom(PortalRoom.LEADS)
	@PostMapping("/registrations/new")
	String submit(@ModelAttribute("form") OpportunityForm form, BindingResult binding, Model model,
			@AuthenticationPrincipal ConcordUser me, RedirectAttributes redirect) {
		var opportunity = form.toOpportunity();
		Forms.validate(validator, opportunity, binding);
		if (form.getAssignment() == Assignment.PARTNER_WORKING) {
			if (form.getPartnerAssignedId() == null) {
				binding.addError(new FieldError("form", "partnerAssignedId", "choose the partner working the opportunity"));
			}
			if (form.getPartnerRepAssignedId() == null) {
				binding.addError(new FieldError("form", "partnerRepAssignedId", "choose the rep working the opportunity"));
			}
		}
		if (binding.hasErrors()) {
			return formView(model, me);
		}
		try {
			Registrations.Submission submission = registrations.submit(opportunity);
			redirect.addFlashAttribute(submission.alreadyRegistered() ? "problem" : "notice", submission.alreadyRegistered()
					? "This opportunity is already registered. We are sorry; talk to your channel manager if you would like to work on it together."
					: submission.status() == RegistrationStatus.APPROVED ? "Registered and approved."
							: "Registered. The channel team will review it shortly.");
			return "redirect:/registrations/" + submission.id();
		}
		catch (InvalidInputException ex) {
			Forms.reject(binding, ex);
			return formView(model, me);
		}
	}

	/** A partner on the opportunity as its page shows it: names, not ids; another partner's by its role only. */
	record AttributionRow(String role, String partner, String rep) {
	}

	@GetMapping("/registrations/{id}")
	String show(@PathVariable UUID id, Model model, @AuthenticationPrincipal ConcordUser me) {
		var details = registrations.get(new RegistrationId(id));
		var summary = details.summary();
		boolean registrant = !me.isVendorStaff() && me.partnerId().value().equals(
				summary.partnerId() == null ? null : summary.partnerId().value());
		boolean channelTeam = Permission.MANAGE_CHANNEL.isGrantedTo(me.role());
		boolean partnerWorks = details.assignment() == Assignment.PARTNER_WORKING;
		model.addAttribute("registration", details);
		model.addAttribute("registrant", registrant);
		model.addAttribute("invited", !me.isVendorStaff() && !registrant);
		model.addAttribute("channelTeam", channelTeam);
		model.addAttribute("mayMove", channelTeam || (registrant && partnerWorks));
		if (me.isVendorStaff() || registrant) {
			model.addAttribute("contact", contacts.get(new ContactId(details.contactId())));
			model.addAttribute("partnerName", partners.find(summary.partnerId()).map(p -> p.name()).orElse(""));
		}
		else {
			model.addAttribute("contactCard", contacts.cardOf(new ContactId(details.contactId())).orElse(null));
		}
		model.addAttribute("productName", productName(summary.product()));
		model.addAttribute("sourceLabel", registrationSettings.allOpportunitySources().stream()
				.filter(source -> source.code().equals(details.opportunitySource())).map(source -> source.label())
				.findFirst().orElse(details.opportunitySource()));
		model.addAttribute("attributions", attributions(details));
		model.addAttribute("allPartners", me.isVendorStaff() ? partners.list(0, 100).content() : List.of());
		model.addAttribute("overdue", summary.overdue(clock.instant()));
		model.addAttribute("reasons", RejectionReason.values());
		model.addAttribute("contactTypes", ContactType.values());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("assistance", assistance.of(new RegistrationId(id)));
		model.addAttribute("assistanceKinds", AssistanceKind.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("vendorName", registrationSettings.vendorName());
		model.addAttribute("expected", registrant || me.isVendorStaff()
				? expectedCommission.monthly(List.of(summary)).get(summary.id()) : null);
		model.addAttribute("mayRequestAssistance", !me.isVendorStaff() && assistance.mayRequest());
		model.addAttribute("mayRegisterAgain", registrant && registrations.mayRegisterAgain(summary.id()));
		model.addAttribute("waiting", me.isVendorStaff() ? registrations.waitingList(summary.id()) : List.of());
		model.addAttribute("salesReps", channelTeam ? people.activeWithRole(Role.VENDOR_SALES_REP) : List.of());
		model.addAttribute("vendorRep", details.vendorRepId() == null ? null
				: people.find(new UserId(details.vendorRepId())).map(p -> p.displayName()).orElse(null));
		model.addAttribute("noteAuthors", authorNames(details));
		return DETAIL;
	}

	private List<AttributionRow> attributions(RegistrationDetails details) {
		var ids = details.partners().stream().map(a -> a.partnerId()).filter(Objects::nonNull).toList();
		var names = partners.namesOf(ids);
		return details.partners().stream().map(a -> a.partnerId() == null
				? new AttributionRow(a.role().label(), "Another partner", "")
				: new AttributionRow(a.role().label(), names.getOrDefault(a.partnerId(), ""), a.repId() == null ? ""
						: people.find(new UserId(a.repId())).map(p -> p.displayName()).orElse(""))).toList();
	}

	/** Who wrote each deal note and Contact Log row, by name (the people the caller may see named). */
	private Map<UUID, String> authorNames(RegistrationDetails details) {
		Map<UUID, String> names = new HashMap<>();
		Stream.concat(details.dealNotes().stream().map(n -> n.authorId()),
				details.contactLog().stream().map(e -> e.authorId())).distinct()
				.forEach(id -> people.find(new UserId(id)).ifPresent(p -> names.put(id, p.displayName())));
		return names;
	}

	private String productName(String code) {
		return brands.catalogue().stream().filter(b -> b.code().equals(code)).map(b -> b.name()).findFirst().orElse(code);
	}

	@PostMapping("/registrations/{id}/assistance")
	String requestAssistance(@PathVariable UUID id, @RequestParam(required = false) AssistanceKind kind,
			@RequestParam(defaultValue = "") String question, RedirectAttributes redirect) {
		return act(id, redirect, "Request sent; the vendor answers in its assistance queue.",
				() -> assistance.request(new RegistrationId(id), kind, question));
	}

	@PostMapping("/registrations/{id}/partners")
	String invitePartner(@PathVariable UUID id, @RequestParam(required = false) UUID partnerId,
			@RequestParam(required = false) UUID repId,
			@RequestParam(defaultValue = "CO_SELL") AttributionRole role, RedirectAttributes redirect) {
		if (partnerId == null) {
			redirect.addFlashAttribute("problem", "Choose the partner to invite.");
			return "redirect:/registrations/" + id;
		}
		return act(id, redirect, "Partner invited to work the opportunity.", () -> deals.invitePartner(
				new RegistrationId(id), new PartnerId(partnerId),
				repId == null ? null : new UserId(repId), role));
	}

	@PostMapping("/registrations/{id}/stage")
	String changeStage(@PathVariable UUID id, @RequestParam(required = false) Stage stage, RedirectAttributes redirect) {
		return act(id, redirect, "Stage updated.", () -> deals.changeStage(new RegistrationId(id), stage));
	}

	@PostMapping("/registrations/{id}/closing")
	String close(@PathVariable UUID id, @RequestParam boolean won, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return act(id, redirect, won ? "Marked as won." : "Marked as lost.", () -> {
			if (won) {
				deals.markWon(new RegistrationId(id), note);
			}
			else {
				deals.markLost(new RegistrationId(id), note);
			}
		});
	}

	@PostMapping("/registrations/{id}/contact-log")
	String logContact(@PathVariable UUID id, @RequestParam(required = false) LocalDate contactedOn,
			@RequestParam(required = false) ContactType type, @RequestParam(defaultValue = "") String summary,
			RedirectAttributes redirect) {
		return act(id, redirect, "Contact logged.", () -> deals.logContact(new RegistrationId(id), contactedOn, type, summary));
	}

	@PostMapping("/registrations/{id}/approval")
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "Approved; the partner has been told.", () -> registrations.approve(new RegistrationId(id)));
	}

	@PostMapping("/registrations/{id}/rejection")
	String reject(@PathVariable UUID id, @RequestParam(required = false) RejectionReason reason,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return act(id, redirect, "Rejected; the partner has been told.", () -> registrations.reject(new RegistrationId(id), reason, note));
	}

	@PostMapping("/registrations/{id}/return")
	String returnForInformation(@PathVariable UUID id, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return act(id, redirect, "Returned to the partner for more information.",
				() -> registrations.returnForInformation(new RegistrationId(id), note));
	}

	@PostMapping("/registrations/{id}/resubmission")
	String resubmit(@PathVariable UUID id, @RequestParam(defaultValue = "") String information,
			RedirectAttributes redirect) {
		return act(id, redirect, "Sent back for review.", () -> registrations.resubmit(new RegistrationId(id), information));
	}

	@PostMapping("/registrations/{id}/renewal")
	String requestRenewal(@PathVariable UUID id, @RequestParam(required = false) Stage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedCloseDate,
			@RequestParam(required = false) BigDecimal estimatedMrr, RedirectAttributes redirect) {
		try {
			boolean granted = renewals.request(new RegistrationId(id),
					new RenewalUpdate(stage, expectedCloseDate, estimatedMrr));
			redirect.addFlashAttribute("notice", granted ? "Renewed: the deal is being worked."
					: "Renewal requested: the channel team decides, and will be in touch.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/registrations/" + id;
	}

	@PostMapping("/registrations/{id}/renewal-grant")
	String grantRenewal(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "Renewal granted.", () -> renewals.grant(new RegistrationId(id)));
	}

	@PostMapping("/registrations/{id}/take-over")
	String takeOver(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, "Taken over by the vendor's sales team.",
				() -> renewals.takeOver(new RegistrationId(id), reason));
	}

	@PostMapping("/registrations/{id}/notes")
	String addNote(@PathVariable UUID id, @RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		return act(id, redirect, "Note added.", () -> deals.addNote(new RegistrationId(id), text));
	}

	/** A partner first in line registers the company again, in one step, from its refused registration. */
	@PostMapping("/registrations/{id}/register-again")
	String registerAgain(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			Registrations.Submission submission = registrations.registerAgain(new RegistrationId(id));
			redirect.addFlashAttribute(submission.alreadyRegistered() ? "problem" : "notice", submission.alreadyRegistered()
					? "It is registered again already: someone was quicker. You are in line again."
					: "Registered. The channel team will review it shortly.");
			return "redirect:/registrations/" + submission.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/registrations/" + id;
		}
	}

	@PostMapping("/registrations/{id}/vendor-rep")
	String assignVendorRep(@PathVariable UUID id, @RequestParam(required = false) UUID repId, RedirectAttributes redirect) {
		return act(id, redirect, "Assigned to the sales rep; it is in their queue.",
				() -> deals.assignVendorRep(new RegistrationId(id), repId == null ? null : new UserId(repId)));
	}

	private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/registrations/" + id;
	}

	private String formView(Model model, ConcordUser me) {
		// the first page of contacts, with the chosen one if it is further on; the picker finds the rest as you type
		var firstPage = new ArrayList<>(contacts.list(0, 25).content());
		Object chosen = model.getAttribute("form") instanceof OpportunityForm f ? f.getContactId() : null;
		if (chosen instanceof UUID id && firstPage.stream().noneMatch(c -> c.id().value().equals(id))) {
			try {
				firstPage.addFirst(contacts.get(new ContactId(id)));
			}
			catch (NotFoundException ignored) {
				// not the partner's: the form's own check names the field
			}
		}
		model.addAttribute("contacts", firstPage);
		model.addAttribute("products", brands.catalogue());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("assignments", Assignment.values());
		model.addAttribute("sources", registrationSettings.opportunitySources());
		model.addAttribute("vendorName", registrationSettings.vendorName());
		model.addAttribute("currencies", registrationSettings.currencies());
		model.addAttribute("company", partners.get(me.partnerId()));
		model.addAttribute("reps", people.list(me.partnerId(), 0, 100).content());
		return NEW;
	}
}
