package org.concord.commissions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerSummary;
import org.concord.registrations.RegisteredOpportunities;
import org.concord.registrations.Stage;
import org.concord.shared.Audited;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.NotFoundException;
import org.concord.shared.PartnerId;
import org.concord.shared.access.Administer;
import org.concord.shared.access.SeeProgram;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What partners earned, read from the ledger: a partner's monthly statements (opening, earned, reversed, paid,
 * closing, every line; as CSV and PDF too), issued once a month has ended; what each partner earned, was paid and is
 * owed; and the commission the open pipeline would earn.
 */
@Service
public class Statements {

	/** The commission one stage of the open pipeline would earn a month, in one currency. */
	public record StageCommission(Stage stage, Money mrr, Money expected) {
	}

	private final LedgerRepository ledger;
	private final CommissionMonths months;
	private final PayoutRepository payouts;
	private final IssuedStatementMonthRepository issuedMonths;
	private final ProgramTerms terms;
	private final RegisteredOpportunities registrations;
	private final PartnerDirectory partners;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Statements(LedgerRepository ledger, CommissionMonths months, PayoutRepository payouts, IssuedStatementMonthRepository issuedMonths, ProgramTerms terms,
			RegisteredOpportunities registrations, PartnerDirectory partners, CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
		this.ledger = ledger;
		this.months = months;
		this.payouts = payouts;
		this.issuedMonths = issuedMonths;
		this.terms = terms;
		this.registrations = registrations;
		this.partners = partners;
		this.actor = actor;
		this.events = events;
		this.clock = clock;
	}

	/** A partner's statements for a month, one per currency it earned or holds a balance in. */
	@Transactional(readOnly = true)
	public List<Statement> of(PartnerId partner, YearMonth month) {
		actor.scope().requireVisible(partner, "Partner");
		String name = partners.find(partner).map(PartnerSummary::name).orElseThrow(() -> new NotFoundException("Partner"));
		Map<String, Money> opening = new TreeMap<>();
		months.balancesBefore(partner.value(), month.atDay(1))
				.forEach(row -> opening.put((String) row[0], Money.of((BigDecimal) row[1], (String) row[0])));
		payouts.paidTo(partner.value(), LocalDate.EPOCH, month.atDay(1)).forEach(row -> opening.merge((String) row[0],
				Money.of((BigDecimal) row[1], (String) row[0]).negate(), Money::plus));
		Map<String, Money> paidIn = new TreeMap<>();
		payouts.paidTo(partner.value(), month.atDay(1), month.plusMonths(1).atDay(1))
				.forEach(row -> paidIn.put((String) row[0], Money.of((BigDecimal) row[1], (String) row[0])));
		paidIn.keySet().forEach(c -> opening.putIfAbsent(c, Money.zero(c)));
		List<LedgerLine> lines = ledger.linesOf(partner.value(), month.atDay(1), month.plusMonths(1).atDay(1)).stream()
				.map(CommissionLedgerEntry::lineOf).toList();
		lines.forEach(l -> opening.putIfAbsent(l.amount().currency().getCurrencyCode(), Money.zero(l.amount().currency().getCurrencyCode())));
		List<Statement> statements = new ArrayList<>();
		opening.forEach((currency, carriedIn) -> {
			List<LedgerLine> of = lines.stream().filter(l -> l.amount().currency().getCurrencyCode().equals(currency)).toList();
			Money earned = Money.sum(of.stream().filter(l -> l.paymentKind() == PaymentKind.PAYMENT).map(LedgerLine::amount).toList(), currency);
			Money reversed = Money.sum(of.stream().filter(l -> l.paymentKind() != PaymentKind.PAYMENT).map(LedgerLine::amount).toList(), currency);
			Money paid = paidIn.getOrDefault(currency, Money.zero(currency));
			statements.add(new Statement(partner, name, month, currency, carriedIn, earned, reversed, paid,
					carriedIn.plus(earned).plus(reversed).minus(paid), of));
		});
		return statements;
	}

