package org.concord.bench;

import static org.concord.bench.BenchSupport.connect;
import static org.concord.bench.BenchSupport.ms;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.concord.scoring.EngagementScores;
import org.concord.scoring.Scorecards;
import org.concord.scoring.TierAssessments;
import org.concord.shared.BusinessCalendar;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The monthly scoring run (issue 14: at most 2x a hand-written SQL aggregate over the same data, measured in the same
 * run) and the directory and scorecard pages (p95 at most 200 ms), on the local PostgreSQL "bench" database, which it
 * empties. Besides the engagement events below it loads 1,000,000 registrations and times the whole monthly run
 * (engagement, tier assessment, scorecards) against the aggregates one would write for the same figures. Loads 10,000 partners, 20,000 partner
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

	private static final int REGISTRATIONS = Integer.getInteger("bench.registrations", 1_000_000);
	/** The whole monthly run takes seconds: timed fewer times than the engagement scoring alone. */
	private static final int FULL_ROUNDS = Integer.getInteger("bench.fullRounds", 7);
	private static final int PAGE_CLIENTS = 8;
	private static final int PAGE_REQUESTS = 400;

	private final EngagementScores scores;
	private final TierAssessments tiers;
	private final Scorecards scorecards;
	private final String base;
	private final ZoneId zone;
	private final StringBuilder report = new StringBuilder();

	private ScoringBenchmark(ConfigurableApplicationContext context) {
		this.scores = context.getBean(EngagementScores.class);
		this.tiers = context.getBean(TierAssessments.class);
		this.scorecards = context.getBean(Scorecards.class);
		this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
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
		monthlyRun(month);
		pages();
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
			loadRegistrations(db, sql);
			sql.execute("ANALYZE");
		}
		line(String.format(Locale.ROOT, "Loaded %,d partners, %,d events over 12 months, %,d registrations in %.0f s", PARTNERS,
				EVENTS, REGISTRATIONS,
				(System.nanoTime() - start) / 1e9));
	}

	/**
	 * Registrations over the last three years, a tenth of them won (with the change into Won, dated), three in ten
	 * approved or active; the tally as the nightly recount makes it.
	 */
	private void loadRegistrations(Connection db, Statement sql) throws Exception {
		sql.execute("SET session_replication_role = replica");
		sql.execute("""
				INSERT INTO registration (id, version, partner_id, submitted_by, contact_id, company_name, product, mrr_amount,
				  mrr_currency, expected_close_date, stage, notes, assignment, opportunity_source, providing_partner_id,
				  providing_rep_id, status, submitted_at, decision_due_at, decided_at)
				SELECT md5('r' || i)::uuid, 0, md5('p' || (1 + i %% %1$d))::uuid, md5('u' || (i %% (%1$d * 2)))::uuid,
				  md5('c' || i)::uuid, 'Bench Company ' || i, 'lighthouse', 100 + i %% 4900, 'CAD', current_date + (i %% 365),
				  'QUALIFIED', '', 'PARTNER_WORKING', 'WEB', md5('p' || (1 + i %% %1$d))::uuid, md5('u' || (i %% (%1$d * 2)))::uuid,
				  CASE WHEN i %% 10 = 0 THEN 'WON' WHEN i %% 10 < 4 THEN 'APPROVED' WHEN i %% 10 = 4 THEN 'ACTIVE' ELSE 'LAPSED' END,
				  now() - (i %% 1095) * interval '1 day', now() - (i %% 1095) * interval '1 day' + interval '48 hours',
				  now() - (i %% 1095) * interval '1 day' + interval '1 day'
				FROM generate_series(1, %2$d) i""".formatted(PARTNERS, REGISTRATIONS));
		sql.execute("""
				INSERT INTO registration_status_change (id, registration_id, from_status, to_status, changed_by, note, changed_at)
				SELECT gen_random_uuid(), r.id, 'ACTIVE', 'WON', r.submitted_by, 'Signed', r.submitted_at + interval '30 days'
				FROM registration r WHERE r.status = 'WON'""");
		sql.execute("SET session_replication_role = DEFAULT");
		sql.execute("DELETE FROM registration_tally");
		sql.execute("""
				INSERT INTO registration_tally (partner_id, status, stage, currency, registrations, mrr)
				SELECT partner_id, status, stage, mrr_currency, count(*), sum(mrr_amount) FROM registration
				GROUP BY partner_id, status, stage, mrr_currency""");
	}

	/**
	 * The whole monthly run: the engagement snapshot, the tier assessment (with the proposals it makes) and the
	 * scorecards, against the aggregates one would write by hand for the same figures, each timed as often.
	 */
	private void monthlyRun(YearMonth month) throws Exception {
		LocalDate today = LocalDate.now(zone);
		long[] run = new long[FULL_ROUNDS];
		long[] aggregate = new long[FULL_ROUNDS];
		for (int i = 0; i < FULL_ROUNDS; i++) {
			long start = System.nanoTime();
			scores.snapshot(month);
			tiers.assess(today);
			scorecards.compute(today);
			run[i] = System.nanoTime() - start;
			start = System.nanoTime();
			handWrittenMonthlyAggregates(month, today);
			aggregate[i] = System.nanoTime() - start;
		}
		Arrays.sort(run);
		Arrays.sort(aggregate);
		long runMedian = run[FULL_ROUNDS / 2];
		long aggregateMedian = aggregate[FULL_ROUNDS / 2];
		line("Monthly run (engagement snapshot, tier assessment and proposals, scorecards with ranks): median " + ms(runMedian)
				+ " ms, fastest " + ms(run[0]) + " ms, slowest " + ms(run[FULL_ROUNDS - 1]) + " ms over " + FULL_ROUNDS + " runs");
		line("Hand-written SQL aggregates for the same figures: median " + ms(aggregateMedian) + " ms, fastest "
				+ ms(aggregate[0]) + " ms, slowest " + ms(aggregate[FULL_ROUNDS - 1]) + " ms");
		line(String.format(Locale.ROOT, "Ratio (medians): %.2fx; goal: at most 2x", (double) runMedian / aggregateMedian));
	}

	/** The month's, the quarter's and the year's counts per partner and kind, revenue won, pipeline, certifications, NPS. */
	private void handWrittenMonthlyAggregates(YearMonth month, LocalDate today) throws Exception {
		handWrittenAggregate(month);
		Instant end = today.atStartOfDay(zone).toInstant();
		try (Connection db = connect()) {
			for (Instant from : new Instant[] { today.minusDays(90).atStartOfDay(zone).toInstant(),
					today.minusYears(1).atStartOfDay(zone).toInstant() }) {
				drain(db, "SELECT e.partner_id, e.kind, count(*) FROM engagement_entry e JOIN partner_company p ON p.id = e.partner_id"
						+ " WHERE e.at >= ? AND e.at < ? AND NOT p.test_data GROUP BY e.partner_id, e.kind", from, end);
			}
			Instant yearAgo = today.minusYears(1).atStartOfDay(zone).toInstant();
			drain(db, "SELECT r.partner_id, sum(r.mrr_amount) * 12 FROM registration_status_change c JOIN registration r"
					+ " ON r.id = c.registration_id WHERE c.to_status = 'WON' AND c.changed_at >= ? AND c.changed_at < ?"
					+ " AND r.status = 'WON' AND r.mrr_currency = 'CAD' GROUP BY r.partner_id", yearAgo, end);
			drain(db, "SELECT partner_id, sum(mrr) * 12 FROM registration_tally WHERE status IN ('APPROVED', 'ACTIVE')"
					+ " AND currency = 'CAD' GROUP BY partner_id");
			drain(db, "SELECT partner_id, count(*) FROM partner_certification WHERE expires_on IS NULL OR expires_on >= current_date"
					+ " GROUP BY partner_id");
			drain(db, "SELECT partner_id, count(*), sum(CASE WHEN score >= 9 THEN 1 ELSE 0 END) FROM satisfaction_answer"
					+ " WHERE answered_at >= ? AND answered_at < ? GROUP BY partner_id", yearAgo, end);
		}
	}

	private static void drain(Connection db, String query, Instant... params) throws Exception {
		try (PreparedStatement statement = db.prepareStatement(query)) {
			for (int i = 0; i < params.length; i++) {
				statement.setTimestamp(i + 1, Timestamp.from(params[i]));
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					rows.getObject(1);
				}
			}
		}
	}

	/**
	 * The partner directory (as the channel manager), the ranking of a type (vendor) and a partner's own scorecard (as
	 * Northwind's rep): {@value #PAGE_CLIENTS} clients, {@value #PAGE_REQUESTS} requests each route after a warm-up; p50, p95.
	 */
	private void pages() throws Exception {
		HttpClient channel = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.executor(Executors.newFixedThreadPool(PAGE_CLIENTS)).followRedirects(HttpClient.Redirect.NEVER).build();
		HttpClient rep = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.executor(Executors.newFixedThreadPool(PAGE_CLIENTS)).followRedirects(HttpClient.Redirect.NEVER).build();
		BenchSupport.logIn(channel, base, "channel");
		BenchSupport.logIn(rep, base, "northwind.rep");
		String northwind = scorecardOf(rep);
		page("Partner directory (channel manager), page 1 of " + PARTNERS / 25, channel, "/partners");
		page("Partner directory, page 200", channel, "/partners?page=200");
		page("Scorecard ranking of Sales Partners (channel manager)", channel, "/scorecards?type=SALES_PARTNER");
		page("A partner's own scorecard (Northwind's rep)", rep, northwind);
	}

	private String scorecardOf(HttpClient rep) throws Exception {
		HttpResponse<String> found = rep.send(HttpRequest.newBuilder(URI.create(base + "/scorecard")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return found.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElseThrow();
	}

	private void page(String label, HttpClient http, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).GET().build();
		for (int i = 0; i < 60; i++) {
			HttpResponse<String> warm = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (warm.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + warm.statusCode());
			}
		}
		long[] times = new long[PAGE_REQUESTS];
		AtomicInteger next = new AtomicInteger();
		List<Thread> clients = new ArrayList<>();
		for (int c = 0; c < PAGE_CLIENTS; c++) {
			clients.add(Thread.ofPlatform().start(() -> {
				int i;
				while ((i = next.getAndIncrement()) < PAGE_REQUESTS) {
					long start = System.nanoTime();
					try {
						http.send(request, HttpResponse.BodyHandlers.ofString());
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					times[i] = System.nanoTime() - start;
				}
			}));
		}
		for (Thread client : clients) {
			client.join();
		}
		line(String.format(Locale.ROOT, "%-60s %d clients: p50 %s ms, p95 %s ms (goal p95 <= 200 ms)", label, PAGE_CLIENTS,
				ms(BenchSupport.percentile(times, 50)), ms(BenchSupport.percentile(times, 95))));
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
