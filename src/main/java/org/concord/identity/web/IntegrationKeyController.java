package org.concord.identity.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.identity.IntegrationKeys;
import org.concord.shared.InvalidInputException;
import org.concord.shared.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vendor admin's integration keys: make one (its secret shown once), revoke one. */
@Controller
class IntegrationKeyController {

	private static final String PAGE = "identity/integration-keys";

	private final IntegrationKeys keys;

	IntegrationKeyController(IntegrationKeys keys) {
		this.keys = keys;
	}

	@GetMapping("/admin/integration-keys")
	String list(@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		model.addAttribute("keys", keys.list(page, null));
		return Htmx.view(request, PAGE, "rows");
	}

	@PostMapping("/admin/integration-keys")
	String create(@RequestParam(defaultValue = "") String name, Model model) {
		try {
			model.addAttribute("created", keys.create(name));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("nameError", ex.getMessage());
		}
		model.addAttribute("keys", keys.list(0, null));
		return PAGE;
	}

	@PostMapping("/admin/integration-keys/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		keys.revoke(id);
		redirect.addFlashAttribute("notice", "Key revoked: calls with it are refused from now on.");
		return "redirect:/admin/integration-keys";
	}
}
