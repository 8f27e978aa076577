package org.concord.registrations.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.validation.Validator;

import org.concord.identity.Brands;
import org.concord.registrations.ChannelConflicts;
import org.concord.registrations.ConflictDecision;
import org.concord.registrations.NewDirectOpportunity;
import org.concord.registrations.Stage;
import org.concord.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vendor's direct opportunities and the channel-conflict queue. */
@Controller
class ConflictController {

	private static final String DIRECTS = "registrations/direct-opportunities";
	private static final String CONFLICTS = "registrations/conflicts";
	private static final String REPORT = "registrations/conflict-report";

	private final ChannelConflicts conflicts;
	private final Brands brands;
	private final Validator validator;
	private final Clock clock;

	ConflictController(ChannelConflicts conflicts, Brands brands, Validator validator, Clock clock) {
		this.conflicts = conflicts;
		this.clock = clock;
		this.brands = brands;
		this.validator = validator;
	}

	@GetMapping("/direct-opportunities")
	String directs(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("directs", conflicts.directOpportunities(page, null));
		model.addAttribute("products", brands.catalogue());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("today", LocalDate.now(clock));
		return DIRECTS;
	}

	@PostMapping("/direct-opportunities")
	String addDirect(@RequestParam(defaultValue = "") String companyName, @RequestParam(required = false) String website,
			@RequestParam(required = false) String email, @RequestParam(required = false) String phone,
			@RequestParam(defaultValue = "") String product, @RequestParam(required = false) Stage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdOn, RedirectAttributes redirect) {
		var details = new NewDirectOpportunity(companyName, website, email, phone, product, stage, createdOn);
		var violations = validator.validate(details);
		if (!violations.isEmpty()) {
			var first = violations.iterator().next();
			redirect.addFlashAttribute("problem", first.getPropertyPath() + ": " + first.getMessage());
			return "redirect:/direct-opportunities";
		}
		try {
			conflicts.addDirectOpportunity(details);
			redirect.addFlashAttribute("notice", "Direct opportunity added; overlapping registrations were checked.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/direct-opportunities";
	}

	@PostMapping("/direct-opportunities/{id}/stage")
	String advanceDirect(@PathVariable UUID id, @RequestParam(required = false) Stage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, RedirectAttributes redirect) {
		if (stage == null) {
			redirect.addFlashAttribute("problem", "stage: choose the stage");
			return "redirect:/direct-opportunities";
		}
		try {
			conflicts.advanceDirectOpportunity(id, stage, on);
			redirect.addFlashAttribute("notice", "Stage changed.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/direct-opportunities";
	}

	@GetMapping("/conflicts")
	String queue(@RequestParam(required = false) Integer page, @RequestParam(defaultValue = "false") boolean all,
			Model model) {
		model.addAttribute("open", conflicts.queue(true, !all, 0, 100));
		model.addAttribute("decided", conflicts.queue(false, !all, page, null));
		model.addAttribute("all", all);
		model.addAttribute("decisions", ConflictDecision.values());
		return CONFLICTS;
	}

	@GetMapping("/conflicts/report")
	String report(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth quarter, Model model) {
		YearMonth month = quarter == null ? YearMonth.now(clock) : quarter;
		model.addAttribute("report", conflicts.quarterlyReport(month));
		model.addAttribute("previous", month.minusMonths(3));
		model.addAttribute("next", month.plusMonths(3));
		return REPORT;
	}

	@PostMapping("/conflicts/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam(required = false) ConflictDecision decision,
			@RequestParam(defaultValue = "") String reason, @RequestParam(required = false) BigDecimal partnerPercent,
			RedirectAttributes redirect) {
		try {
			conflicts.decide(id, decision, reason,
					partnerPercent == null ? null : partnerPercent.movePointLeft(2));
			redirect.addFlashAttribute("notice", "Decision recorded; the partner and the direct rep have been told.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/conflicts";
	}
}
