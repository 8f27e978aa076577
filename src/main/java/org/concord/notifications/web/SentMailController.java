package org.concord.notifications.web;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.notifications.Mailbox;
import org.concord.shared.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Mail Concord has sent or, without SMTP, kept: so a newcomer can follow a reset link. Vendor admins only. */
@Controller
class SentMailController {

	private static final String PAGE = "notifications/sent-mail";

	private final Mailbox mailbox;

	SentMailController(Mailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping("/admin/sent-mail")
	String list(@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		model.addAttribute("mails", mailbox.sentMail(page, null));
		model.addAttribute("demoOutbox", mailbox.isDemoOutbox());
		return Htmx.view(request, PAGE, "rows");
	}
}
