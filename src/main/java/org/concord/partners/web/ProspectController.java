package org.concord.partners.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.concord.partners.Conversion;
import org.concord.partners.PartnerAccounts;
import org.concord.partners.PartnerTier;
import org.concord.partners.PartnerTypeView;
import org.concord.partners.PartnerTypes;
import org.concord.partners.ProspectStage;
import org.concord.partners.ProspectView;
import org.concord.partners.Prospects;
import org.concord.shared.ConflictingRequestException;
import org.concord.shared.InvalidInputException;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
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

/** The channel team's recruitment pages: the prospect list, the pipeline board, one prospect, and the report. */
@Controller
@ManageChannel
class ProspectController {

	private static final String LIST = "partners/prospects";
	private static final String BOARD = "partners/prospect-board";
	private static final String DETAIL = "partners/prospect";
	private static final String NEW = "partners/new-prospect";
	private static final String REPORT = "partners/prospect-report";

	private final Prospects prospects;
	private final PartnerTypes types;
	private final PartnerAccounts accounts;
	private final Validator validator;

	ProspectController(Prospects prospects, PartnerTypes types, PartnerAccounts accounts, Validator validator) {
		this.prospects = prospects;
		this.types = types;
		this.accounts = accounts;
		this.validator = validator;
	}

	@GetMapping("/prospects")
	String list(@RequestParam(required = false) ProspectStage stage, @RequestParam(defaultValue = "false") boolean all,
			@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		model.addAttribute("prospects", prospects.list(stage, !all, page, null));
		model.addAttribute("counts", prospects.counts(!all));
		model.addAttribute("stage", stage);
		model.addAttribute("stages", ProspectStage.values());
		model.addAttribute("all", all);
		return Htmx.view(request, LIST, "rows");
	}

	@GetMapping("/prospects/board")
	String board(@RequestParam(defaultValue = "false") boolean all, HttpServletRequest request, Model model) {
		return boardView(all, request, model);
	}

	private String boardView(boolean all, HttpServletRequest request, Model model) {
		model.addAttribute("columns", prospects.board(!all));
		model.addAttribute("all", all);
		return Htmx.view(request, BOARD, "board");
	}

	@GetMapping("/prospects/new")
	String newForm(Model model) {
		model.addAttribute("form", new ProspectForm());
		return newView(model);
	}

	@PostMapping("/prospects/new")
	String add(@ModelAttribute("form") ProspectForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			var details = form.toNewProspect();
			Forms.validate(validator, details, binding);
			if (binding.hasErrors()) {
				return newView(model);
			}
			ProspectView added = prospects.add(details);
			redirect.addFlashAttribute("notice", added.matchNote() == null ? "Prospect added." : "Prospect added. " + added.matchNote());
			return "redirect:/prospects/" + added.id();
		}
		catch (InvalidInputException ex) {
			Forms.reject(binding, ex);
			return newView(model);
		}
	}

	private String newView(Model model) {
		model.addAttribute("types", types.list());
		return NEW;
	}

	@GetMapping("/prospects/{id}")
	String show(@PathVariable UUID id, Model model) {
		ProspectView prospect = prospects.get(id);
		model.addAttribute("prospect", prospect);
		model.addAttribute("matches", prospects.matches(id));
		model.addAttribute("history", prospects.history(id));
		model.addAttribute("stages", ProspectStage.values());
		model.addAttribute("managers", accounts.candidates());
		List<PartnerTypeView> all = types.list();
		model.addAttribute("types", all);
		model.addAttribute("typeNames", all.stream().collect(Collectors.toMap(PartnerTypeView::code, PartnerTypeView::name)));
		model.addAttribute("tiers", PartnerTier.values());
		if (!model.containsAttribute("conversion")) {
			model.addAttribute("conversion", new Conversion(prospect.companyName(),
					prospect.interestedType() == null ? "SALES_PARTNER" : prospect.interestedType(), PartnerTier.BRONZE,
					suggestedUsername(prospect.email()), prospect.email(), prospect.contactName(), false));
		}
		return DETAIL;
	}

	private static String suggestedUsername(String email) {
		String local = email.substring(0, Math.max(0, email.indexOf('@'))).replaceAll("[^A-Za-z0-9._-]", "");
		return local.length() >= 3 ? local : local + ".admin";
	}

	/** A move: from the board by htmx, which gets the board back; from the prospect's page, which is shown again. */
	@PostMapping("/prospects/{id}/stage")
	String move(@PathVariable UUID id, @RequestParam(required = false) ProspectStage stage,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean all,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		String problem = null;
		try {
			ProspectView moved = prospects.move(id, stage, reason);
			redirect.addFlashAttribute("notice", moved.companyName() + " is now " + moved.stage().label() + ".");
		}
		catch (InvalidInputException | ConflictingRequestException ex) {
			problem = ex.getMessage();
			redirect.addFlashAttribute("problem", problem);
		}
		if (Htmx.isHtmx(request)) {
			model.addAttribute("problem", problem);
			return boardView(all, request, model);
		}
		return "redirect:/prospects/" + id;
	}

	@PostMapping("/prospects/{id}/owner")
	String assign(@PathVariable UUID id, @RequestParam(required = false) UUID owner, RedirectAttributes redirect) {
		try {
			prospects.assign(id, owner == null ? null : new UserId(owner));
			redirect.addFlashAttribute("notice", "Owner saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/prospects/" + id;
	}

	@PostMapping("/prospects/{id}/activities")
	String log(@PathVariable UUID id, @RequestParam(defaultValue = "NOTE") String kind,
			@RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		try {
			prospects.log(id, kind, text);
			redirect.addFlashAttribute("notice", "Saved to the prospect's history.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/prospects/" + id + "#history";
	}

	/** Conversion: the partner, its onboarding and its first admin's invitation in one step; a refusal keeps the form. */
	@PostMapping("/prospects/{id}/conversion")
	String convert(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String type, @RequestParam(required = false) PartnerTier tier,
			@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "false") boolean differentCompany,
			RedirectAttributes redirect) {
		Conversion conversion = new Conversion(name, type, tier, username, email, displayName, differentCompany);
		try {
			Forms.requireValid(validator, conversion);
			PartnerId partner = prospects.convert(id, conversion);
			redirect.addFlashAttribute("notice", name.strip() + " is a partner now. Its onboarding checklist has started and "
					+ email.strip() + " is invited as its partner admin.");
			return "redirect:/partners/" + partner;
		}
		catch (InvalidInputException | ConflictingRequestException ex) {
			String field = ex instanceof InvalidInputException invalid ? invalid.field() : "stage";
			redirect.addFlashAttribute("problem", field + ": " + ex.getMessage());
			redirect.addFlashAttribute("conversion", conversion);
			return "redirect:/prospects/" + id + "#convert";
		}
	}

	@GetMapping("/prospects/report")
	String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate last = to != null ? to : prospects.today();
		LocalDate first = from != null ? from : last.minusYears(1).plusDays(1);
		try {
			model.addAttribute("report", prospects.report(first, last));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		return REPORT;
	}
}
