package org.concord.bench;

import org.concord.shared.matching.CompanyNames;
import org.concord.shared.matching.MatchKeys;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.concord.bench.BenchSupport.DB_URL;
import static org.concord.bench.BenchSupport.connect;
import static org.concord.bench.BenchSupport.ms;
import static org.concord.bench.BenchSupport.percentile;
import static org.concord.bench.BenchSupport.single;

import javax.sql.DataSource;

import org.concord.identity.TestAccounts;
import org.concord.registrations.DuplicateCheckProbe;
import org.concord.registrations.RegistrationSettings;
import org.concord.shared.PartnerId;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The opportunity-registration benchmark: loads {@code bench.registrations} (1,000,000) registrations with their
 * match-key claims into the PostgreSQL database {@code bench}, then measures
 * <ol>
 * <li>the duplicate check's latency (its index lookups and fuzzy name match, one at a time, on an idle system);</li>
 * <li>the submit throughput over HTTP (POST /api/v1/registrations with API tokens, from several client threads);</li>
 * <li>a plain SQL insert rate in the same run: single-row INSERTs into a scratch copy of the registration table,
 * one transaction each, from the same number of threads;</li>
 * </ol>
 * and prints a summary (also written to target/bench/registration-benchmark.txt).
 * <p>
 * A plain program, not a test: run it with {@code ./mvnw -B -o -Pbench test-compile exec:exec} (docs/benchmarks.md).
 * It empties the {@code bench} database first and refuses to touch any database whose name does not contain
 * "bench".
 */
public final class RegistrationBenchmark {

	private static final int REGISTRATIONS = Integer.getInteger("bench.registrations", 1_000_000);
	private static final int SAMPLES = Integer.getInteger("bench.samples", 2_000);
	private static final int SUBMITS = Integer.getInteger("bench.submits", 3_000);
	private static final int THREADS = Integer.getInteger("bench.threads", 8);
	private static final int CHUNK = 100_000;
	private static final int WARMUP = Integer.getInteger("bench.warmup", 5_000);
	/** More than the submits: at several thousand a second, fewer would time well under a second of noise. */
	private static final int INSERTS = Integer.getInteger("bench.inserts", 20_000);
	private static final int CONTACTS_PER_PARTNER = 1_000;
	/** Goals from the product issues (issue 11 restated issue 3's throughput goal against the floors below). */
	private static final double CHECK_P99_GOAL_MS = 20.0;
	private static final double API_FLOOR_SHARE_GOAL = 0.5;
	private static final double SUBMIT_SHARE_GOAL = 0.25;
	private static final double SUBMIT_P99_GOAL_MS = 100.0;

	private static final String[] PRODUCTS = { "lighthouse", "cube", "quartz" };
	private static final String[] REPS = { "northwind.rep", "harbour.rep", "summit.rep", "maple.rep", "atlantic.rep" };

	// The company names: "<first> <second> <industry>", a mixed-radix number of the registration's index, so every
	// name is unique; the first word decides the fuzzy-match bucket. Lower case a-z only: these are the normalized
	// keys. No word may be a legal suffix (MatchKeys strips those).
	private static final String[] FIRST = words("""
			acme apex alpine atlantic pacific northern southern eastern western central north south east west maple
			birch cedar pine oak willow spruce aspen harbour harbor summit peak ridge valley river lake ocean bay
			coastal prairie mountain canyon canadian canada global national international united allied premier prime
			pinnacle pioneer frontier heritage legacy liberty patriot eagle falcon hawk raven phoenix lion bear wolf
			fox blue green red silver golden black white crimson azure emerald sapphire diamond crystal sterling royal
			imperial regal sun sunrise sunset star nova stellar orbit quantum vector matrix vertex zenith horizon vista
			metro urban civic capital true bright clear smart swift rapid precision accurate reliable trusted secure
			safe guardian shield keystone cornerstone bedrock granite iron steel copper cobalt titan atlas orion
			polaris aurora boreal arctic tundra glacier island shore harvest meadow orchard evergreen greenfield
			brookside riverside lakeside hillside highland lowland midland northstar trillium loyalist fundy acadia
			superior huron niagara rideau laurentian cabot champlain evangeline""");
	private static final String[] SECOND = words("""
			ridge creek point bridge gate field stone wood brook view crest park grove haven rock hill dale ford port
			mill line path way works forge craft tech data logic soft net link wave stream light spark core edge
			trail road street square circle arc bend cove dock pier wharf landing crossing junction station tower
			castle manor lodge house hall court garden farm ranch acre plain mesa butte bluff cliff falls springs
			well fountain lantern beacon signal compass anchor sail mast keel helm rudder arrow quill key lock vault
			bell horn drum flute harp chord tone pulse beat rhythm echo vale glen moor heath fen marsh isle reef lagoon
			delta basin hearth quay spire""");
	/** Second words never loaded: names made with them are new, yet fall into the same buckets. */
	private static final String[] NEW_SECOND = words("""
			amber birchwood cascade driftwood ember foxglove gladstone hollow ivy juniper kestrel larkspur millbrook
			nettle oxbow pebble quarry rosewood saltmarsh thistle upland verdant wren yarrow zephyr bramble clover
			dunmore elmwood fernhill goldcrest heather inglewood jasper kingfisher lindenwood""");
	private static final String[] INDUSTRY = words("""
			logistics manufacturing construction foods energy mining forestry fisheries dairy farms pharmaceuticals
			health medical dental labs engineering consulting systems software analytics electric plumbing mechanical
			welding fabrication plastics packaging printing textiles apparel furniture hardware supply distribution
			transport trucking freight marine aviation aerospace automotive rail utilities water environmental waste
			recycling chemicals coatings metals concrete paving roofing landscaping properties developments hospitality
			hotels resorts retail wholesale brewing""");
	private static final String[] TLD = { "ca", "com", "net", "ca", "com" };
	private static final String[] SUFFIXES = { " Inc.", " Ltd.", " Corp.", "", " LLC", " Limited", " Inc" };
	private static final String[] PERSON_FIRST = words("""
			jane john maria david sarah michael emily james olivia robert sophie daniel chloe william grace thomas
			emma benjamin lucy samuel""");
	private static final String[] PERSON_LAST = words("""
			smith tremblay martin roy wilson macdonald taylor campbell anderson leblanc brown gagnon thompson white
			cote morrison fraser young king scott""");
	private static final String[] AREA = { "902", "416", "403", "604", "506", "514", "613", "204", "306", "709", "647",
			"905", "780", "250", "819", "418", "519", "705", "807", "867" };
	private static final String[] STAGES = { "PROSPECT", "QUALIFIED", "DEMO", "PROPOSAL", "NEGOTIATION" };
	private static final String[] SOURCES = { "WEB", "EVENT", "REFERRAL", "LIGHTHOUSE_PARTNER", "CUBE_PARTNER",
			"QUARTZ_PARTNER" };

