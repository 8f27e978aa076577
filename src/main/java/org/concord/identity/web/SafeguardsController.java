package org.concord.identity.web;

import org.concord.identity.Safeguards;
import org.concord.identity.SafeguardsView;
import org.concord.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vendor admin's safeguards: how long API tokens live, and four eyes on payouts. */
@Controller
class SafeguardsController {

	private static final String PAGE = "identity/safeguards";

	private final Safeguards safeguards;

	SafeguardsController(Safeguards safeguards) {
		this.safeguards = safeguards;
	}

	@GetMapping("/admin/safeguards")
	String show(Model model) {
		model.addAttribute("safeguards", safeguards.current());
		return PAGE;
	}

	@PostMapping("/admin/safeguards")
	String save(@RequestParam(defaultValue = "-1") int apiTokenLifetimeDays,
			@RequestParam(defaultValue = "false") boolean payoutFourEyes, RedirectAttributes redirect) {
		try {
			safeguards.change(new SafeguardsView(apiTokenLifetimeDays, payoutFourEyes));
			redirect.addFlashAttribute("notice", "Safeguards saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/safeguards";
	}
}
