package org.concord.identity.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.identity.ApiTokens;
import org.concord.identity.Safeguards;
import org.concord.shared.InvalidInputException;
import org.concord.shared.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own API tokens: create (shown once) and revoke. */
@Controller
class ApiTokenController {

	private static final String PAGE = "identity/api-tokens";

	private final ApiTokens tokens;
	private final Safeguards safeguards;
	private final Clock clock;

	ApiTokenController(ApiTokens tokens, Safeguards safeguards, Clock clock) {
		this.tokens = tokens;
		this.safeguards = safeguards;
		this.clock = clock;
	}

	@GetMapping("/settings/api-tokens")
	String list(@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		model.addAttribute("tokens", tokens.mine(page, null));
		return Htmx.view(request, page(model), "rows");
	}

	@PostMapping("/settings/api-tokens")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer days, Model model) {
		try {
			model.addAttribute("created", tokens.create(name, days));
		}
		catch (InvalidInputException ex) {
			model.addAttribute(ex.field() + "Error", ex.getMessage());
		}
		model.addAttribute("tokens", tokens.mine(0, null));
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("lifetimeDays", safeguards.current().apiTokenLifetimeDays());
		model.addAttribute("now", clock.instant());
		return PAGE;
	}

	@PostMapping("/settings/api-tokens/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		tokens.revoke(id);
		redirect.addFlashAttribute("notice", "Token revoked.");
		return "redirect:/settings/api-tokens";
	}
}
