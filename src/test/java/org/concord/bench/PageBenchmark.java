package org.concord.bench;

import static org.concord.bench.BenchSupport.connect;
import static org.concord.bench.BenchSupport.ms;
import static org.concord.bench.BenchSupport.percentile;
import static org.concord.bench.BenchSupport.single;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.concord.identity.TestAccounts;
import org.concord.shared.Keyset;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 13: every list page and API list of the application, as each role, first page and a deep one, with 1,000,000
 * registrations, 100,000 contacts, 30,000 leads and 1,000,000 payments loaded. Each route is timed over HTTP from 8
 * clients (p50 and p95), beside the same route's SQL run alone: the statements the request executed, captured with
 * their parameters ({@link SqlCapture}) and replayed on plain JDBC connections from 8 clients too. Every captured
 * read is also explained ({@code EXPLAIN (ANALYZE, BUFFERS)}); a sequential scan of a big table is flagged. Goals:
 * p95 at most 150 ms and within 2x of the route's own SQL; the Overview and the review queue at most 100 ms.
 * <p>
 * {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=org.concord.bench.PageBenchmark}
 */
public final class PageBenchmark {

	private static final int REGISTRATIONS = Integer.getInteger("bench.registrations", 1_000_000);
	private static final int CONTACTS = Integer.getInteger("bench.contacts", 100_000);
	private static final int LEADS = Integer.getInteger("bench.leads", 30_000);
	private static final int CONTRACTS = Integer.getInteger("bench.contracts", 50_000);
	private static final int AUDIT = Integer.getInteger("bench.audit", 1_000_000);
	/** Only the routes whose label contains one of these, comma-separated (all when empty). */
	private static final String ONLY = System.getProperty("bench.routes", "");
	private static final com.sun.management.OperatingSystemMXBean PROCESS =
			(com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
	private static final int MONTHS = 20;
	private static final int CLIENTS = Integer.getInteger("bench.threads", 8);
	private static final int REQUESTS = Integer.getInteger("bench.requests", 160);
	private static final int WARMUP = Integer.getInteger("bench.page-warmup", 40);
	private static final int SINGLE = 20;
	private static final int ROUNDS = Integer.getInteger("bench.rounds", 150);
	private static final int CHUNK = 100_000;
	/** The deep pages: a tenth of the registrations into a partner's list or the review queue, half into everyone's. */
	private static final int DEEP = REGISTRATIONS / 10;
	private static final int DEEPEST = REGISTRATIONS / 2;
	private static final String[] PARTNER_REPS = { "northwind.rep", "harbour.rep", "summit.rep", "maple.rep", "atlantic.rep" };
	private static final List<String> BIG_TABLES = List.of("registration", "registration_partner", "customer_contact", "lead",
			"lead_offer", "payment", "invoice", "commission_ledger_entry", "subscription_contract", "contract_partner",
			"registration_status_change", "audit_entry");
	private static final Pattern EXECUTION_TIME = Pattern.compile("Execution Time: ([\\d.]+) ms");

	private final ConfigurableApplicationContext context;
	private final String base;
	private final StringBuilder report = new StringBuilder();
	private final StringBuilder plans = new StringBuilder();
	private final StringBuilder dearestPlans = new StringBuilder("# Page benchmark: each route's dearest statement and its plan\n\n"
			+ "Written by `PageBenchmark` (docs/benchmarks.md, \"Pages at a million rows\"): `EXPLAIN (ANALYZE, BUFFERS)` of the\n"
			+ "statement that took longest of those each route ran, with the parameters it ran with. Every statement's plan is\n"
			+ "in `target/bench/page-plans.txt` after a run.\n\n");
	private final Map<String, HttpClient> sessions = new LinkedHashMap<>();
	private final Map<String, String> tokens = new LinkedHashMap<>();
	private final HttpClient api = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS))
			.followRedirects(HttpClient.Redirect.NEVER).build();

	private PageBenchmark(ConfigurableApplicationContext context) {
		this.context = context;
		this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
	}

	public static void main(String[] args) throws Exception {
		String[] withCapture = new String[args.length + 1];
		System.arraycopy(args, 0, withCapture, 0, args.length);
		withCapture[args.length] = "--spring.main.sources=" + SqlCapture.class.getName();
		BenchSupport.run(withCapture, (context, began) -> new PageBenchmark(context).run(began));
	}

	/** A route as a person reaches it: who, what, and whether it answers a page or JSON. */
	record Route(String label, String user, String path, boolean page, boolean goal100) {
	}

	/** A route's timings over HTTP and of its SQL alone, and what its plans showed. */
	/** A route's figures; {@code cpu} is this process's CPU time per request while 8 clients ran it (the application and its HTTP clients, not PostgreSQL). */
	record Result(Route route, long single, long p50, long p95, long cpu, long sqlP50, long sqlP95, int reads, int writes,
			List<String> seqScans) {
	}

	private void run(long began) throws Exception {
		line("Page benchmark, " + LocalDate.now());
		line("Machine: " + BenchSupport.machine());
		line("Code: commit " + git("describe", "--always", "--dirty=+uncommitted-changes"));
		load();
		List<Route> routes = routes();
		warmUp(routes);
		List<Result> results = new ArrayList<>();
		Path planFile = Path.of("target", "bench", "page-plans.txt");
		Files.createDirectories(planFile.getParent());
		for (Route route : routes) {
			Result result = measure(route);
			results.add(result);
			System.out.printf(Locale.ROOT, "  %-52s 1 client %7s  p50 %7s  p95 %7s  CPU %6s   SQL p50 %7s  p95 %7s%s%n",
					route.label(), ms(result.single()), ms(result.p50()), ms(result.p95()), ms(result.cpu()),
					ms(result.sqlP50()), ms(result.sqlP95()),
					result.seqScans().isEmpty() ? "" : "  SEQ SCAN " + result.seqScans());
			Files.writeString(planFile, plans);
			Files.writeString(planFile.resolveSibling("page-plans.md"), dearestPlans);
		}
		table(results);
		line(String.format(Locale.ROOT, "Whole run: %.0f s", (System.nanoTime() - began) / 1e9));
		Path out = Path.of("target", "bench", "page-benchmark.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println("Written: " + out + ", target/bench/page-plans.txt and target/bench/page-plans.md");
	}

	// --- the routes ------------------------------------------------------------------------------------------------

	private List<Route> routes() throws Exception {
		String rep = "northwind.rep";
		UUID northwind = context.getBean(TestAccounts.class).partnerOf(rep).value();
		String ownDeep = cursor("select submitted_at, id from registration where partner_id = '" + northwind
				+ "' order by submitted_at desc, id desc offset " + DEEP + " limit 1");
		String allDeep = cursor("select submitted_at, id from registration order by submitted_at desc, id desc offset " + DEEPEST + " limit 1");
		String reviewDeep = cursor("select submitted_at, id from registration where status = 'SUBMITTED'"
				+ " order by submitted_at, id offset " + DEEP + " limit 1");
		String dealsDeep = cursor("select stage, expected_close_date, id from registration where partner_id = '" + northwind
				+ "' and status in ('APPROVED', 'ACTIVE', 'WON') order by stage, expected_close_date, id offset " + DEEP + " limit 1");
		String allDealsDeep = cursor("select stage, expected_close_date, id from registration where status in ('APPROVED', 'ACTIVE', 'WON')"
				+ " order by stage, expected_close_date, id offset " + DEEPEST + " limit 1");
		String contractsDeep = cursor("select c.created_at, c.id from subscription_contract c join contract_partner p"
				+ " on p.contract_id = c.id where p.partner_id = '" + northwind + "' order by c.created_at desc, c.id desc offset "
				+ CONTRACTS / 10 + " limit 1");
		String auditDeep = cursor("select occurred_at, id from audit_entry order by occurred_at desc, id desc offset "
				+ Math.min(DEEPEST, AUDIT / 2) + " limit 1");
		List<Route> routes = new ArrayList<>();
		// a partner's rep
		routes.add(page("partner: Overview", rep, "/", true));
		routes.add(page("partner: Prospects /leads", rep, "/leads", false));
		routes.add(page("partner: Prospects, approved", rep, "/leads?status=APPROVED", false));
		routes.add(page("partner: Prospects, one product", rep, "/leads?product=cube", false));
		routes.add(page("partner: Prospects, deep (row " + row(DEEP) + ")", rep, "/leads?cursor=" + ownDeep, false));
		routes.add(page("partner: Deals room", rep, "/deals", false));
		routes.add(page("partner: Deals room, deep (row " + row(DEEP) + ")", rep, "/deals?cursor=" + dealsDeep, false));
		routes.add(page("partner: Contacts", rep, "/contacts", false));
		routes.add(page("partner: Contacts, search", rep, "/contacts?q=contact%20company%2012", false));
		routes.add(page("partner: Commissions", rep, "/commissions", false));
		routes.add(page("partner: Leads from the vendor", rep, "/lead-routing", false));
		routes.add(api("partner API: registrations", rep, "/api/v1/registrations?size=20"));
		routes.add(api("partner API: registrations, deep (cursor)", rep, "/api/v1/registrations?size=20&cursor=" + ownDeep));
		routes.add(api("partner API: registrations, page 400", rep, "/api/v1/registrations?size=25&page=400"));
		routes.add(api("partner API: deals", rep, "/api/v1/deals"));
		routes.add(api("partner API: deals, deep (cursor)", rep, "/api/v1/deals?cursor=" + dealsDeep));
		routes.add(api("partner API: pipeline", rep, "/api/v1/deals/pipeline"));
		routes.add(api("partner API: contacts", rep, "/api/v1/contacts"));
		routes.add(api("partner API: leads", rep, "/api/v1/leads"));
		routes.add(api("partner API: contracts", rep, "/api/v1/contracts"));
		routes.add(api("partner API: contracts, deep (cursor)", rep, "/api/v1/contracts?cursor=" + contractsDeep));
		// a partner's admin
		routes.add(page("partner admin: People", "northwind.admin", "/people", false));
		routes.add(api("partner admin API: users", "northwind.admin", "/api/v1/users"));
		// the channel manager
		routes.add(page("channel: Overview", "channel", "/", true));
		routes.add(page("channel: review queue", "channel", "/review", true));
		routes.add(page("channel: review queue, deep (row " + row(DEEP) + ")", "channel", "/review?cursor=" + reviewDeep, true));
		routes.add(page("channel: all registrations", "channel", "/leads", false));
		routes.add(page("channel: all registrations, deep (row " + row(DEEPEST) + ")", "channel", "/leads?cursor=" + allDeep, false));
		routes.add(page("channel: one partner's registrations", "channel", "/leads?partner=" + northwind, false));
		routes.add(page("channel: registrations, returned", "channel", "/leads?status=RETURNED", false));
		routes.add(page("channel: Deals", "channel", "/deals", false));
		routes.add(page("channel: Deals, deep (row " + row(DEEPEST) + ")", "channel", "/deals?cursor=" + allDealsDeep, false));
		routes.add(page("channel: leads", "channel", "/lead-routing", false));
		routes.add(page("channel: lead scorecard", "channel", "/lead-routing/scorecard", false));
		routes.add(page("channel: conflicts", "channel", "/conflicts", false));
		routes.add(page("channel: direct opportunities", "channel", "/direct-opportunities", false));
		routes.add(page("channel: assistance", "channel", "/assistance", false));
		routes.add(page("channel: partners", "channel", "/partners", false));
		routes.add(page("channel: commissions", "channel", "/commissions", false));
		routes.add(api("channel API: registrations", "channel", "/api/v1/registrations?size=20"));
		routes.add(api("channel API: registrations, deep (cursor)", "channel", "/api/v1/registrations?size=20&cursor=" + allDeep));
		routes.add(api("channel API: SLA report", "channel", "/api/v1/registrations/sla-report"));
		routes.add(api("channel API: pipeline", "channel", "/api/v1/deals/pipeline"));
		routes.add(api("channel API: leads", "channel", "/api/v1/leads"));
		routes.add(api("channel API: contracts", "channel", "/api/v1/contracts"));
		routes.add(api("channel API: conflicts", "channel", "/api/v1/conflicts"));
		routes.add(api("channel API: partners", "channel", "/api/v1/partners"));
		routes.add(api("channel API: assistance", "channel", "/api/v1/assistance"));
		// the vendor admin and a vendor sales rep
		routes.add(page("admin: audit log", "admin", "/admin/audit", false));
		routes.add(page("admin: audit log, one action", "admin", "/admin/audit?action=LOGIN_FAILED", false));
		routes.add(page("admin: audit log, deep", "admin", "/admin/audit?cursor=" + auditDeep, false));
		routes.add(page("admin: sent mail", "admin", "/admin/sent-mail", false));
		routes.add(page("admin: people", "admin", "/people", false));
		routes.add(api("admin API: users", "admin", "/api/v1/users"));
		routes.add(page("sales: my opportunities", "sales", "/my-opportunities", false));
		routes.add(api("sales API: assigned to me", "sales", "/api/v1/registrations/assigned-to-me"));
		if (ONLY.isBlank()) {
			return routes;
		}
		List<String> wanted = List.of(ONLY.split(","));
		return routes.stream().filter(r -> wanted.stream().anyMatch(w -> r.label().contains(w.strip()))).toList();
	}

	private static String row(int offset) {
		return String.format(Locale.ROOT, "%,d", offset);
	}

	private static Route page(String label, String user, String path, boolean goal100) {
		return new Route(label, user, path, true, goal100);
	}

	private static Route api(String label, String user, String path) {
		return new Route(label, user, path, false, false);
	}

	private String cursor(String sql) throws Exception {
		try (Connection db = connect(); Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
			row.next();
			List<Object> key = new ArrayList<>();
			for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
				Object value = row.getObject(i);
				key.add(value instanceof java.sql.Timestamp ? row.getObject(i, OffsetDateTime.class)
						: value instanceof java.sql.Date date ? date.toLocalDate() : value);
			}
			return URLEncoder.encode(Keyset.cursor(true, key), StandardCharsets.UTF_8);
		}
	}

	// --- measuring -------------------------------------------------------------------------------------------------

	/**
	 * Every route {@value #ROUNDS} times from 8 clients before any is timed: the JIT compilers work on the whole
	 * request path, on the same two CPUs, for the first few thousand requests.
	 */
	private void warmUp(List<Route> routes) throws Exception {
		long start = System.nanoTime();
		for (Route route : routes) {
			HttpClient client = client(route);
			HttpRequest request = request(route, null);
			check(route, client.send(request, HttpResponse.BodyHandlers.ofString()));
		}
		List<HttpRequest> requests = new ArrayList<>();
		List<HttpClient> clients = new ArrayList<>();
		for (Route route : routes) {
			requests.add(request(route, null));
			clients.add(client(route));
		}
		AtomicInteger next = new AtomicInteger();
		concurrently(ROUNDS * routes.size(), c -> {
			int i = next.getAndIncrement() % routes.size();
			clients.get(i).send(requests.get(i), HttpResponse.BodyHandlers.discarding());
			return 0;
		});
		line(String.format(Locale.ROOT, "Warm-up: %,d requests over the %d routes in %.0f s (none timed)", ROUNDS * routes.size(),
				routes.size(), (System.nanoTime() - start) / 1e9));
	}

	private Result measure(Route route) throws Exception {
		HttpRequest request = request(route, null);
		HttpClient client = client(route);
		check(route, client.send(request, HttpResponse.BodyHandlers.ofString()));
		Timed get = c -> {
			long start = System.nanoTime();
			HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(route.label() + " answered " + response.statusCode());
			}
			return System.nanoTime() - start;
		};
		concurrently(WARMUP, get);
		long[] alone = new long[SINGLE];
		for (int i = 0; i < SINGLE; i++) {
			alone[i] = get.run(0);
		}
		long cpuBefore = PROCESS.getProcessCpuTime();
		long[] http = concurrently(REQUESTS, get);
		long cpu = (PROCESS.getProcessCpuTime() - cpuBefore) / REQUESTS;
		client.send(request(route, route.label()), HttpResponse.BodyHandlers.discarding());
		List<SqlCapture.Captured> statements = SqlCapture.CAPTURED.getOrDefault(route.label(), List.of());
		List<SqlCapture.Captured> reads = statements.stream().filter(SqlCapture.Captured::isRead).toList();
		List<Connection> connections = new ArrayList<>();
		try {
			for (int c = 0; c < CLIENTS; c++) {
				connections.add(connect());
			}
			Timed replay = c -> {
				long start = System.nanoTime();
				replay(connections.get(c), reads);
				return System.nanoTime() - start;
			};
			concurrently(WARMUP, replay);
			long[] sql = concurrently(REQUESTS, replay);
			List<String> seqScans = explain(route, reads);
			return new Result(route, percentile(alone, 50), percentile(http, 50), percentile(http, 95), cpu, percentile(sql, 50),
					percentile(sql, 95), reads.size(), statements.size() - reads.size(), seqScans);
		}
		finally {
			for (Connection connection : connections) {
				connection.close();
			}
		}
	}

	private static void replay(Connection db, List<SqlCapture.Captured> reads) throws Exception {
		for (SqlCapture.Captured read : reads) {
			try (PreparedStatement statement = read.prepare(db); ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					rows.getObject(1);
				}
			}
		}
	}

	/** Explains each read of the route as it ran, and names the big tables any plan reads sequentially. */
	private List<String> explain(Route route, List<SqlCapture.Captured> reads) throws Exception {
		List<String> seqScans = new ArrayList<>();
		String dearest = null;
		double dearestMs = 0;
		plans.append("## ").append(route.label()).append("  (").append(route.user()).append(": GET ").append(route.path())
				.append(")\n\n");
		try (Connection db = connect()) {
			for (SqlCapture.Captured read : reads) {
				var explained = new SqlCapture.Captured("EXPLAIN (ANALYZE, BUFFERS) " + read.sql(), read.bindings());
				StringBuilder plan = new StringBuilder();
				try (PreparedStatement statement = explained.prepare(db); ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						plan.append(rows.getString(1)).append('\n');
					}
				}
				for (String table : BIG_TABLES) {
					if (Pattern.compile("Seq Scan on " + table + "\\b").matcher(plan).find()) {
						seqScans.add(table);
					}
				}
				plans.append(read.sql().strip()).append("\n\n").append(plan).append('\n');
				Matcher time = EXECUTION_TIME.matcher(plan);
				double ms = time.find() ? Double.parseDouble(time.group(1)) : 0;
				if (dearest == null || ms > dearestMs) {
					dearest = read.sql().strip() + "\n\n" + plan;
					dearestMs = ms;
				}
			}
		}
		if (dearest != null) {
			dearestPlans.append("## ").append(route.label()).append("\n\n`GET ").append(route.path().replaceAll("cursor=[^&]+",
					"cursor=…")).append("` as `").append(route.user()).append("`: its dearest statement of ").append(reads.size())
					.append("\n\n```\n").append(dearest).append("```\n\n");
		}
		return seqScans;
	}

	/** One timed call by client number {@code c} (0 to the number of clients - 1). */
	interface Timed {
		long run(int c) throws Exception;
	}

	private static long[] concurrently(int count, Timed timed) throws Exception {
		long[] times = new long[count];
		try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
			List<Future<?>> done = new ArrayList<>();
			for (int c = 0; c < CLIENTS; c++) {
				int client = c;
				done.add(clients.submit(() -> {
					for (int i = client; i < count; i += CLIENTS) {
						times[i] = timed.run(client);
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		return times;
	}

	private HttpRequest request(Route route, String capture) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + route.path())).timeout(Duration.ofSeconds(60));
		if (!route.page()) {
			builder.header("Authorization", "Bearer " + tokens.computeIfAbsent(route.user(),
					user -> context.getBean(TestAccounts.class).apiToken(user)));
		}
		if (capture != null) {
			builder.header("X-Bench-Capture", capture);
		}
		return builder.GET().build();
	}

	private static void check(Route route, HttpResponse<String> response) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(route.label() + ": GET " + route.path() + " answered " + response.statusCode()
					+ ": " + response.body().substring(0, Math.min(500, response.body().length())));
		}
	}

	/** A page's client is the user's logged-in browser session; an API call's carries its token and no cookie. */
	private HttpClient client(Route route) {
		if (!route.page()) {
			return api;
		}
		return session(route.user());
	}

	private HttpClient session(String user) {
		return sessions.computeIfAbsent(user, u -> {
			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).executor(Executors.newFixedThreadPool(CLIENTS))
					.followRedirects(HttpClient.Redirect.NEVER).build();
			try {
				BenchSupport.logIn(http, base, u);
				return http;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	// --- the report ------------------------------------------------------------------------------------------------

	private void table(List<Result> results) {
		line("");
		line(String.format(Locale.ROOT, "%d clients; %d timed requests per route after %d for warm-up, and %d from one client "
				+ "alone; the route's SQL replayed the same way; times in ms.", CLIENTS, REQUESTS, WARMUP, SINGLE));
		line("");
		line("| route (who: what) | 1 client p50 | p50 | p95 | app CPU per request | its SQL alone p50 | p95 | statements (reads + writes) | p95 / SQL p95 | goal |");
		line("|---|---|---|---|---|---|---|---|---|---|");
		int missed = 0;
		for (Result r : results) {
			long limit = r.route().goal100() ? 100_000_000L : 150_000_000L;
			boolean withinLimit = r.p95() <= limit;
			boolean withinSql = r.p95() <= 2 * Math.max(r.sqlP95(), 1);
			String goal = (withinLimit ? "≤ " + limit / 1_000_000 + " ms met" : "**≤ " + limit / 1_000_000 + " ms missed**")
					+ (withinSql ? ", ≤ 2x SQL met" : ", 2x SQL missed") + (r.seqScans().isEmpty() ? "" : ", **seq scan " + r.seqScans() + "**");
			if (!withinLimit || !r.seqScans().isEmpty()) {
				missed++;
			}
			line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %d + %d | %.1f | %s |", r.route().label(), ms(r.single()),
					ms(r.p50()), ms(r.p95()), ms(r.cpu()), ms(r.sqlP50()), ms(r.sqlP95()), r.reads(), r.writes(),
					(double) r.p95() / Math.max(r.sqlP95(), 1), goal));
		}
		line("");
		line(missed == 0 ? "Every route within its time goal, no sequential scan of a big table."
				: missed + " route(s) over the time goal or scanning a big table.");
	}

	// --- loading ---------------------------------------------------------------------------------------------------

	private void load() throws Exception {
		TestAccounts accounts = context.getBean(TestAccounts.class);
		List<UUID> partners = new ArrayList<>();
		List<UUID> reps = new ArrayList<>();
		for (String rep : PARTNER_REPS) {
			partners.add(accounts.partnerOf(rep).value());
			reps.add(accounts.idOf(rep));
		}
		UUID channel = accounts.idOf("channel");
		String partnerArray = uuidArray(partners);
		String repArray = uuidArray(reps);
		long start = System.nanoTime();
		try (Connection db = connect(); Statement sql = db.createStatement()) {
			sql.execute("SET maintenance_work_mem = '512MB'");
			sql.execute("SET session_replication_role = replica");
			db.setAutoCommit(false);
			for (int lo = 0; lo < REGISTRATIONS; lo += CHUNK) {
				int hi = Math.min(REGISTRATIONS, lo + CHUNK) - 1;
				sql.execute("""
						INSERT INTO registration (id, version, partner_id, submitted_by, contact_id, company_name, product,
						  mrr_amount, mrr_currency, expected_close_date, stage, notes, assignment, assigned_partner_id,
						  assigned_rep_id, opportunity_source, providing_partner_id, providing_rep_id, status, submitted_at,
						  decision_due_at, decided_at, decided_by, protected_until)
						SELECT md5('r' || g.i)::uuid, 0, g.partner, g.rep, md5('c' || (g.i %% %3$d))::uuid,
						  'Bench Company ' || g.i || ' Inc.', (ARRAY['lighthouse', 'cube', 'quartz'])[1 + g.i %% 3],
						  100 + g.i %% 4900, 'CAD', current_date + (g.i %% 365),
						  (ARRAY['PROSPECT', 'QUALIFIED', 'DEMO', 'PROPOSAL', 'NEGOTIATION'])[1 + g.i %% 5],
						  'Evaluating for ' || (10 + g.i %% 490) || ' users.', 'PARTNER_WORKING', g.partner, g.rep,
						  (ARRAY['LIGHTHOUSE_PARTNER', 'EVENT', 'WEB', 'REFERRAL'])[1 + g.i %% 4], g.partner, g.rep, g.status,
						  g.submitted_at, g.submitted_at + interval '48 hours',
						  CASE WHEN g.status IN ('APPROVED', 'ACTIVE', 'WON', 'RETURNED') THEN g.submitted_at + (g.i %% 96) * interval '1 hour' END,
						  CASE WHEN g.status IN ('APPROVED', 'ACTIVE', 'WON', 'RETURNED') AND g.i %% 2 = 0 THEN '%4$s'::uuid END,
						  CASE WHEN g.status IN ('APPROVED', 'ACTIVE', 'WON') THEN g.submitted_at + interval '121 days' END
						FROM (SELECT i, (%1$s)[1 + i %% 5] AS partner, (%2$s)[1 + i %% 5] AS rep,
						        CASE WHEN i %% 20 < 12 THEN 'APPROVED' WHEN i %% 20 < 15 THEN 'SUBMITTED'
						             WHEN i %% 20 < 18 THEN 'ACTIVE' WHEN i %% 20 = 18 THEN 'WON' ELSE 'RETURNED' END AS status,
						        now() - (i %% 1095) * interval '1 day' - (i %% 86400) * interval '1 second' AS submitted_at
						      FROM generate_series(%5$d, %6$d) AS i) AS g"""
						.formatted(partnerArray, repArray, CONTACTS, channel, lo, hi));
				sql.execute("""
						INSERT INTO registration_partner (id, registration_id, partner_id, rep_id, role, invited, submitted_at,
						  stage, expected_close_date)
						SELECT md5('p' || i)::uuid, r.id, r.partner_id, r.providing_rep_id, 'SOURCED', false, r.submitted_at,
						  r.stage, r.expected_close_date
						FROM generate_series(%1$d, %2$d) AS i JOIN registration r ON r.id = md5('r' || i)::uuid"""
						.formatted(lo, hi));
				// one in 200 has a second partner the vendor invited for its influence
				sql.execute("""
						INSERT INTO registration_partner (id, registration_id, partner_id, rep_id, role, invited, submitted_at,
						  stage, expected_close_date)
						SELECT md5('q' || i)::uuid, r.id, (%1$s)[1 + (i + 1 + (i / 200) %% 4) %% 5],
						  (%2$s)[1 + (i + 1 + (i / 200) %% 4) %% 5], 'INFLUENCED', true, r.submitted_at, r.stage,
						  r.expected_close_date
						FROM generate_series(%3$d, %4$d) AS i JOIN registration r ON r.id = md5('r' || i)::uuid
						WHERE i %% 200 = 7""".formatted(partnerArray, repArray, lo, hi));
				db.commit();
				System.out.printf("  loaded %,9d registrations%n", hi + 1);
			}
			sql.execute("""
					INSERT INTO customer_contact (id, partner_id, first_name, last_name, email, phone, company_name, website,
					  street, city, region, postal_code, country, consent_type, consent_obtained_how, consent_obtained_on,
					  consent_obtained_by, created_at, created_by)
					SELECT md5('c' || n)::uuid, (%1$s)[1 + n %% 5], 'Jane', 'Buyer' || n, 'buyer' || n || '@contact' || n || '.example',
					  '+1 902 555 0100', 'Contact Company ' || n, 'https://contact' || n || '.example', '1 Main St', 'Halifax',
					  'NS', 'B3H 1A1', 'CA', 'EXPRESS', 'asked on the phone', current_date, 'Bench', now() - n * interval '1 minute',
					  (%2$s)[1 + n %% 5]
					FROM generate_series(0, %3$d) AS n""".formatted(partnerArray, repArray, CONTACTS - 1));
			// a year of the audit log: logins, failed logins and decisions, one every half minute
			sql.execute("""
					INSERT INTO audit_entry (id, occurred_at, actor, action, subject, detail, client_address)
					SELECT md5('a' || n)::uuid, now() - n * interval '30 seconds', 'northwind.rep',
					  (ARRAY['LOGIN', 'LOGIN', 'REGISTRATION_APPROVED', 'LOGIN_FAILED'])[1 + n %% 4], 'subject ' || n, 'detail',
					  '127.0.0.1'
					FROM generate_series(0, %d) AS n""".formatted(AUDIT - 1));
			sql.execute("""
					INSERT INTO lead (id, version, status, first_name, last_name, email, phone, company_name, website, street,
					  city, region, postal_code, country, consent_type, consent_obtained_how, consent_obtained_on,
					  consent_obtained_by, product, mrr_amount, mrr_currency, notes, created_by, created_at, partner_id,
					  offered_at, contact_due_at)
					SELECT md5('l' || n)::uuid, 0, s.status, 'Lee', 'Lead' || n, 'lead' || n || '@lead' || n || '.example',
					  '+1 902 555 0101', 'Lead Company ' || n, 'https://lead' || n || '.example', '2 Main St', 'Halifax', 'NS',
					  'B3H 1A1', 'CA', 'EXPRESS', 'web form', current_date, 'Web', (ARRAY['lighthouse', 'cube', 'quartz'])[1 + n %% 3],
					  500, 'CAD', '', '%3$s'::uuid, now() - n * interval '10 minutes',
					  CASE WHEN s.status <> 'WITH_CHANNEL_MANAGER' THEN (%1$s)[1 + n %% 5] END,
					  now() - n * interval '10 minutes' + interval '1 hour',
					  CASE WHEN s.status = 'OFFERED' THEN now() + (n %% 48) * interval '1 hour' END
					FROM generate_series(0, %2$d) AS n
					CROSS JOIN LATERAL (SELECT CASE WHEN n %% 20 < 2 THEN 'OFFERED' WHEN n %% 20 = 2 THEN 'WITH_CHANNEL_MANAGER'
					                                WHEN n %% 20 < 12 THEN 'WORKING' ELSE 'CLOSED' END AS status) AS s"""
					.formatted(partnerArray, LEADS - 1, channel));
			sql.execute("""
					INSERT INTO lead_offer (id, lead_id, partner_id, offered_by, offered_at, due_at, outcome, outcome_at)
					SELECT md5('o' || n)::uuid, md5('l' || n)::uuid, (%1$s)[1 + n %% 5], NULL,
					  now() - n * interval '10 minutes' + interval '1 hour', now() - n * interval '10 minutes' + interval '49 hours',
					  CASE WHEN n %% 20 < 2 THEN 'PENDING' WHEN n %% 20 = 2 THEN 'TIMED_OUT' ELSE 'CONTACTED' END,
					  CASE WHEN n %% 20 >= 2 THEN now() - n * interval '10 minutes' + interval '5 hours' END
					FROM generate_series(0, %2$d) AS n""".formatted(partnerArray, LEADS - 1));
			sql.execute("""
					CREATE TEMP TABLE bench_contract AS SELECT g AS n, md5('k' || g)::uuid AS id, md5('r' || g)::uuid AS registration_id,
					  (%1$s)[1 + g %% 5] AS partner_id, 1000 + (g %% 50) * 10 AS mrr
					FROM generate_series(0, %2$d) g""".formatted(partnerArray, CONTRACTS - 1));
			BenchSupport.paidContracts(sql, MONTHS);
			BenchSupport.bookLedger(sql);
			// the tally as the nightly recount makes it (RegistrationTally.rebuild)
			sql.execute("DELETE FROM registration_tally");
			sql.execute("""
					INSERT INTO registration_tally (partner_id, status, stage, currency, registrations, mrr)
					SELECT partner_id, status, stage, mrr_currency, count(*), sum(mrr_amount) FROM registration
					GROUP BY partner_id, status, stage, mrr_currency""");
			// and the monthly commission tally (CommissionMonths.rebuild)
			sql.execute("DELETE FROM commission_month");
			sql.execute("""
					INSERT INTO commission_month (partner_id, currency, booked_month, amount, entries)
					SELECT partner_id, currency, CAST(date_trunc('MONTH', booked_on) AS DATE), sum(amount), count(*)
					FROM commission_ledger_entry GROUP BY partner_id, currency, CAST(date_trunc('MONTH', booked_on) AS DATE)""");
			// and the lead scorecard (LeadScorecardTally.rebuild)
			sql.execute("DELETE FROM lead_scorecard");
			sql.execute("""
					INSERT INTO lead_scorecard (partner_id, offers, contacted, misses, declines)
					SELECT partner_id, count(*), count(*) FILTER (WHERE outcome = 'CONTACTED'),
					  count(*) FILTER (WHERE outcome = 'TIMED_OUT'), count(*) FILTER (WHERE outcome = 'DECLINED')
					FROM lead_offer GROUP BY partner_id""");
			sql.execute("DELETE FROM lead_contact_minutes");
			sql.execute("""
					INSERT INTO lead_contact_minutes (partner_id, minutes, offers)
					SELECT partner_id, CAST(floor(extract(epoch FROM outcome_at - offered_at) / 60) AS BIGINT), count(*)
					FROM lead_offer WHERE outcome = 'CONTACTED' GROUP BY 1, 2""");
			db.commit();
			db.setAutoCommit(true);
			sql.execute("RESET session_replication_role");
			sql.execute("VACUUM (ANALYZE)");
			sql.execute("CHECKPOINT");
			line(String.format(Locale.ROOT, "Loaded %s registrations (%s partner rows), %s contacts, %s leads, %s contracts, "
					+ "%s invoices, %s payments, %s ledger entries, %s audit entries in %.0f s", count(sql, "registration"),
					count(sql, "registration_partner"), count(sql, "customer_contact"), count(sql, "lead"),
					count(sql, "subscription_contract"), count(sql, "invoice"), count(sql, "payment"),
					count(sql, "commission_ledger_entry"), count(sql, "audit_entry"), (System.nanoTime() - start) / 1e9));
			line("Database: " + single(sql, "select pg_size_pretty(pg_database_size(current_database()))"));
		}
	}

	private static String count(Statement sql, String table) throws Exception {
		return String.format(Locale.ROOT, "%,d", Long.parseLong(single(sql, "select count(*) from " + table)));
	}

	private static String uuidArray(List<UUID> ids) {
		return "ARRAY[" + ids.stream().map(id -> "'" + id + "'::uuid").reduce((a, b) -> a + ", " + b).orElseThrow() + "]";
	}

	private void line(String text) {
		System.out.println(text);
		report.append(text).append('\n');
	}

	private static String git(String... args) {
		try {
			List<String> command = new ArrayList<>(List.of("git"));
			command.addAll(List.of(args));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (Exception ex) {
			return "?";
		}
	}
}