	@Transactional(readOnly = true)
	public byte[] pdf(PartnerId partner, YearMonth month) {
		List<Statement> statements = of(partner, month);
		String name = partners.find(partner).map(PartnerSummary::name).orElse("");
		return StatementPdf.of(statements, name, month);
	}

	@Transactional(readOnly = true)
	public String csv(PartnerId partner, YearMonth month) {
		return StatementCsv.of(of(partner, month));
	}

	/**
	 * Issues every partner's statements of a month that has ended: they are final from then on, so no payment may
	 * be dated into that month, or any before it, any more.
	 */
	@Administer
	@Transactional
	public void issue(YearMonth month) {
		if (month == null || !month.isBefore(YearMonth.now(clock))) {
			throw new InvalidInputException("month", "Issue the statements of a month that has ended.");
		}
		closedThrough().filter(closed -> !month.isAfter(closed)).ifPresent(closed -> {
			throw new InvalidInputException("month", "The statements up to " + closed + " are issued already.");
		});
		issuedMonths.save(new IssuedStatementMonth(month, actor.userId().value(), clock.instant()));
		events.publishEvent(new Audited("STATEMENTS_ISSUED", month.toString(), "statements up to " + month + " are final"));
	}

	/** The last month whose statements are issued: it and every month before it are closed to new bookings. */
	@Transactional(readOnly = true)
	public Optional<YearMonth> closedThrough() {
		return issuedMonths.findFirstByOrderByStatementMonthDesc().map(IssuedStatementMonth::month);
	}

	/**
	 * What a partner earned in all, what was paid out, and what is pending payout, per currency: for the
	 * Overview and the commission page.
	 */
	@Transactional(readOnly = true)
	public List<CommissionSummary> summary(PartnerId partner) {
		actor.scope().requireReadable(partner, "Partner");
		Map<String, Money> earned = new TreeMap<>();
		months.balancesBefore(partner.value(), LocalDate.of(9999, 1, 1))
				.forEach(row -> earned.put((String) row[0], Money.of((BigDecimal) row[1], (String) row[0])));
		Map<String, Money> paid = new TreeMap<>();
		payouts.paidTo(partner.value(), LocalDate.EPOCH, LocalDate.of(9999, 1, 1))
				.forEach(row -> paid.put((String) row[0], Money.of((BigDecimal) row[1], (String) row[0])));
		return earned.entrySet().stream().map(e -> {
			Money out = paid.getOrDefault(e.getKey(), Money.zero(e.getKey()));
			return new CommissionSummary(e.getKey(), e.getValue(), out, e.getValue().minus(out));
		}).toList();
	}

	/** Per partner and currency: earned, paid out and pending; the vendor's view of what it owes. */
	@SeeProgram
	@Transactional(readOnly = true)
	public List<PartnerTotals> partnerTotals() {
		Map<String, Money> paid = new HashMap<>();
		payouts.paidPerPartner().forEach(row -> paid.put(row[0] + "/" + row[1], Money.of((BigDecimal) row[2], (String) row[1])));
		List<Object[]> earnedRows = months.earnedPerPartner();
		Map<UUID, String> names = partners.namesOf(earnedRows.stream().map(row -> (UUID) row[0]).toList());
		return earnedRows.stream().map(row -> {
			UUID partner = (UUID) row[0];
			String currency = (String) row[1];
			Money earned = Money.of((BigDecimal) row[2], currency);
			Money out = paid.getOrDefault(partner + "/" + currency, Money.zero(currency));
			return new PartnerTotals(partner, names.getOrDefault(partner, "?"), currency, earned, out, earned.minus(out));
		}).sorted(Comparator.comparing(PartnerTotals::partnerName)).toList();
	}