	/** Each word as the check reads it (CompanyNames: "tech" is "technology", an "rn" is an "m"): one word each. */
	private static final String[] FIRST_KEY = keyed(FIRST);
	private static final String[] SECOND_KEY = keyed(SECOND);
	private static final String[] INDUSTRY_KEY = keyed(INDUSTRY);
	private static final int A = FIRST.length;
	private static final int B = SECOND.length;
	private static final int B_NEW = NEW_SECOND.length;
	private static final int C = INDUSTRY.length;

	/** A prospect as a partner would type it, with the normalized name the check matches on. */
	record Prospect(String product, String company, String website, String email, String phone, String nameKey) {
	}

	record Rep(String username, UUID id, UUID partner, String token) {
	}

	/**
	 * The outcome of a parallel run: wall time, each call's latency (ns), how many failed, and the CPU time of the
	 * calling threads.
	 */
	record Run(long elapsedNanos, long[] latencies, int failures, long callerCpuNanos) {

		double perSecond() {
			return (latencies.length - failures) / (elapsedNanos / 1e9);
		}
	}

	/** Counters of the bench database and the machine, to see where the time of a phase goes. */
	record Counters(long commits, long rollbacks, long inserted, long updated, long deleted, long fetched,
			long returned, long jvmCpuNanos, long httpClientCpuNanos, long busyTicks, long totalTicks, long postgresTicks,
			long jitMillis, long gcMillis) {
	}

	private final ConfigurableApplicationContext context;
	private final DataSource dataSource;
	private final Clock clock;
	private final StringBuilder report = new StringBuilder();
	private final Map<String, String> figures = new LinkedHashMap<>();

	private RegistrationBenchmark(ConfigurableApplicationContext context) {
		this.context = context;
		this.dataSource = context.getBean(DataSource.class);
		this.clock = context.getBean(Clock.class);
	}

	public static void main(String[] args) throws Exception {
		checkWordLists();
		long began = System.nanoTime();
		System.out.printf("Registration benchmark: %,d registrations in %s%n", REGISTRATIONS, DB_URL);
		BenchSupport.run(args, (context, ignored) -> new RegistrationBenchmark(context).run(began));
	}

	private void run(long began) throws Exception {
		machine();
		List<Rep> reps = reps();
		load(reps);
		verifyLoadedKeys();
		bucketSizes();
		checkLatency();
		explainLookups();
		Run submits = submitThroughput(reps);
		Run api = apiFloor(reps);
		Run stack = stackFloor();
		Run inserts = plainInsertRate();
		summary(submits, api, stack, inserts, began);
	}

	// --- set-up ------------------------------------------------------------------------------------------------

	private void machine() throws Exception {
		String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
				.findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
		long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
				.map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
		try (Connection db = connect(); Statement sql = db.createStatement()) {
			fig("machine.cpus", String.valueOf(Runtime.getRuntime().availableProcessors()));
			fig("machine.cpu", cpu);
			fig("machine.memory", String.format(Locale.ROOT, "%.1f GiB", memKb / 1024.0 / 1024.0));
			fig("machine.java", System.getProperty("java.vm.name") + " " + Runtime.version());
			fig("postgres.version", single(sql, "select version()"));
			fig("postgres.settings", "shared_buffers=" + single(sql, "show shared_buffers") + ", synchronous_commit="
					+ single(sql, "show synchronous_commit") + ", max_wal_size=" + single(sql, "show max_wal_size")
					+ ", work_mem=" + single(sql, "show work_mem"));
		}
		fig("code", "commit " + git("describe", "--always", "--dirty=+uncommitted-changes") + " of " + git("log", "-1",
				"--format=%cs"));
		fig("app.pool", "Hikari maximum-pool-size="
				+ context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", "10 (default)")
				+ ", virtual threads=" + context.getEnvironment().getProperty("spring.threads.virtual.enabled"));
	}

	/**
	 * The demo partner reps the submissions come from, each with a fresh API token; their companies' daily cap on
	 * registrations raised, as a vendor raises it for partners it trusts (the default, 50 a day, would refuse the run).
	 */
	private List<Rep> reps() {
		TestAccounts accounts = context.getBean(TestAccounts.class);
		var settings = context.getBean(RegistrationSettings.class);
		List<Rep> reps = Arrays.stream(REPS).map(username -> new Rep(username, accounts.idOf(username),
				accounts.partnerOf(username).value(), accounts.apiToken(username))).toList();
		accounts.as("channel", () -> {
			reps.forEach(rep -> settings.setDailyCap(new PartnerId(rep.partner()), 100_000));
		});
		return reps;
	}

	// --- loading -----------------------------------------------------------------------------------------------

