package org.concord.notifications.web;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.notifications.Inbox;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the number of notices its person has not read yet, for the top bar. */
@ControllerAdvice
class UnreadNotices {

	private final Inbox inbox;

	UnreadNotices(Inbox inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute("unreadNotices")
	Long unread(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/api/") || request.getUserPrincipal() == null ? null : inbox.unreadCount();
	}
}