	/**
	 * Every partner's statement figures for a month (opening, earned, reversed, paid, closing), one row per partner
	 * and currency: the month-end run, three grouped reads whatever the number of partners.
	 */
	@SeeProgram
	@Transactional(readOnly = true)
	public List<StatementTotals> monthly(YearMonth month) {
		LocalDate from = month.atDay(1);
		LocalDate until = month.plusMonths(1).atDay(1);
		Map<String, Object[]> paid = new HashMap<>();
		payouts.paidFigures(from, until).forEach(row -> paid.put(row[0] + "/" + row[1], row));
		Map<String, Object[]> moved = new HashMap<>();
		ledger.movementsOfAll(from, until).forEach(row -> moved.put(row[0] + "/" + row[1], row));
		Map<String, Object[]> opened = new HashMap<>();
		ledger.balancesOfAllBefore(from).forEach(row -> opened.put(row[0] + "/" + row[1], row));
		Set<String> keys = new HashSet<>(opened.keySet());
		keys.addAll(moved.keySet());
		List<StatementTotals> totals = new ArrayList<>(keys.size());
		for (String key : keys) {
			Object[] any = opened.containsKey(key) ? opened.get(key) : moved.get(key);
			String currency = (String) any[1];
			Money zero = Money.zero(currency);
			Object[] out = paid.get(key);
			Money paidBefore = out == null ? zero : Money.of((BigDecimal) out[2], currency);
			Money paidIn = out == null ? zero : Money.of((BigDecimal) out[3], currency);
			Money opening = (opened.containsKey(key) ? Money.of((BigDecimal) opened.get(key)[2], currency) : zero).minus(paidBefore);
			Money earned = moved.containsKey(key) ? Money.of((BigDecimal) moved.get(key)[2], currency) : zero;
			Money reversed = moved.containsKey(key) ? Money.of((BigDecimal) moved.get(key)[3], currency) : zero;
			totals.add(new StatementTotals((UUID) any[0], currency, opening, earned, reversed, paidIn,
					opening.plus(earned).plus(reversed).minus(paidIn)));
		}
		return totals;
	}

	/**
	 * The commission the actor's open pipeline (approved and active, not yet won) would earn a month, per stage: its
	 * MRR at the partner's registration commission rate under the terms in force today (vendor staff: at the
	 * program rate).
	 */
	@Transactional(readOnly = true)
	public List<StageCommission> expectedByStage() {
		BigDecimal rate = registrationRateToday();
		return registrations.openPipeline().stream()
				.map(stage -> new StageCommission(stage.stage(), stage.mrr(), stage.mrr().times(rate))).toList();
	}

	/**
	 * Seed 002's monthly routine: the open pipeline by month of expected close, with its MRR and the commission it
	 * would earn a month at the caller's own registration rate (vendor staff: the program's).
	 */
	@Transactional(readOnly = true)
	public List<ForecastMonth> forecast() {
		BigDecimal rate = registrationRateToday();
		YearMonth now = YearMonth.now(clock);
		return registrations.forecast().stream().map(month -> new ForecastMonth(month.month(), month.deals(), month.mrr(),
				month.mrr().times(rate), month.month().isBefore(now))).toList();
	}

	/** {@link #expectedByStage()} summed per currency: the stages add up to it to the cent. */
	@Transactional(readOnly = true)
	public List<Money> expectedOnPipeline() {
		return totalOf(expectedByStage());
	}

	/** Stages' expected commission summed per currency. */
	public static List<Money> totalOf(List<StageCommission> stages) {
		Map<String, Money> total = new TreeMap<>();
		stages.forEach(stage -> total.merge(stage.expected().currency().getCurrencyCode(), stage.expected(), Money::plus));
		return List.copyOf(total.values());
	}

	private BigDecimal registrationRateToday() {
		List<RateView> card = terms.card(terms.versionInForceOn(LocalDate.now(clock)));
		return actor.scope().company().flatMap(partners::find)
				.map(p -> RateCard.rate(card, CommissionKind.REGISTRATION, p))
				.orElseGet(() -> card.stream().filter(r -> r.kind() == CommissionKind.REGISTRATION && r.scope() == RateScope.PROGRAM)
						.map(RateView::rate).findFirst().orElse(BigDecimal.ZERO));
	}
}
