package org.concord.bench;

import static org.concord.bench.BenchSupport.connect;
import static org.concord.bench.BenchSupport.ms;
import static org.concord.bench.BenchSupport.percentile;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.concord.customers.ConsentType;
import org.concord.customers.NewContact;
import org.concord.leads.Candidate;
import org.concord.leads.LeadProfile;
import org.concord.leads.NewLead;
import org.concord.leads.RoutingEngine;
import org.concord.leads.RoutingProbe;
import org.concord.leads.RoutingRules;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Routing one lead among 10,000 partners (issue 4: p99 under 50 ms), on the local PostgreSQL "bench" database,
 * which it empties. Loads 10,000 partners with routing profiles across Canada's 13 provinces and territories,
 * 30,000 open leads and 90,000 past offers (so fairness and capacity have something to count), then times: the
 * engine alone over the 10,000 partners in memory; loading them and ranking, as routing does; and the whole
 * entry of a lead through the service (checks, routing, the offer and its events written).
 * <p>
 * {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=org.concord.bench.LeadRoutingBenchmark}
 */
public final class LeadRoutingBenchmark {

	private static final int PARTNERS = Integer.getInteger("bench.partners", 10_000);
	private static final int OPEN_LEADS = Integer.getInteger("bench.openLeads", 30_000);
	private static final int PAST_OFFERS = Integer.getInteger("bench.pastOffers", 90_000);
	private static final int SAMPLES = Integer.getInteger("bench.samples", 1_000);
	private static final double GOAL_P99_MS = 50.0;

	private static final String[][] PROVINCES = { { "NS", "44.65", "-63.58" }, { "NB", "46.50", "-66.20" },
			{ "PE", "46.25", "-63.13" }, { "NL", "47.56", "-52.71" }, { "QC", "46.81", "-71.21" }, { "ON", "43.65", "-79.38" },
			{ "MB", "49.90", "-97.14" }, { "SK", "50.45", "-104.61" }, { "AB", "51.05", "-114.07" }, { "BC", "49.28", "-123.12" },
			{ "YT", "60.72", "-135.05" }, { "NT", "62.45", "-114.37" }, { "NU", "63.75", "-68.52" } };
	private static final String[] PRODUCTS = { "lighthouse", "cube", "quartz" };
	private static final String[] INDUSTRIES = { "healthcare", "construction", "manufacturing", "energy", "mining",
			"transport", "food", "public sector" };

	private final RoutingProbe probe;
	private final Random random = new Random(42);
	private final StringBuilder report = new StringBuilder();

	private LeadRoutingBenchmark(ConfigurableApplicationContext context) {
		this.probe = new RoutingProbe(context);
	}

	public static void main(String[] args) throws Exception {
		BenchSupport.run(args, (context, began) -> new LeadRoutingBenchmark(context).run(began));
	}