	/**
	 * Loads the registrations set-based, in chunks of {@value #CHUNK}: each chunk is four INSERT ... SELECT FROM
	 * generate_series statements (registration, its attribution row, its first status change, its four claims).
	 * Foreign-key triggers are off while loading (the rows are consistent by construction) and the secondary
	 * indexes are built once afterwards, by sorting, instead of row by row. Then VACUUM ANALYZE and a checkpoint,
	 * so autovacuum and the checkpointer do not run into the measurements.
	 */
	private void load(List<Rep> reps) throws SQLException, IOException {
		String partners = uuidArray(reps.stream().map(Rep::partner).toList());
		String repIds = uuidArray(reps.stream().map(Rep::id).toList());
		List<String> tables = List.of("registration", "registration_partner", "registration_status_change",
				"registration_claim", "registration_name_key");
		long start = System.nanoTime();
		try (Connection db = connect(); Statement sql = db.createStatement()) {
			sql.execute("SET maintenance_work_mem = '512MB'");
			sql.execute("SET session_replication_role = replica"); // no FK triggers while loading
			sql.executeUpdate(contactsSql(partners, repIds));

			Map<String, String> indexes = new LinkedHashMap<>();
			try (PreparedStatement q = db.prepareStatement("""
					SELECT i.indexname, i.indexdef FROM pg_indexes i
					WHERE i.schemaname = 'public' AND i.tablename = ANY (?)
					  AND NOT EXISTS (SELECT 1 FROM pg_constraint c
					                  WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)
					ORDER BY i.tablename, i.indexname""")) {
				q.setArray(1, db.createArrayOf("text", tables.toArray()));
				try (ResultSet rows = q.executeQuery()) {
					while (rows.next()) {
						indexes.put(rows.getString(1), rows.getString(2));
					}
				}
			}
			for (String index : indexes.keySet()) {
				sql.execute("DROP INDEX " + index);
			}

			List<String> chunk = List.of(registrationSql(partners, repIds), attributionSql(),
					historySql(repIds), claimsSql());
			db.setAutoCommit(false);
			for (int lo = 0; lo < REGISTRATIONS; lo += CHUNK) {
				int hi = Math.min(REGISTRATIONS, lo + CHUNK) - 1;
				long t = System.nanoTime();
				for (String statement : chunk) {
					try (PreparedStatement insert = db.prepareStatement(statement)) {
						insert.setInt(1, lo);
						insert.setInt(2, hi);
						insert.executeUpdate();
					}
				}
				db.commit();
				System.out.printf("  loaded %,9d registrations (%,d rows/s)%n", hi + 1,
						(long) ((hi - lo + 1) * 7 / ((System.nanoTime() - t) / 1e9)));
			}
			long nameKeys = loadNameKeys(db);
			db.setAutoCommit(true);
			sql.execute("RESET session_replication_role");
			long loaded = System.nanoTime();

			for (Map.Entry<String, String> index : indexes.entrySet()) {
				long t = System.nanoTime();
				sql.execute(index.getValue());
				System.out.printf("  index %s rebuilt in %.1f s%n", index.getKey(), (System.nanoTime() - t) / 1e9);
			}
			long indexed = System.nanoTime();
			for (String table : List.of("registration", "registration_partner", "registration_status_change",
					"registration_claim", "registration_name_key", "customer_contact")) {
				sql.execute("VACUUM (ANALYZE) " + table);
			}
			sql.execute("CHECKPOINT");
			long done = System.nanoTime();

			long claims = Long.parseLong(single(sql, "select count(*) from registration_claim"));
			long registrations = Long.parseLong(single(sql, "select count(*) from registration"));
			fig("data.registrations", String.format("%,d", registrations));
			fig("data.claims", String.format("%,d claims, %,d lookalike keys", claims, nameKeys));
			fig("data.size", "registration " + single(sql, "select pg_size_pretty(pg_total_relation_size('registration'))")
					+ ", registration_claim " + single(sql, "select pg_size_pretty(pg_total_relation_size('registration_claim'))")
					+ ", registration_name_key " + single(sql, "select pg_size_pretty(pg_total_relation_size('registration_name_key'))")
					+ ", database " + single(sql, "select pg_size_pretty(pg_database_size(current_database()))"));
			fig("load.time", String.format(Locale.ROOT, "%.0f s (rows %.0f s, indexes %.0f s, vacuum analyze + checkpoint %.0f s)",
					(done - start) / 1e9, (loaded - start) / 1e9, (indexed - loaded) / 1e9, (done - indexed) / 1e9));
		}
	}

	/** Contacts to hang the loaded registrations on (no foreign key, but real rows): 1,000 per partner. */
	private static String contactsSql(String partners, String repIds) {
		return """
				INSERT INTO customer_contact (id, partner_id, first_name, last_name, email, phone, company_name, website,
				  street, city, region, postal_code, country, consent_type, consent_obtained_how, consent_obtained_on,
				  consent_obtained_by, created_at, created_by)
				SELECT md5('c' || n)::uuid, (%1$s)[1 + n %% 5], 'Jane', 'Buyer', 'buyer' || n || '@contact' || n || '.example',
				  '+1 902 555 0100', 'Contact Company ' || n, 'https://contact' || n || '.example', '1 Main St', 'Halifax',
				  'NS', 'B3H 1A1', 'CA', 'EXPRESS', 'asked on the phone', current_date, 'Bench', now(), (%2$s)[1 + n %% 5]
				FROM generate_series(0, %3$d) AS n""".formatted(partners, repIds, CONTACTS_PER_PARTNER * REPS.length - 1);
	}

	/** Registration i as generated in SQL; {@link #existing(int)} is the same prospect in Java. */
	private static String prospectsSql() {
		return """
				SELECT s.i,
				  (%1$s)[1 + s.i %% 3] AS product,
				  w.w1 || ' ' || w.w2 || ' ' || w.w3 AS name,
				  w.w1 || '-' || w.w2 || '-' || w.w3 || '.' || (%2$s)[1 + s.i %% %3$d] AS domain,
				  (%4$s)[1 + s.i %% %5$d] || '.' || (%6$s)[1 + (s.i / %5$d) %% %7$d] AS mailbox,
				  (%8$s)[1 + s.i %% %9$d] || lpad(((s.i::bigint * 7919) %% 10000000)::text, 7, '0') AS phone,
				  w.k1 || w.k2 || w.k3 AS name_key
				FROM generate_series(?, ?) AS s(i)
				CROSS JOIN LATERAL (SELECT (%10$s)[1 + s.i %% %11$d] AS w1,
				                           (%12$s)[1 + (s.i / %11$d) %% %13$d] AS w2,
				                           (%14$s)[1 + (s.i / (%11$d * %13$d)) %% %15$d] AS w3,
				                           (%16$s)[1 + s.i %% %11$d] AS k1,
				                           (%17$s)[1 + (s.i / %11$d) %% %13$d] AS k2,
				                           (%18$s)[1 + (s.i / (%11$d * %13$d)) %% %15$d] AS k3) AS w"""
				.formatted(textArray(PRODUCTS), textArray(TLD), TLD.length, textArray(PERSON_FIRST), PERSON_FIRST.length,
						textArray(PERSON_LAST), PERSON_LAST.length, textArray(AREA), AREA.length, textArray(FIRST), A,
						textArray(SECOND), B, textArray(INDUSTRY), C, textArray(FIRST_KEY), textArray(SECOND_KEY),
						textArray(INDUSTRY_KEY));
	}

	private static String registrationSql(String partners, String repIds) {
		return """
				INSERT INTO registration (id, version, partner_id, submitted_by, contact_id, company_name, product,
				  mrr_amount, mrr_currency, expected_close_date, stage, notes, assignment, assigned_partner_id,
				  assigned_rep_id, opportunity_source, providing_partner_id, providing_rep_id, status, submitted_at,
				  decision_due_at, decided_at, protected_until)
				SELECT md5('r' || g.i)::uuid, 0, g.partner, g.rep, md5('c' || (g.i %% %3$d))::uuid,
				  initcap(g.name) || (%4$s)[1 + g.i %% %5$d], g.product, 100 + g.i %% 4900, 'CAD',
				  current_date + (g.i %% 365), (%6$s)[1 + g.i %% 5],
				  'Evaluating ' || initcap(g.product) || ' for ' || (10 + g.i %% 490) || ' users; replaces spreadsheets and e-mail.',
				  'PARTNER_WORKING', g.partner, g.rep, (%7$s)[1 + g.i %% 6], g.partner, g.rep, g.status, g.submitted_at,
				  g.submitted_at + interval '48 hours',
				  CASE WHEN g.status IN ('APPROVED', 'ACTIVE', 'WON') THEN g.submitted_at + interval '1 day' END,
				  CASE WHEN g.status IN ('APPROVED', 'ACTIVE', 'WON') THEN g.submitted_at + interval '121 days' END
				FROM (SELECT p.*, (%1$s)[1 + p.i %% 5] AS partner, (%2$s)[1 + p.i %% 5] AS rep,
				        CASE WHEN p.i %% 20 < 12 THEN 'APPROVED' WHEN p.i %% 20 < 15 THEN 'SUBMITTED'
				             WHEN p.i %% 20 < 18 THEN 'ACTIVE' WHEN p.i %% 20 = 18 THEN 'WON' ELSE 'RETURNED' END AS status,
				        now() - (p.i %% 100) * interval '1 day' - (p.i %% 86400) * interval '1 second' AS submitted_at
				      FROM (%8$s) AS p) AS g"""
				.formatted(partners, repIds, CONTACTS_PER_PARTNER * REPS.length, textArray(SUFFIXES), SUFFIXES.length,
						textArray(STAGES), textArray(SOURCES), prospectsSql());
	}

