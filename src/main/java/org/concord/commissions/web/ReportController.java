package org.concord.commissions.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.concord.commissions.CostCategory;
import org.concord.commissions.ProgramCosts;
import org.concord.commissions.ProgramRoi;
import org.concord.registrations.RegisteredOpportunities;
import org.concord.shared.InvalidInputException;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The program report: partner-attributed revenue and ROI over a period; the vendor admin enters program costs. */
@Controller
@InRoom(PortalRoom.COMMISSIONS)
class ReportController {

	private final ProgramCosts programCosts;
	private final Clock clock;

	private final RegisteredOpportunities registrations;

	ReportController(ProgramCosts programCosts, RegisteredOpportunities registrations, Clock clock) {
		this.registrations = registrations;
		this.programCosts = programCosts;
		this.clock = clock;
	}

	@GetMapping("/commissions/report")
	String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "CAD") String currency, @RequestParam(required = false) BigDecimal weight, Model model) {
		LocalDate end = to == null ? LocalDate.now(clock) : to;
		LocalDate start = from == null ? end.withDayOfYear(1) : from;
		try {
			model.addAttribute("roi", programCosts.roi(start, end, currency, weight));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problem", ex.field() + ": " + ex.getMessage());
			model.addAttribute("roi", programCosts.roi(start, start, currency, ProgramRoi.DEFAULT_INFLUENCE_WEIGHT));
		}
		model.addAttribute("categories", CostCategory.values());
		model.addAttribute("currencies", registrations.currencies());
		model.addAttribute("today", LocalDate.now(clock));
		return "commissions/report";
	}

	@PostMapping("/commissions/report/costs")
	String addCost(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate incurredOn,
			@RequestParam(required = false) CostCategory category, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(defaultValue = "CAD") String currency, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		try {
			programCosts.add(incurredOn, category, amount, currency, note);
			redirect.addFlashAttribute("notice", "Cost entered.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/commissions/report";
	}
}
