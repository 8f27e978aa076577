package org.concord.scoring;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.concord.leads.ContactRuleMisses;
import org.concord.partners.Engagement;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerTypeView;
import org.concord.partners.PartnerTypes;
import org.concord.partners.ScoredPartners;
import org.concord.registrations.RegisteredOpportunities;
import org.concord.shared.Audited;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.CurrentActor;
import org.concord.shared.EngagementKind;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.access.Administer;
import org.concord.shared.access.SeeProgram;
import org.concord.training.Training;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ezylang.evalex.BaseException;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * The channel scorecard (seed 004): every counted partner's KPIs, scored by the formula of its type and region, ranked
 * among the partners of its type, kept per day computed (monthly, or when a vendor admin asks). The vendor reads the
 * ranking of a type; a partner its own scorecard with its anonymised rank (seed 004 edge case 5).
 */
@Service
public class Scorecards {

	private static final String COLUMNS = "partner_id, computed_on, partner_type, revenue, pipeline, engagement, certifications,"
			+ " contact_misses, conflicts, formula, score, peer_rank, peers, percentile";

	private final ScoredPartners scored;
	private final Engagement engagement;
	private final RegisteredOpportunities opportunities;
	private final ContactRuleMisses misses;
	private final Training training;
	private final TierRubrics rubrics;
	private final PartnerDirectory partners;
	private final PartnerTypes types;
	private final JdbcTemplate jdbc;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;
	private final BusinessCalendar calendar;
	private final Clock clock;

