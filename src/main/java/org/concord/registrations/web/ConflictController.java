package org.concord.registrations.web;

import java.util.UUID;

import jakarta.validation.Validator;

import org.concord.identity.Brands;
import org.concord.registrations.ChannelConflicts;
import org.concord.registrations.ConflictDecision;
import org.concord.registrations.NewDirectOpportunity;
import org.concord.registrations.Stage;
import org.concord.shared.InvalidInputException;
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

	private final ChannelConflicts conflicts;
	private final Brands brands;
	private final Validator validator;

	ConflictController(ChannelConflicts conflicts, Brands brands, Validator validator) {
		this.conflicts = conflicts;
		this.brands = brands;
		this.validator = validator;
	}

	@GetMapping("/direct-opportunities")
	String directs(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("directs", conflicts.directOpportunities(page, null));
		model.addAttribute("products", brands.catalogue());
		model.addAttribute("stages", Stage.values());
		return DIRECTS;
	}

	@PostMapping("/direct-opportunities")
	String addDirect(@RequestParam(defaultValue = "") String companyName, @RequestParam(required = false) String website,
			@RequestParam(required = false) String email, @RequestParam(required = false) String phone,
			@RequestParam(defaultValue = "") String product, @RequestParam(required = false) Stage stage,
			RedirectAttributes redirect) {
		var details = new NewDirectOpportunity(companyName, website, email, phone, product, stage);
		var violations = validator.validate(details);
		if (!violations.isEmpty()) {
			var first = violations.iterator().next();
			redirect.addFlashAttribute("problem", first.getPropertyPath() + ": " + first.getMessage());
			return "redirect:/direct-opportunities";
		}
		conflicts.addDirectOpportunity(details);
		redirect.addFlashAttribute("notice", "Direct opportunity added; overlapping registrations were checked.");
		return "redirect:/direct-opportunities";
	}

	@GetMapping("/conflicts")
	String queue(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("open", conflicts.queue(true, 0, 100));
		model.addAttribute("decided", conflicts.queue(false, page, null));
		model.addAttribute("decisions", ConflictDecision.values());
		return CONFLICTS;
	}

	@PostMapping("/conflicts/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam(required = false) ConflictDecision decision,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			conflicts.decide(id, decision, reason);
			redirect.addFlashAttribute("notice", "Decision recorded; the partner and the direct rep have been told.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/conflicts";
	}
}
