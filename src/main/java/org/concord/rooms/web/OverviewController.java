package org.concord.rooms.web;

import org.concord.commissions.Commissions;
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
	private final Commissions commissions;
	private final CurrentActor actor;

	OverviewController(PartnerDirectory partners, Inbox inbox, Leads leads, Commissions commissions, CurrentActor actor) {
		this.commissions = commissions;
		this.partners = partners;
		this.inbox = inbox;
		this.leads = leads;
		this.actor = actor;
	}

	@GetMapping("/")
	String overview(Model model) {
		actor.scope().company().ifPresentOrElse(own -> {
			model.addAttribute("company", partners.get(own));
			model.addAttribute("commission", commissions.summary(own));
			model.addAttribute("expected", commissions.expectedOnPipeline());
		}, () -> model.addAttribute("partnerCount", partners.list(0, 1).totalElements()));
		model.addAttribute("notices", inbox.mine());
		model.addAttribute("leadsWaiting", leads.waitingForMe());
		return PAGE;
	}
}
