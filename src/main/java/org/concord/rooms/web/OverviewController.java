package org.concord.rooms.web;

import org.concord.commissions.Statements;
import org.concord.leads.Leads;
import org.concord.notifications.Inbox;
import org.concord.partners.PartnerDirectory;
import org.concord.shared.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Overview room: the landing page after login. */
@Controller
class OverviewController {

	private static final String PAGE = "rooms/overview";

	private final PartnerDirectory partners;
	private final Inbox inbox;
	private final Leads leads;
	private final Statements statements;
	private final CurrentActor actor;

	OverviewController(PartnerDirectory partners, Inbox inbox, Leads leads, Statements statements, CurrentActor actor) {
		this.statements = statements;
		this.partners = partners;
		this.inbox = inbox;
		this.leads = leads;
		this.actor = actor;
	}

	@GetMapping("/")
	String overview(Model model) {
		actor.scope().company().ifPresentOrElse(own -> {
			model.addAttribute("company", partners.get(own));
			model.addAttribute("commission", statements.summary(own));
			model.addAttribute("expected", statements.expectedOnPipeline());
		}, () -> model.addAttribute("partnerCount", partners.list(0, 1).totalElements()));
		model.addAttribute("notices", inbox.mine());
		model.addAttribute("leadsWaiting", leads.waitingForMe());
		return PAGE;
	}
}
