package org.concord.commissions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.concord.registrations.RegisteredOpportunities;
import org.concord.shared.Audited;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.access.Administer;
import org.concord.shared.access.SeeProgram;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the program costs (platform, people, marketing), and its return: partner-attributed revenue against it (seed 004). */
@Service
public class ProgramCosts {

	private final ProgramCostRepository costs;
	private final RegisteredOpportunities registrations;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProgramCosts(ProgramCostRepository costs, RegisteredOpportunities registrations, CurrentActor actor, ApplicationEventPublisher events,
			Clock clock) {
		this.costs = costs;
		this.registrations = registrations;
		this.actor = actor;
		this.events = events;
		this.clock = clock;
	}

	/** A cost of the program, for its ROI. */
	@Administer
	@Transactional
	public void add(LocalDate incurredOn, CostCategory category, BigDecimal amount, String currency, String note) {
		if (incurredOn == null) {
			throw new InvalidInputException("incurredOn", "Enter the day the cost was incurred.");
		}
		if (category == null) {
			throw new InvalidInputException("category", "Choose what the cost was for.");
		}
		if (amount == null || amount.signum() <= 0) {
			throw new InvalidInputException("amount", "Enter an amount more than zero.");
		}
		if (currency == null || !registrations.currencies().contains(currency)) {
			throw new InvalidInputException("currency", "Choose one of " + String.join(", ", registrations.currencies()) + ".");
		}
		costs.save(new ProgramCost(incurredOn, category, Money.of(amount, currency), note == null ? null : note.trim(),
				actor.userId().value(), clock.instant()));
		events.publishEvent(new Audited("PROGRAM_COST_ADDED", category.name(), Money.of(amount, currency) + " on " + incurredOn));
	}

	/** Partner-attributed revenue and program ROI over a period, in a currency (seed 004). */
	@SeeProgram
	@Transactional(readOnly = true)
	public ProgramRoi roi(LocalDate from, LocalDate to, String currency, BigDecimal influenceWeight) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new InvalidInputException("to", "Choose a period whose end is not before its start.");
		}
		BigDecimal weight = influenceWeight == null ? ProgramRoi.DEFAULT_INFLUENCE_WEIGHT : influenceWeight;
		if (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
			throw new InvalidInputException("influenceWeight", "The influence weight lies between 0 and 1 (e.g. 0.30).");
		}
		String c = currency == null ? "CAD" : currency;
		return ProgramRoi.of(from, to, Money.of(costs.sourcedRevenue(c, from, to), c), Money.of(costs.influencedRevenue(c, from, to), c),
				weight, Money.of(costs.total(c, from, to), c), Money.of(costs.commissions(c, from, to), c));
	}
}
