package org.concord.scoring.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerTypes;
import org.concord.scoring.ScorecardKpi;
import org.concord.scoring.Scorecards;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.PartnerId;
import org.concord.shared.access.Administer;
import org.concord.shared.access.SeeProgram;
import org.concord.shared.web.Htmx;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scorecard pages: a partner's own, the vendor's ranking per type, and the vendor admin's formulas and targets. */
@Controller
class ScorecardController {

	private final Scorecards scorecards;
	private final PartnerDirectory partners;
	private final PartnerTypes types;
	private final CurrentActor actor;

	ScorecardController(Scorecards scorecards, PartnerDirectory partners, PartnerTypes types, CurrentActor actor) {
		this.scorecards = scorecards;
		this.partners = partners;
		this.types = types;
		this.actor = actor;
	}

	/** "Scorecard" in the menu: a partner's own; the ranking for vendor staff. */
	@InRoom(PortalRoom.PERFORMANCE)
	@GetMapping("/scorecard")
	String mine() {
		return actor.scope().company().map(id -> "redirect:/partners/" + id + "/scorecard").orElse("redirect:/scorecards");
	}

	@InRoom(PortalRoom.PERFORMANCE)
	@GetMapping("/partners/{id}/scorecard")
	String partner(@PathVariable UUID id, Model model) {
		PartnerId partner = new PartnerId(id);
		model.addAttribute("partner", partners.get(partner));
		model.addAttribute("card", scorecards.of(partner).orElse(null));
		return "scoring/scorecard";
	}

	@SeeProgram
	@GetMapping("/scorecards")
	String ranking(@RequestParam(required = false) String type, @RequestParam(required = false) Integer page,
			HttpServletRequest request, Model model) {
		String shown = type != null && !type.isBlank() ? type : types.list().getFirst().code();
		model.addAttribute("types", types.list());
		model.addAttribute("type", shown);
		model.addAttribute("ranking", scorecards.ranking(shown, page, null));
		return Htmx.view(request, "scoring/scorecards", "rows");
	}

	@Administer
	@PostMapping("/scorecards")
	String compute(RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", scorecards.computeNow() + " scorecards computed.");
		return "redirect:/scorecards";
	}

	@Administer
	@GetMapping("/admin/scorecard")
	String settings(Model model) {
		model.addAttribute("formulas", scorecards.formulas());
		model.addAttribute("targets", scorecards.targets());
		model.addAttribute("kpis", ScorecardKpi.values());
		model.addAttribute("types", types.list());
		return "scoring/scorecard-settings";
	}

	@Administer
	@PostMapping("/admin/scorecard/formulas")
	String setFormula(@RequestParam(defaultValue = "") String partnerType, @RequestParam(defaultValue = "") String region,
			@RequestParam(defaultValue = "") String expression, RedirectAttributes redirect) {
		try {
			scorecards.setFormula(partnerType, region, expression);
			redirect.addFlashAttribute("notice", "Formula saved; it counts from the next computation.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			redirect.addFlashAttribute("typedExpression", expression);
		}
		return "redirect:/admin/scorecard";
	}

	@Administer
	@PostMapping("/admin/scorecard/formulas/{id}/removal")
	String removeFormula(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			scorecards.removeFormula(id);
			redirect.addFlashAttribute("notice", "Formula removed.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/scorecard";
	}

	@Administer
	@PostMapping("/admin/scorecard/targets")
	String setTargets(HttpServletRequest request, RedirectAttributes redirect) {
		Map<ScorecardKpi, BigDecimal> targets = new EnumMap<>(ScorecardKpi.class);
		try {
			for (ScorecardKpi kpi : ScorecardKpi.values()) {
				String given = request.getParameter(kpi.name());
				if (given != null && !given.isBlank()) {
					try {
						targets.put(kpi, new BigDecimal(given.strip().replace(",", "")));
					}
					catch (NumberFormatException ex) {
						throw new InvalidInputException("targets." + kpi.name(), kpi.label() + ": give a number.");
					}
				}
			}
			scorecards.setTargets(targets);
			redirect.addFlashAttribute("notice", "Targets saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/scorecard";
	}
}
