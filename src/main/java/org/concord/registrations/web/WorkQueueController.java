package org.concord.registrations.web;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.concord.registrations.Assistance;
import org.concord.registrations.Deals;
import org.concord.registrations.ExpectedCommission;
import org.concord.registrations.Pipeline;
import org.concord.registrations.RegistrationLists;
import org.concord.registrations.Renewals;
import org.concord.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vendor's work queues: the review queue, partners' assistance requests, and a sales rep's opportunities. */
@Controller
class WorkQueueController {

	private final RegistrationLists registrationLists;
	private final Renewals renewals;
	private final Pipeline pipeline;
	private final Assistance assistance;
	private final Deals deals;
	private final ExpectedCommission expectedCommission;
	private final Clock clock;

	WorkQueueController(RegistrationLists registrationLists, Renewals renewals, Pipeline pipeline, Assistance assistance,
			Deals deals, ExpectedCommission expectedCommission, Clock clock) {
		this.registrationLists = registrationLists;
		this.renewals = renewals;
		this.pipeline = pipeline;
		this.assistance = assistance;
		this.deals = deals;
		this.expectedCommission = expectedCommission;
		this.clock = clock;
	}

	@GetMapping("/review")
	String review(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer page,
			@RequestParam(defaultValue = "false") boolean all, Model model) {
		model.addAttribute("queue", registrationLists.reviewQueue(!all, cursor, page, null));
		model.addAttribute("all", all);
		model.addAttribute("renewals", renewals.requests(0, 50));
		model.addAttribute("sla", pipeline.slaReport(clock.instant().minus(Duration.ofDays(90))));
		model.addAttribute("now", clock.instant());
		return "registrations/review";
	}

	@GetMapping("/assistance")
	String assistanceQueue(@RequestParam(required = false) Integer page, @RequestParam(defaultValue = "false") boolean all,
			Model model) {
		model.addAttribute("requests", assistance.open(!all, page, null));
		model.addAttribute("all", all);
		return "registrations/assistance";
	}

	@PostMapping("/assistance/{requestId}/answer")
	String answer(@PathVariable UUID requestId, @RequestParam(defaultValue = "") String answer, RedirectAttributes redirect) {
		try {
			assistance.answer(requestId, answer);
			redirect.addFlashAttribute("notice", "Answer sent to the partner.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/assistance";
	}

	/** A vendor sales rep's queue: the prospects the channel team assigned to them ("We'll assign this"). */
	@GetMapping("/my-opportunities")
	String myOpportunities(@RequestParam(required = false) Integer page, Model model) {
		var mine = deals.assignedToMe(page, null);
		model.addAttribute("registrations", mine);
		model.addAttribute("expected", expectedCommission.monthly(mine.content()));
		return "registrations/assigned";
	}
}
