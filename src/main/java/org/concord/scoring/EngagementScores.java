package org.concord.scoring;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.concord.partners.Engagement;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.ScoredPartners;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.CurrentActor;
import org.concord.shared.EngagementKind;
import org.concord.shared.InvalidInputException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.access.Administer;
import org.concord.shared.access.SeeProgram;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * Engagement scores (seed 004): once a month every partner's score for the month before is computed from its
 * people's engagement ({@link Engagement#countsBetween}, one aggregate) and kept as a snapshot; partners marked as
 * test or onboarding data are left out. The vendor reads a month's scores; a partner its own history with the trend.
 */
@Service
public class EngagementScores {

	private static final String COLUMNS = "s.partner_id, s.score_month, s.score, s.band, s.activity, s.performance, s.commitment,"
			+ " s.logins, s.downloads, s.registrations, s.won, s.training, s.certifications, s.events,"
			+ " (select p.score from engagement_snapshot p where p.partner_id = s.partner_id and p.score_month = ?) as previous_score";

	private final Engagement engagement;
	private final PartnerDirectory partners;
	private final ScoredPartners scored;
	private final JdbcTemplate jdbc;
	private final CurrentActor actor;
	private final BusinessCalendar calendar;
	private final Clock clock;

	EngagementScores(Engagement engagement, PartnerDirectory partners, ScoredPartners scored, JdbcTemplate jdbc,
			CurrentActor actor, BusinessCalendar calendar, Clock clock) {
		this.scored = scored;
		this.engagement = engagement;
		this.partners = partners;
		this.jdbc = jdbc;
		this.actor = actor;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Computes every scored partner's snapshot for the month (in the vendor's time zone), replacing one computed
	 * before; returns how many partners were scored.
	 */
	@Transactional
	public int snapshot(YearMonth month) {
		ZoneId zone = calendar.zone();
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		Map<PartnerId, Map<EngagementKind, Long>> counts = engagement.countsBetween(from, to);
		Map<PartnerId, Long> certified = scored.certificationsHeldOn(month.atEndOfMonth());
		Instant now = clock.instant();
		List<Object[]> rows = new ArrayList<>();
		for (PartnerId partner : scored.all()) {
			Map<EngagementKind, Long> of = counts.getOrDefault(partner, Map.of());
			EngagementFormula formula = new EngagementFormula(of.getOrDefault(EngagementKind.LOGIN, 0L),
					of.getOrDefault(EngagementKind.DOWNLOAD, 0L), of.getOrDefault(EngagementKind.REGISTRATION, 0L),
					of.getOrDefault(EngagementKind.WON, 0L), of.getOrDefault(EngagementKind.TRAINING, 0L),
					certified.getOrDefault(partner, 0L), of.getOrDefault(EngagementKind.EVENT, 0L));
			rows.add(new Object[] { partner.value(), Date.valueOf(month.atDay(1)), formula.logins(), formula.downloads(),
					formula.registrations(), formula.won(), formula.training(), formula.certifications(), formula.events(),
					formula.score(), formula.activity(), formula.performance(), formula.commitment(), formula.band().name(),
					Timestamp.from(now) });
		}
		jdbc.update("delete from engagement_snapshot where score_month = ?", Date.valueOf(month.atDay(1)));
		jdbc.batchUpdate("insert into engagement_snapshot (partner_id, score_month, logins, downloads, registrations, won, training,"
				+ " certifications, events, score, activity, performance, commitment, band, computed_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		return rows.size();
	}

	/** The month before this one, in the vendor's time zone: what the monthly run scores. */
	YearMonth lastMonth() {
		return YearMonth.from(LocalDate.now(clock.withZone(calendar.zone()))).minusMonths(1);
	}

	/** The last month scored, or the month before this one when none is yet: what the report opens on. */
	@Transactional(readOnly = true)
	public YearMonth lastScoredMonth() {
		Date last = jdbc.queryForObject("select max(score_month) from engagement_snapshot", Date.class);
		return last == null ? lastMonth() : YearMonth.from(last.toLocalDate());
	}

	/** A vendor admin runs a month's scoring again (after a correction of the data behind it). */
	@Administer
	@Transactional
	public int recompute(YearMonth month) {
		if (month == null || month.isAfter(YearMonth.from(LocalDate.now(clock.withZone(calendar.zone()))))) {
			throw new InvalidInputException("month", "Choose this month or one before it.");
		}
		return snapshot(month);
	}

	/** A month's scores, highest first, paged: for the vendor. */
	@SeeProgram
	@Transactional(readOnly = true)
	public PageView<EngagementScoreView> month(YearMonth month, Integer page, Integer size) {
		var pageable = Paging.of(page, size, Sort.unsorted());
		Date first = Date.valueOf(month.atDay(1));
		long total = jdbc.queryForObject("select count(*) from engagement_snapshot where score_month = ?", Long.class, first);
		List<EngagementScoreView> rows = jdbc.query("select " + COLUMNS + " from engagement_snapshot s where s.score_month = ?"
				+ " order by s.score desc, s.partner_id offset ? rows fetch next ? rows only", (row, n) -> view(row),
				Date.valueOf(month.minusMonths(1).atDay(1)), first, pageable.getOffset(), pageable.getPageSize());
		return named(PageView.of(new PageImpl<>(rows, pageable, total), v -> v));
	}

	/** A partner's monthly scores, newest first (at most the last 24), for those who read the partner. */
	@Transactional(readOnly = true)
	public List<EngagementScoreView> history(PartnerId partner) {
		actor.scope().requireReadable(partner, "Partner");
		List<EngagementScoreView> rows = jdbc.query("select " + COLUMNS.replace("p.score_month = ?", "p.score_month = "
				+ monthBefore("s.score_month")) + " from engagement_snapshot s where s.partner_id = ? order by s.score_month desc"
				+ " fetch first 24 rows only", (row, n) -> view(row), partner.value());
		String name = partners.namesOf(List.of(partner.value())).get(partner.value());
		return rows.stream().map(v -> withName(v, name)).toList();
	}

	private static String monthBefore(String column) {
		// the first day of the month before, in SQL both H2 and PostgreSQL read
		return "cast(" + column + " - interval '1' month as date)";
	}

	private PageView<EngagementScoreView> named(PageView<EngagementScoreView> page) {
		Map<UUID, String> names = partners.namesOf(page.content().stream()
				.map(v -> UUID.fromString(v.partnerId())).toList());
		return new PageView<>(page.content().stream().map(v -> withName(v, names.get(UUID.fromString(v.partnerId()))))
				.toList(), page.page(), page.size(), page.totalElements(), page.totalPages());
	}

	private static EngagementScoreView withName(EngagementScoreView v, String name) {
		return new EngagementScoreView(v.partnerId(), name, v.month(), v.score(), v.band(), v.bandLabel(), v.change(),
				v.activity(), v.performance(), v.commitment(), v.logins(), v.downloads(), v.registrations(), v.won(),
				v.training(), v.certifications(), v.events());
	}

	private static EngagementScoreView view(ResultSet row) throws SQLException {
		BigDecimal score = row.getBigDecimal(3);
		BigDecimal before = row.getBigDecimal(15);
		EngagementFormula.Band band = EngagementFormula.Band.valueOf(row.getString(4));
		return new EngagementScoreView(row.getObject(1).toString(), null, YearMonth.from(row.getDate(2).toLocalDate()),
				score, band.name(), band.label(), before == null ? null : score.subtract(before), row.getBigDecimal(5),
				row.getBigDecimal(6), row.getBigDecimal(7), row.getLong(8), row.getLong(9), row.getLong(10), row.getLong(11),
				row.getLong(12), row.getLong(13), row.getLong(14));
	}

	@Configuration(proxyBeanMethods = false)
	static class Job {

		/** On the 1st of every month at 02:30, vendor time: the month before is scored. */
		@Bean
		RecurringTask<Void> engagementScoresTask(EngagementScores scores,
				BusinessCalendar calendar) {
			return Tasks.recurring("engagement-scores",
					Schedules.cron("0 30 2 1 * *", calendar.zone()))
					.execute((instance, context) -> scores.snapshot(scores.lastMonth()));
		}
	}
}