	private void run(long began) throws Exception {
		line("Lead routing benchmark, " + LocalDate.now());
		line("Machine: " + BenchSupport.machine());
		load();
		engineAlone();
		loadAndRank();
		wholeEntry();
		line(String.format(Locale.ROOT, "Whole run: %.0f s", (System.nanoTime() - began) / 1e9));
		Path out = Path.of("target", "bench", "lead-routing-benchmark.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println("\nWritten to " + out);
	}

	/** Partners, open leads and past offers, set-based; then statistics, so the planner sees the real sizes. */
	private void load() throws Exception {
		long start = System.nanoTime();
		try (Connection db = connect(); Statement sql = db.createStatement()) {
			sql.execute("""
					INSERT INTO partner_company (id, name, type, tier, country, region, city, website, joined_at, lead_flow_on,
					  lead_capacity, postal_prefixes, latitude, longitude, products, industries, certifications)
					SELECT gen_random_uuid(), 'Bench Partner ' || g,
					  (ARRAY['SALES_PARTNER','SALES_PARTNER','SALES_PARTNER','SALES_PARTNER','SALES_PARTNER','SALES_PARTNER',
					         'SALES_PARTNER','APPLICATION_PARTNER','APPLICATION_PARTNER','RESELLER'])[1 + g %% 10],
					  (ARRAY['BRONZE','SILVER','GOLD','PLATINUM'])[1 + (g / 10) %% 4], 'CA', p.code, 'City ' || g, NULL, now(),
					  g %% 20 <> 0, 5 + g %% 26, lower(substr(p.code, 1, 1)) || (g %% 9), p.lat + (random() - 0.5) * 4,
					  p.lon + (random() - 0.5) * 6,
					  (ARRAY['lighthouse','cube','quartz','lighthouse,cube','cube,quartz','lighthouse,cube,quartz'])[1 + (g / 3) %% 6],
					  (ARRAY['healthcare','construction','manufacturing','energy','mining','transport','food','public sector'])[1 + g %% 8]
					  || ',' || (ARRAY['healthcare','construction','manufacturing','energy','mining','transport','food','public sector'])[1 + (g / 8) %% 8],
					  (ARRAY['','iso 9001','iso 45001','iso 13485'])[1 + (g / 7) %% 4]
					FROM generate_series(1, %d) g
					JOIN (VALUES %s) AS p(n, code, lat, lon) ON p.n = g %% 13
					""".formatted(PARTNERS, provinceValues()));
			String leadColumns = """
					id, version, status, first_name, last_name, email, phone, company_name, website, street, city, region, country,
					consent_type, consent_obtained_how, consent_obtained_on, consent_obtained_by, product, mrr_amount, mrr_currency,
					notes, created_by, created_at""";
			String leadValues = """
					gen_random_uuid(), 0, '%s', 'Lena', 'Lead', 'lena@lead' || g || '.example', '+1 902 555 0100',
					'Bench Lead ' || g, 'www.lead' || g || '.example', '1 Main St', 'Halifax', 'NS', 'CA', 'EXPRESS', 'Web form',
					current_date, 'Casey', 'lighthouse', 1000, 'CAD', 'bench', gen_random_uuid(), now() - interval '30 days'""";
			sql.execute("CREATE TEMP TABLE bench_partner AS SELECT row_number() OVER () AS n, id FROM partner_company");
			sql.execute(("INSERT INTO lead (" + leadColumns + ", partner_id, offered_at, contact_due_at, remind_at) SELECT "
					+ leadValues.formatted("OFFERED") + ", (SELECT id FROM bench_partner WHERE n = 1 + g %% %d), now(), "
					+ "now() + interval '2 days', now() + interval '1 day' FROM generate_series(1, %d) g")
					.formatted(PARTNERS, OPEN_LEADS));
			sql.execute("""
					INSERT INTO lead_offer (id, lead_id, partner_id, offered_at, due_at, outcome)
					SELECT gen_random_uuid(), id, partner_id, offered_at, contact_due_at, 'PENDING' FROM lead WHERE status = 'OFFERED'""");
			sql.execute(("INSERT INTO lead (" + leadColumns + ") SELECT " + leadValues.formatted("CLOSED")
					+ " FROM generate_series(1, %d) g").formatted(PAST_OFFERS / 3));
			sql.execute("""
					INSERT INTO lead_offer (id, lead_id, partner_id, offered_at, due_at, outcome, outcome_at)
					SELECT gen_random_uuid(), l.id, p.id, now() - (k || ' days')::interval, now() - (k - 2 || ' days')::interval,
					  (ARRAY['CONTACTED','TIMED_OUT','DECLINED'])[1 + k %% 3], now() - (k - 1 || ' days')::interval
					FROM (SELECT id, row_number() OVER () AS r FROM lead WHERE status = 'CLOSED') l
					CROSS JOIN generate_series(3, 5) k
					JOIN bench_partner p ON p.n = 1 + (l.r * 7 + k) %% %d""".formatted(PARTNERS));
			sql.execute("VACUUM ANALYZE");
			line(String.format(Locale.ROOT, "Loaded %,d partners, %,d open leads, %,d past offers in %.0f s", PARTNERS, OPEN_LEADS,
					PAST_OFFERS, (System.nanoTime() - start) / 1e9));
		}
	}

	private void engineAlone() {
		List<Candidate> candidates = probe.candidates();
		RoutingRules rules = probe.rules();
		for (int i = 0; i < 300; i++) {
			RoutingEngine.propose(profile(), candidates, rules);
		}
		long[] nanos = new long[SAMPLES * 2];
		for (int i = 0; i < nanos.length; i++) {
			LeadProfile lead = profile();
			long start = System.nanoTime();
			RoutingEngine.propose(lead, candidates, rules);
			nanos[i] = System.nanoTime() - start;
		}
		figures("Engine alone, " + candidates.size() + " partners in memory, " + nanos.length + " leads", nanos, false);
	}

	private void loadAndRank() {
		for (int i = 0; i < 100; i++) {
			probe.propose(newLead(i));
		}
		long[] load = new long[SAMPLES];
		long[] rank = new long[SAMPLES];
		long[] total = new long[SAMPLES];
		long ranked = 0;
		for (int i = 0; i < SAMPLES; i++) {
			RoutingProbe.Timed timed = probe.propose(newLead(i));
			load[i] = timed.loadNanos();
			rank[i] = timed.rankNanos();
			total[i] = timed.loadNanos() + timed.rankNanos();
			ranked += timed.ranked();
		}
		line(String.format(Locale.ROOT, "Load and rank (%d leads; %.0f partners ranked per lead on average):", SAMPLES,
				(double) ranked / SAMPLES));
		figures("  loading the 10,000 partners' routing data", load, false);
		figures("  ranking them", rank, false);
		figures("  routing one lead (load + rank)", total, true);
	}

	private void wholeEntry() {
		for (int i = 0; i < 50; i++) {
			probe.create(newLead(100_000 + i));
		}
		long[] nanos = new long[SAMPLES / 2];
		for (int i = 0; i < nanos.length; i++) {
			nanos[i] = probe.create(newLead(200_000 + i));
		}
		figures("Entering a lead through the service (checks, routing, offer and events written)", nanos, true);
	}

	private void figures(String what, long[] nanos, boolean goal) {
		long p99 = percentile(nanos, 99);
		line(String.format(Locale.ROOT, "%s: p50 %s ms, p99 %s ms, max %s ms%s", what, ms(percentile(nanos, 50)), ms(p99),
				ms(percentile(nanos, 100)), goal ? (p99 / 1e6 < GOAL_P99_MS ? "  (goal p99 < 50 ms: met)"
						: "  (goal p99 < 50 ms: MISSED)") : ""));
	}

	private LeadProfile profile() {
		String[] p = PROVINCES[random.nextInt(PROVINCES.length)];
		return new LeadProfile("CA", p[0], null, Double.parseDouble(p[1]) + random.nextGaussian(),
				Double.parseDouble(p[2]) + random.nextGaussian(), PRODUCTS[random.nextInt(3)],
				INDUSTRIES[random.nextInt(INDUSTRIES.length)], null, Set.of());
	}

	private NewLead newLead(int n) {
		LeadProfile p = profile();
		String company = "Routed Lead " + n + " " + Integer.toHexString(random.nextInt()) + " Ltd";
		String domain = "routed" + n + "x" + Integer.toHexString(random.nextInt()) + ".example";
		return new NewLead(new NewContact("Lena", "Lead", "lena@" + domain, "+1 902 555 " + (1000 + n % 9000), company,
				"www." + domain, "1 Main St", "Somewhere", p.region(), null, "CA", ConsentType.EXPRESS, null, null, "Web form",
				LocalDate.now(), "Casey"), p.latitude(), p.longitude(), p.product(), p.industry(), null,
				new BigDecimal("1200.00"), "CAD", "benchmark lead");
	}

	private static String provinceValues() {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < PROVINCES.length; i++) {
			rows.add("(" + i + ", '" + PROVINCES[i][0] + "', " + PROVINCES[i][1] + ", " + PROVINCES[i][2] + ")");
		}
		return String.join(", ", rows);
	}

	private void line(String text) {
		System.out.println(text);
		report.append(text).append('\n');
	}
}