	private static String attributionSql() {
		return """
				INSERT INTO registration_partner (id, registration_id, partner_id, rep_id, role, invited, submitted_at, stage,
				  expected_close_date)
				SELECT md5('p' || i)::uuid, r.id, r.partner_id, r.providing_rep_id, 'SOURCED', false, r.submitted_at, r.stage,
				  r.expected_close_date
				FROM generate_series(?, ?) AS i JOIN registration r ON r.id = md5('r' || i)::uuid""";
	}

	private static String historySql(String repIds) {
		return """
				INSERT INTO registration_status_change (id, registration_id, from_status, to_status, changed_by, note, changed_at)
				SELECT md5('s' || i)::uuid, md5('r' || i)::uuid, NULL, 'SUBMITTED', (%s)[1 + i %% 5], NULL,
				  now() - (i %% 100) * interval '1 day' - (i %% 86400) * interval '1 second'
				FROM generate_series(?, ?) AS i""".formatted(repIds);
	}

	/** The four claims of every registration: NAME (its words run together), DOMAIN, EMAIL and PHONE. */
	private static String claimsSql() {
		return """
				INSERT INTO registration_claim (id, product, key_kind, key_value, registration_id)
				SELECT md5('k' || g.i || k.kind)::uuid, g.product, k.kind, k.value, md5('r' || g.i)::uuid
				FROM (%s) AS g
				CROSS JOIN LATERAL (VALUES ('NAME', g.name_key), ('DOMAIN', g.domain),
				                           ('EMAIL', g.mailbox || '@' || g.domain), ('PHONE', g.phone))
				  AS k(kind, value)""".formatted(prospectsSql());
	}

	/**
	 * The lookalike keys of every registration, made by the check's own code (CompanyNames) and streamed in with COPY:
	 * each telling word with its deletions at the name's length, and the telling words together.
	 */
	private long loadNameKeys(Connection db) throws SQLException, IOException {
		CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
		long rows = 0;
		for (int lo = 0; lo < REGISTRATIONS; lo += CHUNK) {
			int hi = Math.min(REGISTRATIONS, lo + CHUNK);
			long t = System.nanoTime();
			StringBuilder lines = new StringBuilder(CHUNK * 400);
			for (int i = lo; i < hi; i++) {
				List<String> words = List.of(FIRST_KEY[i % A], SECOND_KEY[(i / A) % B], INDUSTRY_KEY[(i / (A * B)) % C]);
				String name = String.join(" ", words);
				String id = md5Uuid("r" + i);
				for (String key : DuplicateCheckProbe.storedKeys(words)) {
					lines.append(PRODUCTS[i % 3]).append('\t').append(key).append('\t').append(name).append('\t').append(id)
							.append('\n');
					rows++;
				}
			}
			copy.copyIn("COPY registration_name_key (product, key_value, name, registration_id) FROM STDIN",
					new StringReader(lines.toString()));
			db.commit();
			System.out.printf("  lookalike keys of %,9d registrations (%,d rows/s)%n", hi,
					(long) (rows * (hi - lo) / (double) hi / ((System.nanoTime() - t) / 1e9)));
		}
		return rows;
	}

	/** PostgreSQL's md5(text)::uuid. */
	private static String md5Uuid(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
			String hex = HexFormat.of().formatHex(digest);
			return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-"
					+ hex.substring(20);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The Java side must agree with the SQL side: the keys MatchKeys makes of a loaded prospect are its claims. */
	private void verifyLoadedKeys() throws SQLException {
		Random random = new Random(7);
		int checked = 0;
		try (Connection db = connect(); PreparedStatement q = db.prepareStatement(
				"select key_kind || ':' || key_value from registration_claim where registration_id = md5('r' || ?)::uuid")) {
			for (int n = 0; n < 50; n++) {
				int i = random.nextInt(REGISTRATIONS);
				Prospect p = existing(i);
				Set<String> expected = new HashSet<>(DuplicateCheckProbe.keys(p.company(), p.website(), p.email(), p.phone()));
				Set<String> stored = new HashSet<>();
				q.setInt(1, i);
				try (ResultSet rows = q.executeQuery()) {
					while (rows.next()) {
						stored.add(rows.getString(1));
					}
				}
				if (!expected.equals(stored) || expected.size() != 4) {
					throw new IllegalStateException("Registration " + i + ": MatchKeys gives " + expected + ", loaded " + stored);
				}
				Set<String> expectedKeys = DuplicateCheckProbe.storedKeys(p.company(), p.email());
				Set<String> storedKeys = new HashSet<>();
				try (PreparedStatement k = db.prepareStatement(
						"select key_value from registration_name_key where registration_id = md5('r' || ?)::uuid")) {
					k.setInt(1, i);
					try (ResultSet rows = k.executeQuery()) {
						while (rows.next()) {
							storedKeys.add(rows.getString(1));
						}
					}
				}
				if (!expectedKeys.equals(storedKeys)) {
					throw new IllegalStateException("Registration " + i + ": CompanyNames gives " + expectedKeys + ", loaded "
							+ storedKeys);
				}
				checked++;
			}
		}
		System.out.printf("  %d loaded registrations checked: the check's own code gives exactly their four claims and "
				+ "their lookalike keys%n", checked);
	}

	private void bucketSizes() throws SQLException {
		try (Connection db = connect(); Statement sql = db.createStatement(); ResultSet r = sql.executeQuery("""
				SELECT count(*), round(avg(n)), percentile_disc(0.5) WITHIN GROUP (ORDER BY n),
				       percentile_disc(0.99) WITHIN GROUP (ORDER BY n), max(n)
				FROM (SELECT product, key_value, count(*) AS n FROM registration_name_key GROUP BY product, key_value) AS b""")) {
			r.next();
			fig("data.buckets", String.format("%,d (product, lookalike key) buckets; names per bucket: mean %,d, "
					+ "median %,d, p99 %,d, max %,d", r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)));
		}
	}

