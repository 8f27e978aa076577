package org.concord.scoring;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.concord.partners.Engagement;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerSummary;
import org.concord.partners.PartnerTier;
import org.concord.partners.ScoredPartners;
import org.concord.registrations.RegisteredOpportunities;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.CurrentActor;
import org.concord.shared.EngagementKind;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.PartnerId;
import org.concord.shared.access.Administer;
import org.concord.training.Training;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * The monthly tier assessment (seed 004's rubric): every counted partner's tier score from what it did in the trailing
 * year and quarter, kept per day assessed, and the tier changes it leads to proposed to the channel team
 * ({@link TierChanges}). A partner reads its own score, breakdown and what the next tier needs.
 */
@Service
public class TierAssessments {

	private static final String[] TRAINING_LEVELS = { "None", "Basic: training completed this year",
			"Advanced: a certification held", "All certifications" };

	private final TierRubrics rubrics;
	private final TierChanges changes;
	private final Engagement engagement;
	private final ScoredPartners scored;
	private final RegisteredOpportunities opportunities;
	private final SatisfactionSurvey survey;
	private final Training training;
	private final PartnerDirectory partners;
	private final JdbcTemplate jdbc;
	private final CurrentActor actor;
	private final BusinessCalendar calendar;
	private final Clock clock;

	TierAssessments(TierRubrics rubrics, TierChanges changes, Engagement engagement, ScoredPartners scored,
			RegisteredOpportunities opportunities, SatisfactionSurvey survey, Training training, PartnerDirectory partners, JdbcTemplate jdbc,
			CurrentActor actor, BusinessCalendar calendar, Clock clock) {
		this.rubrics = rubrics;
		this.changes = changes;
		this.engagement = engagement;
		this.scored = scored;
		this.opportunities = opportunities;
		this.survey = survey;
		this.training = training;
		this.partners = partners;
		this.jdbc = jdbc;
		this.actor = actor;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Assesses every counted partner as of the start of {@code on} (vendor time), replacing an assessment of that day,
	 * and proposes or withdraws tier changes accordingly. Returns how many partners were assessed.
	 */
	@Transactional
	public int assess(LocalDate on) {
		TierRubric rubric = rubrics.current();
		ZoneId zone = calendar.zone();
		Instant end = on.atStartOfDay(zone).toInstant();
		Instant yearAgo = on.minusYears(1).atStartOfDay(zone).toInstant();
		Instant quarterAgo = on.minusDays(90).atStartOfDay(zone).toInstant();
		Map<PartnerId, BigDecimal> revenue = opportunities.wonAnnualRevenue(yearAgo, end, rubric.revenueCurrency());
		Map<PartnerId, Map<EngagementKind, Long>> quarter = engagement.countsBetween(quarterAgo, end);
		Map<PartnerId, Map<EngagementKind, Long>> year = engagement.countsBetween(yearAgo, end);
		Map<PartnerId, Long> certified = new HashMap<>(scored.certificationsHeldOn(on));
		training.certificationsHeldOn(on).forEach((partner, held) -> certified.merge(partner, held, Long::sum));
		Map<PartnerId, Nps> nps = survey.between(yearAgo, end);
		List<Object[]> rows = new ArrayList<>();
		List<TierChanges.Outcome> outcomes = new ArrayList<>();
		scored.tiers().forEach((partner, tier) -> {
			Map<EngagementKind, Long> lately = quarter.getOrDefault(partner, Map.of());
			Nps answers = nps.getOrDefault(partner, Nps.none());
			TierAssessment assessment = new TierAssessment(revenue.getOrDefault(partner, BigDecimal.ZERO),
					count(lately, EngagementKind.REGISTRATION),
					TierAssessment.trainingLevel(count(year.getOrDefault(partner, Map.of()), EngagementKind.TRAINING),
							certified.getOrDefault(partner, 0L), rubric.allCertifications()),
					answers.score(), answers.answers(), engagementScore(lately));
			Map<TierCriterion, Integer> points = assessment.points(rubric);
			int total = assessment.total(rubric);
			PartnerTier eligible = rubric.tierFor(total);
			rows.add(new Object[] { partner.value(), Date.valueOf(on), assessment.revenue(),
					points.get(TierCriterion.REVENUE), assessment.registrations(), points.get(TierCriterion.REGISTRATIONS),
					assessment.trainingLevel(), points.get(TierCriterion.TRAINING), assessment.nps(), assessment.npsAnswers(),
					points.get(TierCriterion.NPS), assessment.engagement(), points.get(TierCriterion.ENGAGEMENT), total,
					tier.name(), eligible.name() });
			outcomes.add(new TierChanges.Outcome(partner, tier, eligible, total));
		});
		jdbc.update("delete from tier_assessment where assessed_on = ?", Date.valueOf(on));
		jdbc.batchUpdate("insert into tier_assessment (partner_id, assessed_on, revenue, revenue_points, registrations,"
				+ " registrations_points, training, training_points, nps, nps_answers, nps_points, engagement, engagement_points,"
				+ " total, current_tier, eligible_tier) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		changes.consider(outcomes, on);
		return rows.size();
	}

	private static long count(Map<EngagementKind, Long> counts, EngagementKind kind) {
		return counts.getOrDefault(kind, 0L);
	}

	static BigDecimal engagementScore(Map<EngagementKind, Long> counts) {
		return new EngagementFormula(count(counts, EngagementKind.LOGIN), count(counts, EngagementKind.DOWNLOAD),
				count(counts, EngagementKind.REGISTRATION), count(counts, EngagementKind.WON),
				count(counts, EngagementKind.TRAINING), 0, count(counts, EngagementKind.EVENT)).score();
	}

	/** Today, in the vendor's time zone: the day the monthly job (on the 1st) assesses. */
	LocalDate today() {
		return LocalDate.now(clock.withZone(calendar.zone()));
	}

	/** A vendor admin assesses again today (after changing the rubric, say) instead of waiting for the 1st. */
	@Administer
	@Transactional
	public int assessNow() {
		return assess(today());
	}

	/** A partner's last assessment, with what the next band and the next tier ask; empty before the first one. */
	@Transactional(readOnly = true)
	public Optional<TierScore> score(PartnerId partner) {
		actor.scope().requireReadable(partner, "Partner");
		TierRubric rubric = rubrics.current();
		List<TierScore> found = jdbc.query("select assessed_on, revenue, revenue_points, registrations, registrations_points,"
				+ " training, training_points, nps, nps_answers, nps_points, engagement, engagement_points, total, eligible_tier"
				+ " from tier_assessment where partner_id = ? order by assessed_on desc fetch first 1 rows only",
				(row, n) -> score(partner, row, rubric), partner.value());
		return found.stream().findFirst();
	}

	private TierScore score(PartnerId partner, ResultSet row, TierRubric rubric) throws SQLException {
		String currency = rubric.revenueCurrency();
		BigDecimal revenue = row.getBigDecimal(2);
		Integer nps = row.getObject(8) == null ? null : row.getInt(8);
		long answers = row.getLong(9);
		List<TierScore.CriterionScore> lines = List.of(
				line(rubric, TierCriterion.REVENUE, revenue, Money.of(revenue, currency).toString(), row.getInt(3),
						from -> "from " + Money.of(from, currency).toString()),
				line(rubric, TierCriterion.REGISTRATIONS, BigDecimal.valueOf(row.getLong(4)), row.getLong(4) + " in 90 days",
						row.getInt(5), from -> "from " + TierRubrics.plain(from) + " in 90 days"),
				line(rubric, TierCriterion.TRAINING, BigDecimal.valueOf(row.getInt(6)), TRAINING_LEVELS[row.getInt(6)],
						row.getInt(7), from -> TRAINING_LEVELS[Math.min(3, from.intValue())]),
				line(rubric, TierCriterion.NPS, nps == null ? null : BigDecimal.valueOf(nps), nps == null ? "no answers yet"
						: nps + " (" + answers + (answers == 1 ? " answer)" : " answers)"), row.getInt(10),
						from -> "NPS from " + TierRubrics.plain(from)),
				line(rubric, TierCriterion.ENGAGEMENT, row.getBigDecimal(11), TierRubrics.plain(row.getBigDecimal(11))
						+ " in 90 days", row.getInt(12), from -> "from " + TierRubrics.plain(from)));
		int total = row.getInt(13);
		PartnerSummary summary = partners.find(partner).orElseThrow();
		PartnerTier current = summary.tier();
		PartnerTier next = TierRubric.above(current);
		Integer toNext = next == null ? null : Math.max(0, rubric.from(next) - total);
		return new TierScore(partner.toString(), summary.name(),
				row.getDate(1).toLocalDate(), lines, total, current.label(), PartnerTier.valueOf(row.getString(14)).label(),
				next == null ? null : next.label(), toNext, changes.openFor(partner).orElse(null));
	}

	private static TierScore.CriterionScore line(TierRubric rubric, TierCriterion criterion, BigDecimal value, String shown, int points,
			Function<BigDecimal, String> describe) {
		String nextText;
		if (value == null) {
			nextText = "Your people's answers to the quarterly satisfaction question earn " + rubric.points(criterion,
					rubric.bands().get(criterion).getFirst().from()) + " points or more";
		}
		else {
			TierRubric.Band next = rubric.nextBand(criterion, value);
			nextText = next == null ? null : describe.apply(next.from()) + ": " + next.points() + " points";
		}
		return new TierScore.CriterionScore(criterion.name(), criterion.label(), criterion.measure(), shown, points,
				rubric.maxPoints(criterion), nextText);
	}

	@Configuration(proxyBeanMethods = false)
	static class Jobs {

		/** On the 1st of every month at 03:00 vendor time, after the engagement scores: every partner is assessed. */
		@Bean
		RecurringTask<Void> tierAssessmentTask(TierAssessments assessments, BusinessCalendar calendar) {
			return Tasks.recurring("tier-assessment", Schedules.cron("0 0 3 1 * *", calendar.zone()))
					.execute((instance, context) -> assessments.assess(assessments.today()));
		}

		/** Every day at 03:30 vendor time: approved downgrades whose grace period ended apply. */
		@Bean
		RecurringTask<Void> tierDowngradesTask(TierAssessments assessments, TierChanges changes, BusinessCalendar calendar) {
			return Tasks.recurring("tier-downgrades", Schedules.cron("0 30 3 * * *", calendar.zone()))
					.execute((instance, context) -> changes.applyDue(assessments.today()));
		}
	}
}
