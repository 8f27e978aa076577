package org.concord.rooms.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.commissions.Statements;
import org.concord.content.Library;
import org.concord.leads.Leads;
import org.concord.notifications.Inbox;
import org.concord.partners.PartnerDirectory;
import org.concord.registrations.PipelineStage;
import org.concord.registrations.RegisteredOpportunities;
import org.concord.rooms.Announcements;
import org.concord.shared.BrandHosts;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.CurrentActor;
import org.concord.shared.Money;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Overview room, where everyone lands: seed 002's counts (prospects submitted this quarter, deals in progress,
 * commission earned), what is new since the last visit (unread notices, resources), the vendor's announcements, quick
 * actions.
 */
@Controller
class OverviewController {

	private static final String PAGE = "rooms/overview";
	private static final int ANNOUNCEMENTS = 3;
	private static final int NEW_RESOURCES = 3;

	private final PartnerDirectory partners;
	private final Inbox inbox;
	private final Leads leads;
	private final Statements statements;
	private final RegisteredOpportunities opportunities;
	private final Announcements announcements;
	private final Library library;
	private final BrandHosts brands;
	private final BusinessCalendar calendar;
	private final Clock clock;
	private final CurrentActor actor;

	OverviewController(PartnerDirectory partners, Inbox inbox, Leads leads, Statements statements,
			RegisteredOpportunities opportunities, Announcements announcements, Library library, BrandHosts brands,
			BusinessCalendar calendar, Clock clock, CurrentActor actor) {
		this.library = library;
		this.statements = statements;
		this.partners = partners;
		this.inbox = inbox;
		this.leads = leads;
		this.opportunities = opportunities;
		this.announcements = announcements;
		this.brands = brands;
		this.calendar = calendar;
		this.clock = clock;
		this.actor = actor;
	}

	@GetMapping("/")
	String overview(HttpServletRequest request, Model model) {
		actor.scope().company().ifPresentOrElse(own -> {
			model.addAttribute("company", partners.get(own));
			model.addAttribute("commission", statements.summary(own));
			model.addAttribute("expected", statements.expectedOnPipeline());
			LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
			LocalDate quarter = today.with(IsoFields.DAY_OF_QUARTER, 1);
			model.addAttribute("submittedThisQuarter",
					opportunities.submittedSince(quarter.atStartOfDay(calendar.zone()).toInstant()));
			List<PipelineStage> pipeline = opportunities.openPipeline();
			model.addAttribute("dealsInProgress", pipeline.stream().mapToLong(PipelineStage::deals).sum());
			model.addAttribute("pipelineMrr", pipeline.stream().map(PipelineStage::mrr)
					.collect(Collectors.toMap(Money::currency, m -> m, Money::plus, LinkedHashMap::new)).values());
			model.addAttribute("announcements",
					announcements.list(brands.brandOf(request.getServerName()), 0, ANNOUNCEMENTS));
			model.addAttribute("newResources", library.whatsNew(brands.brandOf(request.getServerName()), NEW_RESOURCES));
		}, () -> model.addAttribute("partnerCount", partners.list(0, 1).totalElements()));
		model.addAttribute("notices", inbox.mine());
		model.addAttribute("unreadCount", inbox.unreadCount());
		model.addAttribute("leadsWaiting", leads.waitingForMe());
		return PAGE;
	}
}
