package org.concord.notifications.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.notifications.Inbox;
import org.concord.shared.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's notices: all of them or the unread ones, opened (and so read) one by one, or all marked read at once. */
@Controller
class NoticeController {

	private static final String PAGE = "notifications/notices";

	private final Inbox inbox;

	NoticeController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/notices")
	String list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(required = false) Integer page,
			HttpServletRequest request, Model model) {
		model.addAttribute("notices", inbox.mine(unread, page, null));
		model.addAttribute("unread", unread);
		model.addAttribute("unreadCount", inbox.unreadCount());
		return Htmx.view(request, PAGE, "list");
	}

	/** Follows a notice to what it is about, marking it read on the way. */
	@GetMapping("/notices/{id}")
	String open(@PathVariable UUID id) {
		return "redirect:" + inbox.open(id);
	}

	/** For htmx, the notice's row again, now read. */
	@PostMapping("/notices/{id}/read")
	String markRead(@PathVariable UUID id, HttpServletRequest request, Model model) {
		model.addAttribute("n", inbox.markRead(id));
		return Htmx.isHtmx(request) ? "notifications/notice :: notice" : "redirect:/notices";
	}

	@PostMapping("/notices/read")
	String markAllRead(@RequestParam(required = false) String back, RedirectAttributes redirect) {
		int marked = inbox.markAllRead();
		redirect.addFlashAttribute("notice", marked == 1 ? "Marked 1 notice read." : "Marked " + marked + " notices read.");
		return "/".equals(back) ? "redirect:/" : "redirect:/notices";
	}
}
