package org.concord.bench;

import static org.concord.bench.BenchSupport.connect;
import static org.concord.bench.BenchSupport.ms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

import org.concord.scoring.EngagementScores;
import org.concord.shared.BusinessCalendar;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The monthly engagement scoring run (issue 14: at most 2x a hand-written SQL aggregate over the same data, measured
 * in the same run), on the local PostgreSQL "bench" database, which it empties. Loads 10,000 partners, 20,000 partner
 * people and 5,000,000 engagement events (logins, registrations, deals won, training, downloads, events) over the
 * twelve months before this one, and 12,000 certifications; then scores the last month several times and runs, as
 * many times, the aggregate a person would write by hand for the same counts.
 * <p>
 * {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=org.concord.bench.ScoringBenchmark}
 */
public final class ScoringBenchmark {

	private static final int PARTNERS = Integer.getInteger("bench.partners", 10_000);
	private static final int EVENTS = Integer.getInteger("bench.events", 5_000_000);
	/** How many times each is timed; the bench profile passes its bench.rounds (150). */
	private static final int ROUNDS = Integer.getInteger("bench.rounds", 7);

	private final EngagementScores scores;
	private final ZoneId zone;
	private final StringBuilder report = new StringBuilder();

	private ScoringBenchmark(ConfigurableApplicationContext context) {
		this.scores = context.getBean(EngagementScores.class);
		this.zone = context.getBean(BusinessCalendar.class).zone();
	}

	public static void main(String[] args) throws Exception {
		BenchSupport.run(args, (context, began) -> new ScoringBenchmark(context).run(began));
	}

	private void run(long began) throws Exception {
		line("Engagement scoring benchmark, " + LocalDate.now());
		line("Machine: " + BenchSupport.machine());
		YearMonth month = YearMonth.now(zone).minusMonths(1);
		load(month);
		long[] run = new long[ROUNDS];
		long[] aggregate = new long[ROUNDS];
		int scored = 0;
		for (int i = 0; i < ROUNDS; i++) { // alternated, so neither runs on a warmer cache than the other
			long start = System.nanoTime();
			scored = scores.snapshot(month);
			run[i] = System.nanoTime() - start;
			start = System.nanoTime();
			handWrittenAggregate(month);
			aggregate[i] = System.nanoTime() - start;
		}
		Arrays.sort(run);
		Arrays.sort(aggregate);
		long runMedian = run[ROUNDS / 2];
		long aggregateMedian = aggregate[ROUNDS / 2];
		line(String.format(Locale.ROOT, "Scored %,d partners for %s (%,d events in that month of %,d in all)", scored, month,
				eventsIn(month), EVENTS));
		line("Scoring run (counts, certifications, formula, snapshot written): median " + ms(runMedian) + " ms, fastest "
				+ ms(run[0]) + " ms, slowest " + ms(run[ROUNDS - 1]) + " ms over " + ROUNDS + " runs");
		line("Hand-written SQL aggregate (counts per partner and kind for the month): median " + ms(aggregateMedian)
				+ " ms, fastest " + ms(aggregate[0]) + " ms, slowest " + ms(aggregate[ROUNDS - 1]) + " ms");
		line(String.format(Locale.ROOT, "Ratio (medians): %.2fx; goal: at most 2x", (double) runMedian / aggregateMedian));
		line(String.format(Locale.ROOT, "Whole run: %.0f s", (System.nanoTime() - began) / 1e9));
		Path out = Path.of("target", "bench", "scoring-benchmark.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println("\nWritten to " + out);
	}

	/** Partners, people's events spread over twelve months (more recent months busier), certifications; statistics. */
	private void load(YearMonth month) throws Exception {
		long start = System.nanoTime();
		Instant from = month.minusMonths(11).atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		try (Connection db = connect(); Statement sql = db.createStatement()) {
			sql.execute("""
					INSERT INTO partner_company (id, name, type, tier, country, region, city, joined_at, lead_flow_on, lead_capacity,
					  postal_prefixes, products, industries, certifications)
					SELECT md5('p' || g)::uuid, 'Bench Partner ' || g,
					  (ARRAY['SALES_PARTNER','APPLICATION_PARTNER','RESELLER','REFERRAL_PARTNER'])[1 + g %% 4],
					  (ARRAY['BRONZE','SILVER','GOLD','PLATINUM'])[1 + (g / 10) %% 4], 'CA', 'NS', 'City ' || g, now(), true, 10,
					  '', '', '', ''
					FROM generate_series(1, %d) g""".formatted(PARTNERS));
			sql.execute("UPDATE partner_company SET test_data = true WHERE name LIKE 'Bench Partner %00'"); // 1 in 100
			try (PreparedStatement insert = db.prepareStatement("""
					INSERT INTO engagement_entry (id, person_id, partner_id, kind, subject, at)
					SELECT gen_random_uuid(), md5('u' || (g % (? * 2)))::uuid, md5('p' || (1 + g % ?))::uuid,
					  (ARRAY['LOGIN','LOGIN','LOGIN','LOGIN','LOGIN','LOGIN','DOWNLOAD','DOWNLOAD','DOWNLOAD','REGISTRATION',
					         'TRAINING','WON','EVENT'])[1 + (g / 7) % 13],
					  NULL, ?::timestamptz + (? ::timestamptz - ?::timestamptz) * sqrt(random())
					FROM generate_series(1, ?) g""")) {
				insert.setInt(1, PARTNERS);
				insert.setInt(2, PARTNERS);
				insert.setTimestamp(3, Timestamp.from(from));
				insert.setTimestamp(4, Timestamp.from(to.minusSeconds(1)));
				insert.setTimestamp(5, Timestamp.from(from));
				insert.setInt(6, EVENTS);
				insert.execute();
			}
			sql.execute("""
					INSERT INTO partner_certification (partner_id, name, expires_on)
					SELECT md5('p' || (1 + g %% %1$d))::uuid, 'Cert ' || g,
					  CASE WHEN g %% 3 = 0 THEN NULL ELSE current_date + (g %% 400 - 100) END
					FROM generate_series(1, %2$d) g""".formatted(PARTNERS, PARTNERS * 6 / 5));
			sql.execute("ANALYZE");
		}
		line(String.format(Locale.ROOT, "Loaded %,d partners, %,d events over 12 months in %.0f s", PARTNERS, EVENTS,
				(System.nanoTime() - start) / 1e9));
	}

	/** What one would write by hand for the month's counts per partner and kind, read to the last row. */
	private void handWrittenAggregate(YearMonth month) throws Exception {
		try (Connection db = connect(); PreparedStatement query = db.prepareStatement("""
				SELECT e.partner_id, e.kind, count(*) FROM engagement_entry e JOIN partner_company p ON p.id = e.partner_id
				WHERE e.at >= ? AND e.at < ? AND NOT p.test_data GROUP BY e.partner_id, e.kind""")) {
			query.setTimestamp(1, Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()));
			query.setTimestamp(2, Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
			long rows = 0;
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					rows += result.getLong(3) > 0 ? 1 : 0;
				}
			}
			if (rows == 0) {
				throw new IllegalStateException("the month holds no events");
			}
		}
	}

	private long eventsIn(YearMonth month) throws Exception {
		try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
				"SELECT count(*) FROM engagement_entry WHERE at >= ? AND at < ?")) {
			query.setTimestamp(1, Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()));
			query.setTimestamp(2, Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
			try (ResultSet result = query.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		}
	}

	private void line(String text) {
		System.out.println(text);
		report.append(text).append('\n');
	}
}