	Scorecards(ScoredPartners scored, Engagement engagement, RegisteredOpportunities opportunities, ContactRuleMisses misses,
			Training training, TierRubrics rubrics, PartnerDirectory partners, PartnerTypes types, JdbcTemplate jdbc,
			CurrentActor actor, ApplicationEventPublisher events, BusinessCalendar calendar, Clock clock) {
		this.scored = scored;
		this.engagement = engagement;
		this.opportunities = opportunities;
		this.misses = misses;
		this.training = training;
		this.rubrics = rubrics;
		this.partners = partners;
		this.types = types;
		this.jdbc = jdbc;
		this.actor = actor;
		this.events = events;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Computes every counted partner's scorecard as of the start of {@code on}, replacing one of that day. */
	@Transactional
	public int compute(LocalDate on) {
		ZoneId zone = calendar.zone();
		Instant end = on.atStartOfDay(zone).toInstant();
		Instant yearAgo = on.minusYears(1).atStartOfDay(zone).toInstant();
		String currency = rubrics.current().revenueCurrency();
		Map<PartnerId, BigDecimal> revenue = opportunities.wonAnnualRevenue(yearAgo, end, currency);
		Map<PartnerId, BigDecimal> pipeline = opportunities.openPipeline(currency);
		Map<PartnerId, Map<EngagementKind, Long>> lately = engagement.countsBetween(on.minusDays(90).atStartOfDay(zone)
				.toInstant(), end);
		Map<PartnerId, Long> certified = new HashMap<>(scored.certificationsHeldOn(on));
		training.certificationsHeldOn(on).forEach((partner, held) -> certified.merge(partner, held, Long::sum));
		Map<PartnerId, Long> missed = misses.byPartner();
		Map<PartnerId, Long> conflicts = opportunities.conflictsBetween(yearAgo, end);
		List<ScorecardFormulaView> formulas = formulas();
		Map<String, ScorecardFormula> parsed = new HashMap<>();

		record Scored(ScoredPartners.Peer peer, Map<ScorecardKpi, BigDecimal> kpis, ScorecardFormulaView formula, BigDecimal score) {
		}
		List<Scored> all = new ArrayList<>();
		for (ScoredPartners.Peer peer : scored.peers()) {
			PartnerId id = peer.id();
			Map<ScorecardKpi, BigDecimal> kpis = new EnumMap<>(ScorecardKpi.class);
			kpis.put(ScorecardKpi.REVENUE, revenue.getOrDefault(id, BigDecimal.ZERO));
			kpis.put(ScorecardKpi.PIPELINE, pipeline.getOrDefault(id, BigDecimal.ZERO));
			kpis.put(ScorecardKpi.ENGAGEMENT, TierAssessments.engagementScore(lately.getOrDefault(id, Map.of())));
			kpis.put(ScorecardKpi.CERTIFICATIONS, BigDecimal.valueOf(certified.getOrDefault(id, 0L)));
			kpis.put(ScorecardKpi.CONTACT_MISSES, BigDecimal.valueOf(missed.getOrDefault(id, 0L)));
			kpis.put(ScorecardKpi.CONFLICTS, BigDecimal.valueOf(conflicts.getOrDefault(id, 0L)));
			ScorecardFormulaView formula = formulaFor(formulas, peer.type(), peer.region());
			BigDecimal score;
			try {
				score = parsed.computeIfAbsent(formula.expression(), ScorecardFormula::parse).score(kpis);
			}
			catch (BaseException | ArithmeticException | IllegalArgumentException ex) {
				score = null; // e.g. a division by a KPI that is 0 for this partner: no score, ranked last
			}
			all.add(new Scored(peer, kpis, formula, score));
		}
		Map<String, List<BigDecimal>> byType = new HashMap<>();
		all.forEach(s -> byType.computeIfAbsent(s.peer().type(), t -> new ArrayList<>())
				.add(s.score() == null ? BigDecimal.valueOf(Long.MIN_VALUE) : s.score()));
		List<Object[]> rows = new ArrayList<>();
		for (Scored s : all) {
			PeerRanking ranking = PeerRanking.of(s.score() == null ? BigDecimal.valueOf(Long.MIN_VALUE) : s.score(),
					byType.get(s.peer().type()));
			rows.add(new Object[] { s.peer().id().value(), Date.valueOf(on), s.peer().type(), s.peer().region(),
					s.kpis().get(ScorecardKpi.REVENUE), s.kpis().get(ScorecardKpi.PIPELINE), s.kpis().get(ScorecardKpi.ENGAGEMENT),
					s.kpis().get(ScorecardKpi.CERTIFICATIONS).longValue(), s.kpis().get(ScorecardKpi.CONTACT_MISSES).longValue(),
					s.kpis().get(ScorecardKpi.CONFLICTS).longValue(), s.formula().expression(), s.score(), ranking.rank(),
					ranking.peers(), ranking.percentile() });
		}
		jdbc.update("delete from scorecard_snapshot where computed_on = ?", Date.valueOf(on));
		jdbc.batchUpdate("insert into scorecard_snapshot (partner_id, computed_on, partner_type, region, revenue, pipeline,"
				+ " engagement, certifications, contact_misses, conflicts, formula, score, peer_rank, peers, percentile)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		return rows.size();
	}

	/** A vendor admin computes every scorecard now (after changing a formula or a target). */
	@Administer
	@Transactional
	public int computeNow() {
		return compute(today());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(calendar.zone()));
	}

	/** A partner's last scorecard, for those who read the partner: its KPIs against the targets, score and rank. */
	@Transactional(readOnly = true)
	public Optional<ScorecardView> of(PartnerId partner) {
		actor.scope().requireReadable(partner, "Partner");
		Map<ScorecardKpi, BigDecimal> targets = targets();
		String name = partners.namesOf(List.of(partner.value())).get(partner.value());
		return jdbc.query("select " + COLUMNS + " from scorecard_snapshot where partner_id = ? order by computed_on desc"
				+ " fetch first 1 rows only", (row, n) -> view(row, name, targets), partner.value()).stream().findFirst();
	}

	/** The ranking of one partner type on the last day computed, best first, paged: for the vendor. */
	@SeeProgram
	@Transactional(readOnly = true)
	public PageView<ScorecardView> ranking(String type, Integer page, Integer size) {
		if (type == null || type.isBlank()) {
			throw new InvalidInputException("type", "Choose a partner type.");
		}
		var pageable = Paging.of(page, size, Sort.unsorted());
		Date last = jdbc.queryForObject("select max(computed_on) from scorecard_snapshot", Date.class);
		if (last == null) {
			return PageView.of(new PageImpl<>(List.<ScorecardView>of(), pageable, 0), v -> v);
		}
		long total = jdbc.queryForObject("select count(*) from scorecard_snapshot where computed_on = ? and partner_type = ?",
				Long.class, last, type);
		Map<ScorecardKpi, BigDecimal> targets = targets();
		List<ScorecardView> rows = jdbc.query("select " + COLUMNS + " from scorecard_snapshot where computed_on = ?"
				+ " and partner_type = ? order by peer_rank, partner_id offset ? rows fetch next ? rows only",
				(row, n) -> view(row, null, targets), last, type, pageable.getOffset(), pageable.getPageSize());
		Map<UUID, String> names = partners.namesOf(rows.stream().map(r -> UUID.fromString(r.partnerId())).toList());
		return PageView.of(new PageImpl<>(rows.stream().map(r -> new ScorecardView(r.partnerId(),
				names.get(UUID.fromString(r.partnerId())), r.computedOn(), r.partnerType(), r.partnerTypeName(), r.kpis(),
				r.formula(), r.score(), r.rank(), r.peers(), r.percentile())).toList(), pageable, total), v -> v);
	}

	private ScorecardView view(ResultSet row, String name, Map<ScorecardKpi, BigDecimal> targets) throws SQLException {
		List<ScorecardView.Kpi> kpis = new ArrayList<>();
		BigDecimal[] values = { row.getBigDecimal(4), row.getBigDecimal(5), row.getBigDecimal(6),
				BigDecimal.valueOf(row.getLong(7)), BigDecimal.valueOf(row.getLong(8)), BigDecimal.valueOf(row.getLong(9)) };
		for (ScorecardKpi kpi : ScorecardKpi.values()) {
			BigDecimal value = values[kpi.ordinal()];
			BigDecimal target = targets.get(kpi);
			boolean met = target == null || (kpi.higherIsBetter() ? value.compareTo(target) >= 0 : value.compareTo(target) <= 0);
			kpis.add(new ScorecardView.Kpi(kpi.name(), kpi.variable(), kpi.label(), value, target, met));
		}
		String type = row.getString(3);
		return new ScorecardView(row.getObject(1, UUID.class).toString(), name, row.getDate(2).toLocalDate(), type,
				types.find(type).map(PartnerTypeView::name).orElse(type), kpis, row.getString(10), row.getBigDecimal(11), row.getInt(12), row.getInt(13), row.getInt(14));
	}

	/** The formulas, the default first. */
	@Transactional(readOnly = true)
	public List<ScorecardFormulaView> formulas() {
		return jdbc.query("select id, partner_type, region, expression, changed_at from scorecard_formula", (row, n) ->
				new ScorecardFormulaView(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
						row.getTimestamp(5).toInstant())).stream()
				.sorted(Comparator.comparingInt(ScorecardFormulaView::specificity).thenComparing(f -> String.valueOf(f.partnerType()))
						.thenComparing(f -> String.valueOf(f.region())))
				.toList();
	}

	/** The formula for a partner: of its type and region, else its type, else its region, else the default. */
	static ScorecardFormulaView formulaFor(List<ScorecardFormulaView> formulas, String type, String region) {
		return formulas.stream().filter(f -> f.appliesTo(type, region))
				.max(Comparator.comparingInt(ScorecardFormulaView::specificity)).orElseThrow();
	}

	/** A vendor admin sets the formula for a partner type, a region, both, or (neither) the default, replacing one there. */
	@Administer
	@Transactional
	public ScorecardFormulaView setFormula(String partnerType, String region, String expression) {
		String type = partnerType == null || partnerType.isBlank() ? null : partnerType.strip();
		String where = region == null || region.isBlank() ? null : region.strip();
		if (type != null && types.find(type).isEmpty()) {
			throw new InvalidInputException("partnerType", "Choose one of the partner types.");
		}
		if (where != null && where.length() > 100) {
			throw new InvalidInputException("region", "Keep the region to 100 characters.");
		}
		ScorecardFormula formula = ScorecardFormula.parse(expression);
		jdbc.update("delete from scorecard_formula where " + (type == null ? "partner_type is null" : "partner_type = ?")
				+ " and " + (where == null ? "region is null" : "lower(region) = lower(?)"), args(type, where));
		UUID id = UUID.randomUUID();
		jdbc.update("insert into scorecard_formula (id, partner_type, region, expression, changed_at) values (?, ?, ?, ?, ?)", id,
				type, where, formula.text(), Timestamp.from(clock.instant()));
		events.publishEvent(new Audited("SCORECARD_FORMULA_SET", (type == null ? "any type" : type) + " / "
				+ (where == null ? "any region" : where), formula.text()));
		return formulas().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
	}

	private static Object[] args(String type, String region) {
		List<Object> args = new ArrayList<>();
		if (type != null) {
			args.add(type);
		}
		if (region != null) {
			args.add(region);
		}
		return args.toArray();
	}

	/** A vendor admin removes a type's or region's formula; the default stays. */
	@Administer
	@Transactional
	public void removeFormula(UUID id) {
		ScorecardFormulaView formula = formulas().stream().filter(f -> f.id().equals(id)).findFirst()
				.orElseThrow(() -> new NotFoundException("Formula"));
		if (formula.specificity() == 0) {
			throw new InvalidInputException("id", "The default formula stays; change it instead.");
		}
		jdbc.update("delete from scorecard_formula where id = ?", id);
		events.publishEvent(new Audited("SCORECARD_FORMULA_REMOVED", id.toString(), formula.expression()));
	}

	/** The target of each KPI. */
	@Transactional(readOnly = true)
	public Map<ScorecardKpi, BigDecimal> targets() {
		Map<ScorecardKpi, BigDecimal> targets = new EnumMap<>(ScorecardKpi.class);
		jdbc.query("select kpi, target from scorecard_target", row -> {
			BigDecimal target = row.getBigDecimal(2).stripTrailingZeros();
			targets.put(ScorecardKpi.valueOf(row.getString(1)), target.scale() < 0 ? target.setScale(0) : target);
		});
		return targets;
	}

	/** A vendor admin sets the targets of the KPIs given. */
	@Administer
	@Transactional
	public Map<ScorecardKpi, BigDecimal> setTargets(Map<ScorecardKpi, BigDecimal> targets) {
		targets.forEach((kpi, target) -> {
			if (target == null || target.signum() < 0 || target.compareTo(new BigDecimal("1000000000000")) > 0) {
				throw new InvalidInputException("targets." + kpi.name(), kpi.label() + ": give a target of 0 or more.");
			}
		});
		targets.forEach((kpi, target) -> {
			jdbc.update("delete from scorecard_target where kpi = ?", kpi.name());
			jdbc.update("insert into scorecard_target (kpi, target) values (?, ?)", kpi.name(), target);
		});
		events.publishEvent(new Audited("SCORECARD_TARGETS_SET", "scorecard", targets.toString()));
		return targets();
	}

	@Configuration(proxyBeanMethods = false)
	static class Job {

		/** On the 1st of every month at 03:15 vendor time, every scorecard is computed. */
		@Bean
		RecurringTask<Void> scorecardsTask(Scorecards scorecards, BusinessCalendar calendar) {
			return Tasks.recurring("scorecards", Schedules.cron("0 15 3 1 * *", calendar.zone()))
					.execute((instance, context) -> scorecards.compute(scorecards.today()));
		}
	}
}
