package org.concord.commissions.web;

import java.time.Clock;
import org.concord.commissions.Payouts;
import org.concord.commissions.Statements;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.concord.identity.ConcordUser;
import org.concord.identity.Safeguards;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotAllowedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vendor admin's payouts: prepare a batch, approve the lines to pay, mark it paid. */
@Controller
class PayoutController {

	private static final String LIST = "commissions/payouts";
	private static final String DETAIL = "commissions/payout";

	private final Statements statements;
	private final Payouts payouts;
	private final Safeguards safeguards;
	private final Clock clock;

	PayoutController(Statements statements, Payouts payouts, Safeguards safeguards, Clock clock) {
		this.statements = statements;
		this.payouts = payouts;
		this.safeguards = safeguards;
		this.clock = clock;
	}

	@GetMapping("/admin/payouts")
	String list(Model model) {
		model.addAttribute("payouts", payouts.recent());
		model.addAttribute("totals", statements.partnerTotals());
		model.addAttribute("upTo", LocalDate.now(clock).withDayOfMonth(1).minusDays(1));
		return LIST;
	}

	@PostMapping("/admin/payouts")
	String prepare(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate upTo,
			RedirectAttributes redirect) {
		try {
			UUID batch = payouts.prepare(upTo);
			redirect.addFlashAttribute("notice", "Payout prepared: approve the lines to pay.");
			return "redirect:/admin/payouts/" + batch;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/admin/payouts";
		}
	}

	@GetMapping("/admin/payouts/{id}")
	String show(@PathVariable UUID id, Model model, @AuthenticationPrincipal ConcordUser me) {
		var payout = payouts.get(id);
		model.addAttribute("payout", payout);
		model.addAttribute("secondPairOfEyes", safeguards.current().payoutFourEyes()
				&& me.userId().value().equals(payout.preparedBy()));
		model.addAttribute("today", LocalDate.now(clock));
		return DETAIL;
	}

	@PostMapping("/admin/payouts/{id}/approval")
	String approve(@PathVariable UUID id, @RequestParam(required = false) List<UUID> lines, RedirectAttributes redirect) {
		return act(id, redirect, "Approved. Pay it, then record the payment's reference.",
				() -> payouts.approve(id, lines == null ? new HashSet<>() : new HashSet<>(lines)));
	}

	@PostMapping("/admin/payouts/{id}/payment")
	String markPaid(@PathVariable UUID id, @RequestParam(defaultValue = "") String reference,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
			RedirectAttributes redirect) {
		return act(id, redirect, "Marked paid; its lines are frozen and on the partners' statements.",
				() -> payouts.markPaid(id, reference, paidOn));
	}

	private String act(UUID id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (InvalidInputException | NotAllowedException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/payouts/" + id;
	}
}