	// --- 1. the duplicate check ----------------------------------------------------------------------------------

	private void checkLatency() {
		DuplicateCheckProbe probe = new DuplicateCheckProbe(context);
		Random random = new Random(42);
		for (int n = 0; n < 300; n++) { // warm-up: JIT, statement caches, server-side prepared statements
			Prospect p = n % 2 == 0 ? existing(random.nextInt(REGISTRATIONS)) : fresh(SAMPLES + n);
			probe.check(p.product(), p.company(), p.website(), p.email(), p.phone());
		}
		List<DuplicateCheckProbe.Timed> existing = new ArrayList<>();
		List<DuplicateCheckProbe.Timed> fresh = new ArrayList<>();
		for (int n = 0; n < SAMPLES; n++) {
			boolean known = n % 2 == 0;
			Prospect p = known ? existing(random.nextInt(REGISTRATIONS)) : fresh(n);
			DuplicateCheckProbe.Timed timed = probe.check(p.product(), p.company(), p.website(), p.email(), p.phone());
			(known ? existing : fresh).add(timed);
		}
		long[] all = IntStream.range(0, SAMPLES)
				.mapToLong(n -> (n % 2 == 0 ? existing.get(n / 2) : fresh.get(n / 2)).totalNanos()).toArray();
		long[] known = existing.stream().mapToLong(DuplicateCheckProbe.Timed::totalNanos).toArray();
		long[] unknown = fresh.stream().mapToLong(DuplicateCheckProbe.Timed::totalNanos).toArray();
		fig("check.all", latencies(all));
		fig("check.existing", latencies(known));
		fig("check.new", latencies(unknown));
		fig("check.p99", ms(percentile(all, 99)));
		fig("check.new.p99", ms(percentile(unknown, 99)));
		Map<DuplicateCheckProbe.Outcome, Long> outcomes = new LinkedHashMap<>();
		existing.forEach(t -> outcomes.merge(t.outcome(), 1L, Long::sum));
		String existingOutcomes = outcomes.toString();
		outcomes.clear();
		fresh.forEach(t -> outcomes.merge(t.outcome(), 1L, Long::sum));
		fig("check.outcomes", "names that exist " + existingOutcomes + "; names that do not " + outcomes);
		fig("check.new.phases", String.format(Locale.ROOT,
				"mean %.2f ms exact-key lookups + %.2f ms candidates under the lookalike keys (mean %,.0f rows, max %,d) + %.2f ms comparing in Java",
				fresh.stream().mapToLong(DuplicateCheckProbe.Timed::exactNanos).average().orElse(0) / 1e6,
				fresh.stream().mapToLong(DuplicateCheckProbe.Timed::bucketFetchNanos).average().orElse(0) / 1e6,
				fresh.stream().mapToInt(DuplicateCheckProbe.Timed::bucketSize).average().orElse(0),
				fresh.stream().mapToInt(DuplicateCheckProbe.Timed::bucketSize).max().orElse(0),
				fresh.stream().mapToLong(DuplicateCheckProbe.Timed::similarityNanos).average().orElse(0) / 1e6));
		fig("check.existing.phases", String.format(Locale.ROOT, "mean %.2f ms exact-key lookups",
				existing.stream().mapToLong(DuplicateCheckProbe.Timed::exactNanos).average().orElse(0) / 1e6));
	}

