package org.concord.leads.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.concord.customers.ConsentType;
import org.concord.customers.ImpliedConsentBasis;
import org.concord.identity.Brands;
import org.concord.leads.ContactInitiation;
import org.concord.leads.LeadId;
import org.concord.leads.LeadStatus;
import org.concord.leads.Leads;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerSummary;
import org.concord.registrations.ContactType;
import org.concord.registrations.RegisteredOpportunities;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.PartnerId;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.web.Downloads;
import org.concord.shared.web.Forms;
import org.concord.shared.web.Htmx;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Leads from the vendor: the list (a partner's own offers and the leads it works), entering a lead or a CSV file
 * of them, a lead's page with the routing ranking and history, and the partner's accept, decline and one-step
 * contact.
 */
@Controller
@InRoom(PortalRoom.LEADS)
class LeadController {

	private static final String LIST = "leads/list";
	private static final String NEW = "leads/new";
	private static final String IMPORT = "leads/import";
	private static final String DETAIL = "leads/detail";
	private static final String SCORECARD = "leads/scorecard";

	private final Leads leads;
	private final RegisteredOpportunities registrations;
	private final PartnerDirectory partners;
	private final Brands brands;
	private final BusinessCalendar calendar;
	private final Validator validator;
	private final CurrentActor actor;
	private final Clock clock;

	LeadController(Leads leads, RegisteredOpportunities registrations, PartnerDirectory partners, Brands brands,
			BusinessCalendar calendar, Validator validator, CurrentActor actor, Clock clock) {
		this.registrations = registrations;
		this.actor = actor;
		this.leads = leads;
		this.partners = partners;
		this.brands = brands;
		this.calendar = calendar;
		this.validator = validator;
		this.clock = clock;
	}

	@GetMapping("/lead-routing")
	String list(@RequestParam(required = false) LeadStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(defaultValue = "false") boolean all, HttpServletRequest request, Model model) {
		model.addAttribute("leads", leads.list(status, !all, page, null));
		model.addAttribute("all", all);
		model.addAttribute("statuses", LeadStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("now", clock.instant());
		return Htmx.view(request, LIST, "rows");
	}

	@ManageChannel
	@GetMapping("/lead-routing/new")
	String newForm(Model model) {
		model.addAttribute("form", new LeadForm());
		return formView(model);
	}

	@ManageChannel
	@PostMapping("/lead-routing/new")
	String create(@ModelAttribute("form") LeadForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		var lead = form.toNewLead();
		Forms.validate(validator, lead, binding);
		if (binding.hasErrors()) {
			return formView(model);
		}
		try {
			LeadId id = leads.create(lead);
			redirect.addFlashAttribute("notice", "Lead entered and routed.");
			return "redirect:/lead-routing/" + id;
		}
		catch (InvalidInputException ex) {
			Forms.reject(binding, ex);
			return formView(model);
		}
	}

	@ManageChannel
	@GetMapping("/lead-routing/import")
	String importForm() {
		return IMPORT;
	}

	@ManageChannel
	@PostMapping("/lead-routing/import")
	String importFile(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		Leads.ImportResult result = leads.importCsv(file == null ? InputStream.nullInputStream() : file.getInputStream());
		if (!result.problems().isEmpty()) {
			model.addAttribute("problems", result.problems());
			return IMPORT;
		}
		redirect.addFlashAttribute("notice", result.created() + " lead(s) entered and routed.");
		return "redirect:/lead-routing";
	}

	@ManageChannel
	@GetMapping("/lead-routing/import/template.csv")
	ResponseEntity<String> template() {
		return Downloads.attachment(Leads.csvTemplate(), Downloads.CSV, "leads-template.csv");
	}

	@GetMapping("/lead-routing/{id}")
	String show(@PathVariable UUID id, Model model) {
		var lead = leads.get(new LeadId(id));
		model.addAttribute("lead", lead);
		model.addAttribute("partnerName", lead.summary().partnerId() == null ? null
				: partners.find(lead.summary().partnerId()).map(PartnerSummary::name).orElse(null));
		model.addAttribute("due", leads.describeDeadline(lead.summary().contactDueAt()));
		model.addAttribute("overdue", lead.summary().overdue(clock.instant()));
		model.addAttribute("today", LocalDate.ofInstant(clock.instant(), calendar.zone()));
		model.addAttribute("contactTypes", ContactType.values());
		if (actor.isVendorStaff()) {
			model.addAttribute("proposal", leads.proposal(new LeadId(id)));
			model.addAttribute("allPartners", partners.list(0, 100).content());
		}
		return DETAIL;
	}

	@PostMapping("/lead-routing/{id}/acceptance")
	String accept(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "Accepted. Make contact before the deadline to keep it.", () -> leads.accept(new LeadId(id)));
	}

	@PostMapping("/lead-routing/{id}/decline")
	String decline(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			leads.decline(new LeadId(id), reason);
			redirect.addFlashAttribute("notice", "Declined; we pass the lead on. Thank you for telling us why.");
			return "redirect:/lead-routing";
		}
		catch (InvalidInputException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", message(ex));
			return "redirect:/lead-routing/" + id;
		}
	}

	/** The one step of the contact rule; on success the partner lands on the opportunity it became. */
	@PostMapping("/lead-routing/{id}/contact")
	String initiateContact(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean actionChecked,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate contactInitiatedOn,
			@RequestParam(required = false) ContactType contactType, @RequestParam(defaultValue = "") String summary,
			RedirectAttributes redirect) {
		try {
			var registration = leads.initiateContact(new LeadId(id),
					new ContactInitiation(actionChecked, contactInitiatedOn, contactType, summary));
			redirect.addFlashAttribute("notice", "Contact recorded: the lead is now an active opportunity.");
			return "redirect:/registrations/" + registration;
		}
		catch (InvalidInputException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", message(ex));
			return "redirect:/lead-routing/" + id;
		}
	}

	@PostMapping("/lead-routing/{id}/assignment")
	String assign(@PathVariable UUID id, @RequestParam(required = false) UUID partnerId, RedirectAttributes redirect) {
		return act(id, redirect, "Offered to the partner you chose; they have been told.",
				() -> leads.assign(new LeadId(id), partnerId == null ? null : new PartnerId(partnerId)));
	}

	@GetMapping("/lead-routing/scorecard")
	String scorecard(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("scorecards", leads.scorecards(page, null));
		return SCORECARD;
	}

	private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (InvalidInputException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", message(ex));
		}
		return "redirect:/lead-routing/" + id;
	}

	private static String message(RuntimeException ex) {
		return ex instanceof InvalidInputException invalid ? invalid.getMessage()
				: "The lead changed while you were looking at it; here it is as it stands now.";
	}

	private String formView(Model model) {
		model.addAttribute("consentTypes", ConsentType.values());
		model.addAttribute("bases", ImpliedConsentBasis.values());
		model.addAttribute("products", brands.catalogue());
		model.addAttribute("currencies", registrations.currencies());
		return NEW;
	}
}
