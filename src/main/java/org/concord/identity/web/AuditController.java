package org.concord.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.identity.AuditLog;
import org.concord.shared.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, for vendor admins. */
@Controller
class AuditController {

	private static final String PAGE = "identity/audit";

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String action, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer page,
			HttpServletRequest request, Model model) {
		model.addAttribute("entries", audit.list(action, cursor, page, null));
		model.addAttribute("action", action);
		return Htmx.view(request, PAGE, "rows");
	}
}