	/** EXPLAIN ANALYZE of the check's statements, as the application sends them, for a new name. */
	private void explainLookups() throws SQLException {
		Prospect p = fresh(SAMPLES + 1_000);
		String name = DuplicateCheckProbe.normalizedName(p.company());
		List<String> keys = List.copyOf(DuplicateCheckProbe.lookupKeys(p.company()));
		StringBuilder plans = new StringBuilder();
		try (Connection db = connect(); Statement sql = db.createStatement()) {
			Map<String, String> statements = new LinkedHashMap<>();
			statements.put("isClaimed (all key values in one statement), a new name",
					"select rc1_0.registration_id, rc1_0.key_kind, rc1_0.key_value from registration_claim rc1_0 where rc1_0.product="
							+ quote(p.product()) + " and rc1_0.key_value in (" + quote(name) + ", " + quote(p.email()) + ")");
			statements.put("candidates: the names under the new name's " + keys.size() + " lookalike keys",
					"select key_value, name from registration_name_key where product = " + quote(p.product())
							+ " and key_value in (" + keys.stream().map(RegistrationBenchmark::quote).collect(Collectors.joining(", "))
							+ ")");
			for (Map.Entry<String, String> statement : statements.entrySet()) {
				sql.executeQuery(statement.getValue()).close(); // as warm as in the measurement
				plans.append("-- ").append(statement.getKey()).append('\n').append(statement.getValue()).append('\n');
				try (ResultSet r = sql.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + statement.getValue())) {
					while (r.next()) {
						plans.append("   ").append(r.getString(1)).append('\n');
					}
				}
			}
		}
		figures.put("explain", plans.toString());
	}

	// --- 2. submit throughput over HTTP ------------------------------------------------------------------------

	private Run submitThroughput(List<Rep> reps) throws Exception {
		String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
		ExecutorService httpThreads = Executors.newFixedThreadPool(THREADS, Thread.ofPlatform().name("bench-http-", 0).factory());
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(httpThreads)
				.connectTimeout(Duration.ofSeconds(5)).build();
		int total = WARMUP + SUBMITS;
		String[] contactIds = new String[total];
		Prospect[] prospects = new Prospect[total];
		LocalDate today = LocalDate.now(clock);
		for (int j = 0; j < total; j++) {
			prospects[j] = fresh(100_000 + j); // disjoint from the check's samples
		}

		// one contact per submission, each with its own company, entered by the rep who then registers it
		Run contacts = parallel(total, j -> {
			Prospect p = prospects[j];
			Rep rep = reps.get(j % reps.size());
			String body = json("firstName", "Jane", "lastName", "Buyer", "email", p.email(), "phone", p.phone(),
					"companyName", p.company(), "website", p.website(), "street", "1 Main St", "city", "Halifax",
					"region", "NS", "postalCode", "B3H 1A1", "country", "CA", "consentType", "EXPRESS",
					"consentObtainedHow", "asked on the phone", "consentObtainedOn", today.toString(),
					"consentObtainedBy", rep.username());
			HttpResponse<String> response = post(http, base + "/api/v1/contacts", rep.token(), body);
			if (response.statusCode() != 201) {
				return failed("contact", response);
			}
			contactIds[j] = idOf(response.body());
			return contactIds[j] != null;
		});
		if (contacts.failures() > 0) {
			throw new IllegalStateException(contacts.failures() + " contacts could not be created");
		}
		fig("http.contacts", String.format(Locale.ROOT, "%,d contacts created over HTTP at %.0f/s (set-up, not scored)",
				total, contacts.perSecond()));

		AtomicInteger alreadyRegistered = new AtomicInteger();
		IntPredicate submit = j -> {
			Prospect p = prospects[j];
			Rep rep = reps.get(j % reps.size());
			String body = json("contactId", contactIds[j], "product", p.product(), "estimatedMrr", 1250.00, "currency",
					"CAD", "expectedCloseDate", today.plusDays(90).toString(), "stage", "QUALIFIED", "notes",
					"Wants to replace spreadsheets", "assignment", "PARTNER_WORKING", "partnerAssignedId",
					rep.partner().toString(), "partnerRepAssignedId", rep.id().toString(), "opportunitySource", "WEB",
					"partnerProvidingId", rep.partner().toString(), "partnerRepProvidingId", rep.id().toString());
			HttpResponse<String> response = post(http, base + "/api/v1/registrations", rep.token(), body);
			if (response.statusCode() != 201) {
				return failed("submit", response);
			}
			if (response.body().contains("\"alreadyRegistered\":true")) {
				alreadyRegistered.incrementAndGet();
			}
			return true;
		};
		Run warmup = parallel(WARMUP, submit);
		if (warmup.failures() > 0) {
			throw new IllegalStateException(warmup.failures() + " warm-up submissions failed");
		}
		alreadyRegistered.set(0);
		Counters before = counters();
		Run run = parallel(SUBMITS, j -> submit.test(WARMUP + j));
		Counters after = counters();
		fig("http.submits", String.format(Locale.ROOT, "%,d submits from %d threads in %.1f s: %.0f submits/s; "
				+ "latency %s; %d failed; %d already registered", SUBMITS, THREADS, run.elapsedNanos() / 1e9,
				run.perSecond(), latencies(run.latencies()), run.failures(), alreadyRegistered.get()));
		fig("http.submits.cost", cost(before, after, run, "submit"));
		http.close();
		httpThreads.shutdown();
		return run;
	}

	/**
	 * The floor under any API call: an authenticated {@code GET /api/v1/me} (the token's user, as JSON), which
	 * checks nothing and writes nothing, at the same concurrency as the submits.
	 */
	private Run apiFloor(List<Rep> reps) throws Exception {
		return floor("http.me", "GET /api/v1/me", "/api/v1/me", j -> reps.get(j % reps.size()).token());
	}

	/**
	 * The floor under any request: {@code GET /bench/floor} ({@link StackFloor}), unauthenticated, one select by
	 * primary key, in the same application and the same run.
	 */
	private Run stackFloor() throws Exception {
		return floor("http.floor", "GET /bench/floor", "/bench/floor", j -> null);
	}

	private Run floor(String figure, String what, String path, IntFunction<String> token) throws Exception {
		String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
		ExecutorService httpThreads = Executors.newFixedThreadPool(THREADS, Thread.ofPlatform().name("bench-http-", 0).factory());
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(httpThreads)
				.connectTimeout(Duration.ofSeconds(5)).build();
		IntPredicate call = j -> {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
					.header("Accept", "application/json").GET();
			String bearer = token.apply(j);
			if (bearer != null) {
				request.header("Authorization", "Bearer " + bearer);
			}
			try {
				return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		};
		parallel(WARMUP, call);
		Counters before = counters();
		Run run = parallel(INSERTS, call);
		Counters after = counters();
		fig(figure, String.format(Locale.ROOT, "%,d %s from %d threads in %.1f s: %.0f requests/s; latency %s; %d failed",
				INSERTS, what, THREADS, run.elapsedNanos() / 1e9, run.perSecond(), latencies(run.latencies()), run.failures()));
		fig(figure + ".cost", cost(before, after, run, "request"));
		http.close();
		httpThreads.shutdown();
		return run;
	}

	// --- 3. plain SQL inserts ----------------------------------------------------------------------------------

	private Run plainInsertRate() throws Exception {
		try (Connection db = connect(); Statement sql = db.createStatement()) {
			sql.execute("DROP TABLE IF EXISTS bench_plain_registration");
			sql.execute("CREATE TABLE bench_plain_registration (LIKE registration INCLUDING ALL)");
		}
		UUID partner = UUID.randomUUID();
		UUID rep = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = LocalDate.now(clock);
		IntPredicate insert = j -> {
			try (Connection db = dataSource.getConnection(); PreparedStatement row = db.prepareStatement("""
					INSERT INTO bench_plain_registration (id, version, partner_id, submitted_by, contact_id, company_name,
					  product, mrr_amount, mrr_currency, expected_close_date, stage, notes, assignment, assigned_partner_id,
					  assigned_rep_id, opportunity_source, providing_partner_id, providing_rep_id, status, submitted_at,
					  decision_due_at)
					VALUES (?, 0, ?, ?, ?, ?, ?, 1250.00, 'CAD', ?, 'QUALIFIED', 'Wants to replace spreadsheets',
					  'PARTNER_WORKING', ?, ?, 'WEB', ?, ?, 'SUBMITTED', ?, ?)""")) {
				db.setAutoCommit(true); // one transaction per row, as one submit is one request
				Prospect p = fresh(200_000 + j);
				row.setObject(1, UUID.randomUUID());
				row.setObject(2, partner);
				row.setObject(3, rep);
				row.setObject(4, UUID.randomUUID());
				row.setString(5, p.company());
				row.setString(6, p.product());
				row.setObject(7, today.plusDays(90));
				row.setObject(8, partner);
				row.setObject(9, rep);
				row.setObject(10, partner);
				row.setObject(11, rep);
				row.setObject(12, now);
				row.setObject(13, now.plusHours(48));
				return row.executeUpdate() == 1;
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		};
		parallel(WARMUP, insert);
		try (Connection db = connect(); Statement sql = db.createStatement()) {
			sql.execute("TRUNCATE bench_plain_registration");
		}
		Counters before = counters();
		Run run = parallel(INSERTS, insert);
		Counters after = counters();
		fig("sql.inserts", String.format(Locale.ROOT, "%,d single-row INSERTs (own transaction each) from %d threads in "
				+ "%.1f s: %.0f rows/s; latency %s; %d failed", INSERTS, THREADS, run.elapsedNanos() / 1e9,
				run.perSecond(), latencies(run.latencies()), run.failures()));
		fig("sql.inserts.cost", cost(before, after, run, "insert"));
		return run;
	}

	// --- the summary -------------------------------------------------------------------------------------------

	private void summary(Run submits, Run api, Run stack, Run inserts, long began) throws IOException {
		double p99 = Double.parseDouble(figures.get("check.p99"));
		double newP99 = Double.parseDouble(figures.get("check.new.p99"));
		double apiShare = api.perSecond() / stack.perSecond();
		double submitShare = submits.perSecond() / api.perSecond();
		double submitP99 = percentile(submits.latencies(), 99) / 1e6;
		line("==================== Registration benchmark ====================");
		line("Machine      %s CPUs (%s), %s RAM; %s", figures.get("machine.cpus"), figures.get("machine.cpu"),
				figures.get("machine.memory"), figures.get("machine.java"));
		line("PostgreSQL   %s", figures.get("postgres.version"));
		line("             %s", figures.get("postgres.settings"));
		line("Application  %s, %s; client and server share the machine", figures.get("code"), figures.get("app.pool"));
		line("Data         %s registrations, %s; %s", figures.get("data.registrations"), figures.get("data.claims"),
				figures.get("data.size"));
		line("             %s", figures.get("data.buckets"));
		line("Load         %s", figures.get("load.time"));
		line("");
		line("Duplicate check, %,d checks one at a time (half names that exist, half that do not):", SAMPLES);
		line("  all        %s", figures.get("check.all"));
		line("  existing   %s  (%s)", figures.get("check.existing"), figures.get("check.existing.phases"));
		line("  new        %s", figures.get("check.new"));
		line("             %s", figures.get("check.new.phases"));
		line("  outcomes   %s", figures.get("check.outcomes"));
		line("");
		line("Submit over HTTP    %s", figures.get("http.submits"));
		line("                    %s", figures.get("http.submits.cost"));
		line("API floor           %s", figures.get("http.me"));
		line("                    %s", figures.get("http.me.cost"));
		line("Stack floor         %s", figures.get("http.floor"));
		line("                    %s", figures.get("http.floor.cost"));
		line("Plain SQL insert    %s", figures.get("sql.inserts"));
		line("                    %s", figures.get("sql.inserts.cost"));
		line("                    %s", figures.get("http.contacts"));
		line("");
		line("Goal: duplicate check p99 <= %.0f ms         %s (p99 %.2f ms; names that do not exist alone: p99 %.2f ms)",
				CHECK_P99_GOAL_MS, p99 <= CHECK_P99_GOAL_MS ? "MET   " : "MISSED", p99, newP99);
		line("Goal: API floor >= %.2f x stack floor       %s (%.0f vs %.0f requests/s = %.2f)", API_FLOOR_SHARE_GOAL,
				apiShare >= API_FLOOR_SHARE_GOAL ? "MET   " : "MISSED", api.perSecond(), stack.perSecond(), apiShare);
		line("Goal: submit >= %.2f x API floor            %s (%.0f submits/s vs %.0f requests/s = %.2f)", SUBMIT_SHARE_GOAL,
				submitShare >= SUBMIT_SHARE_GOAL ? "MET   " : "MISSED", submits.perSecond(), api.perSecond(), submitShare);
		line("Goal: submit p99 < %.0f ms at %d clients      %s (p99 %.1f ms)", SUBMIT_P99_GOAL_MS, THREADS,
				submitP99 < SUBMIT_P99_GOAL_MS ? "MET   " : "MISSED", submitP99);
		line("For the record: submits / plain inserts %.3f (issue 3's goal, restated by issue 11)",
				submits.perSecond() / inserts.perSecond());
		line("Run took %.0f s.", (System.nanoTime() - began) / 1e9);
		line("");
		line("EXPLAIN (ANALYZE, BUFFERS) of the check's statements:");
		report.append(figures.get("explain"));
		line("================================================================");
		System.out.print(report);
		Path file = Path.of("target", "bench", "registration-benchmark.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
		System.out.println("Summary written to " + file.toAbsolutePath());
	}

	// --- helpers -----------------------------------------------------------------------------------------------

	/** Registration i as loaded (see {@link #prospectsSql()}), typed the way a partner might. */
	static Prospect existing(int i) {
		return prospect(PRODUCTS[i % 3], FIRST[i % A], SECOND[(i / A) % B], INDUSTRY[(i / (A * B)) % C], i, i);
	}

	/** A company that is not loaded: a second word never used by the load, so an exact miss in a real bucket. */
	static Prospect fresh(int k) {
		return prospect(PRODUCTS[k % 3], FIRST[k % A], NEW_SECOND[(k / A) % B_NEW], INDUSTRY[(k / (A * B_NEW)) % C],
				(long) REGISTRATIONS + k, k);
	}

	private static Prospect prospect(String product, String w1, String w2, String w3, long phoneSeed, int i) {
		String domain = w1 + "-" + w2 + "-" + w3 + "." + TLD[i % TLD.length];
		String company = (i % 7 == 3 ? "The " : "") + capital(w1) + " " + capital(w2) + " " + capital(w3)
				+ SUFFIXES[i % SUFFIXES.length];
		String website = (i % 2 == 0 ? "https://www." : "www.") + domain;
		String email = PERSON_FIRST[i % PERSON_FIRST.length] + "."
				+ PERSON_LAST[(i / PERSON_FIRST.length) % PERSON_LAST.length] + "@" + domain;
		String digits = String.format("%07d", phoneSeed * 7919 % 10_000_000);
		String phone = "+1 " + AREA[i % AREA.length] + " " + digits.substring(0, 3) + " " + digits.substring(3);
		return new Prospect(product, company, website, email, phone, w1 + " " + w2 + " " + w3);
	}

	private Run parallel(int count, IntPredicate task) throws Exception {
		long[] latencies = new long[count];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		AtomicLong cpu = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS, Thread.ofPlatform().name("bench-client-", 0).factory());
		try {
			long start = System.nanoTime();
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				workers.add(pool.submit(() -> {
					long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
					for (int j = next.getAndIncrement(); j < count; j = next.getAndIncrement()) {
						long t0 = System.nanoTime();
						boolean ok;
						try {
							ok = task.test(j);
						}
						catch (RuntimeException ex) {
							if (failures.get() < 3) {
								ex.printStackTrace();
							}
							ok = false;
						}
						latencies[j] = System.nanoTime() - t0;
						if (!ok) {
							failures.incrementAndGet();
						}
					}
					cpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart);
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
			return new Run(System.nanoTime() - start, latencies, failures.get(), cpu.get());
		}
		finally {
			pool.shutdown();
		}
	}

	private static HttpResponse<String> post(HttpClient http, String url, String token, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
				.header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static final AtomicInteger reportedFailures = new AtomicInteger();

	private static boolean failed(String what, HttpResponse<String> response) {
		if (reportedFailures.getAndIncrement() < 5) {
			System.err.println(what + " failed: HTTP " + response.statusCode() + " " + response.body());
		}
		return false;
	}

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(?:\\{\\s*\"value\"\\s*:\\s*)?\"([0-9a-f-]{36})\"");

	/** The id of a created resource, whether it is written as a string or as {"value": ...}. */
	private static String idOf(String body) {
		Matcher m = ID.matcher(body);
		return m.find() ? m.group(1) : null;
	}

	/** A flat JSON object of the given name/value pairs; strings quoted and escaped, numbers as they are. */
	private static String json(Object... pairs) {
		StringBuilder json = new StringBuilder("{");
		for (int n = 0; n < pairs.length; n += 2) {
			if (n > 0) {
				json.append(',');
			}
			json.append('"').append(pairs[n]).append("\":");
			Object value = pairs[n + 1];
			json.append(value instanceof Number ? value.toString()
					: "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
		}
		return json.append('}').toString();
	}

	private Counters counters() throws Exception {
		Thread.sleep(11_000); // PostgreSQL 15 backends flush their statistics at the latest 10 s after going idle
		long[] cpu = Arrays.stream(Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+")).skip(1)
				.mapToLong(Long::parseLong).toArray();
		long total = Arrays.stream(cpu).limit(8).sum();
		long busy = total - cpu[3] - cpu[4];
		long postgres = 0;
		try (var procs = Files.list(Path.of("/proc"))) {
			for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
				try {
					String stat = Files.readString(proc.resolve("stat"));
					if (stat.contains("(postgres)")) {
						String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						postgres += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					}
				}
				catch (IOException | RuntimeException gone) {
					// the process ended meanwhile
				}
			}
		}
		long jvm = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
		var threads = ManagementFactory.getThreadMXBean();
		long httpClient = Thread.getAllStackTraces().keySet().stream()
				.filter(t -> t.getName().startsWith("HttpClient") || t.getName().startsWith("bench-http"))
				.mapToLong(t -> Math.max(0, threads.getThreadCpuTime(t.threadId()))).sum();
		try (Connection db = connect(); Statement sql = db.createStatement(); ResultSet r = sql.executeQuery("""
				SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted, tup_fetched, tup_returned
				FROM pg_stat_database WHERE datname = current_database()""")) {
			r.next();
			return new Counters(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6),
					r.getLong(7), jvm, httpClient, busy, total, postgres,
					ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
					ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum());
		}
	}

	/**
	 * What one operation of a phase cost: transactions and rows in PostgreSQL, CPU in this JVM (application and
	 * client) and in PostgreSQL's processes. Ticks are 1/100 s; the phase is bracketed by idle pauses, which
	 * count in the machine totals but hardly in the CPU.
	 */
	private static String cost(Counters before, Counters after, Run run, String what) {
		double n = run.latencies().length;
		double jvmMs = (after.jvmCpuNanos() - before.jvmCpuNanos()) / 1e6 / n;
		double callerMs = (run.callerCpuNanos() + after.httpClientCpuNanos() - before.httpClientCpuNanos()) / 1e6 / n;
		double pgMs = (after.postgresTicks() - before.postgresTicks()) * 10.0 / n;
		double busyMs = (after.busyTicks() - before.busyTicks()) * 10.0 / n;
		int cpus = Runtime.getRuntime().availableProcessors();
		return String.format(Locale.ROOT,
				"per %s: %.1f commits, %.1f rows inserted, %.1f updated, %.1f fetched by index scans; CPU %.2f ms in "
						+ "the JVM outside the calling threads (the application), %.2f ms in the calling threads (HTTP "
						+ "client or JDBC), %.2f ms in PostgreSQL, %.2f ms machine-wide; machine busy %.0f%% of %d CPUs; "
						+ "of the JVM's time, JIT compiling %.2f ms and garbage collection %.2f ms (wall)",
				what, (after.commits() - before.commits()) / n, (after.inserted() - before.inserted()) / n,
				(after.updated() - before.updated()) / n, (after.fetched() - before.fetched()) / n, jvmMs - callerMs,
				callerMs, pgMs, busyMs, 100.0 * busyMs * n / (run.elapsedNanos() / 1e6) / cpus, cpus,
				(after.jitMillis() - before.jitMillis()) / n, (after.gcMillis() - before.gcMillis()) / n);
	}

	private static String latencies(long[] nanos) {
		return String.format(Locale.ROOT, "p50 %s ms, p99 %s ms, max %s ms", ms(percentile(nanos, 50)),
				ms(percentile(nanos, 99)), ms(percentile(nanos, 100)));
	}

	private void fig(String key, String value) {
		figures.put(key, value);
		System.out.println("  " + key + ": " + value);
	}

	private void line(String format, Object... args) {
		report.append(String.format(Locale.ROOT, format, args)).append('\n');
	}

	private static String git(String... args) {
		try {
			Process git = new ProcessBuilder(Stream.concat(Stream.of("git"), Arrays.stream(args)).toList())
					.redirectErrorStream(true).start();
			String out = new String(git.getInputStream().readAllBytes()).trim();
			return git.waitFor() == 0 ? out : "?";
		}
		catch (IOException | InterruptedException ex) {
			return "?";
		}
	}

	private static String[] words(String text) {
		return text.trim().split("\\s+");
	}

	private static String[] keyed(String[] words) {
		return Arrays.stream(words).map(word -> String.join(" ", DuplicateCheckProbe.words(word))).toArray(String[]::new);
	}

	private static String capital(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static String quote(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

	private static String textArray(String[] values) {
		return Arrays.stream(values).map(RegistrationBenchmark::quote).collect(Collectors.joining(",", "ARRAY[", "]"));
	}

	private static String uuidArray(List<UUID> values) {
		return values.stream().map(v -> quote(v.toString())).collect(Collectors.joining(",", "ARRAY[", "]::uuid[]"));
	}

	/** The generated names must be unique and already normalized, or the load would not be what it claims. */
	private static void checkWordLists() {
		for (String[] list : List.of(FIRST, SECOND, NEW_SECOND, INDUSTRY)) {
			if (new HashSet<>(Arrays.asList(list)).size() != list.length) {
				throw new IllegalStateException("Duplicate word in " + Arrays.toString(list));
			}
			for (String word : list) {
				if (!word.matches("[a-z]+") || DuplicateCheckProbe.words("x " + word).size() != 2
						|| DuplicateCheckProbe.words(word).size() != 1) {
					throw new IllegalStateException("Not a plain, non-suffix word: " + word);
				}
			}
		}
		if (Arrays.stream(NEW_SECOND).anyMatch(Arrays.asList(SECOND)::contains)) {
			throw new IllegalStateException("NEW_SECOND must not share words with SECOND");
		}
		if ((long) A * B_NEW * C < 200_000 + Math.max(WARMUP, INSERTS) || WARMUP + SUBMITS > 100_000) {
			throw new IllegalStateException("Too few new names for the submissions and inserts");
		}
		if ((long) A * B * C < REGISTRATIONS || A % 3 == 0) {
			throw new IllegalStateException("Word lists give " + (long) A * B * C + " names for " + REGISTRATIONS
					+ " registrations (and the first list's length must not be a multiple of 3): " + A + "x" + B + "x" + C);
		}
	}
}
