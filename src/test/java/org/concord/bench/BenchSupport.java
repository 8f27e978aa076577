package org.concord.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.concord.ConcordApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the benchmarks share: the local PostgreSQL "bench" database they empty and fill, the application started
 * on it, the machine's description, and percentiles.
 */
final class BenchSupport {

	static final String DB_URL = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/bench");
	static final String DB_USER = System.getProperty("bench.user", "postgres");
	static final String DB_PASSWORD = System.getProperty("bench.password", "");

	private BenchSupport() {
	}

	/** A benchmark's body, given the application it runs against and when the run began. */
	interface Body {
		void run(ConfigurableApplicationContext context, long began) throws Exception;
	}

	/**
	 * Empties the bench database, starts the application on it, runs the body, and ends the JVM with 0, or 1 after
	 * printing what failed: the one way each benchmark program runs.
	 */
	static void run(String[] args, Body body) throws Exception {
		long began = System.nanoTime();
		emptyBenchDatabase();
		ConfigurableApplicationContext context = startApplication(args);
		int status = 0;
		try {
			body.run(context, began);
		}
		catch (Throwable failure) {
			failure.printStackTrace();
			status = 1;
		}
		finally {
			context.close();
		}
		System.exit(status);
	}

	/** Every run starts from an empty schema; the application's Flyway migrations then build it. */
	static void emptyBenchDatabase() throws SQLException {
		try (Connection db = connect(); Statement sql = db.createStatement()) {
			String name = single(sql, "select current_database()");
			if (!name.contains("bench")) {
				throw new IllegalStateException("Refusing to empty database '" + name + "': the benchmark only runs on a "
						+ "database whose name contains 'bench' (create it: createdb -h 127.0.0.1 -U postgres bench)");
			}
			sql.execute("DROP SCHEMA IF EXISTS public CASCADE");
			sql.execute("CREATE SCHEMA public");
		}
	}

	/** The application on the bench database with the demo data, on a random port, quiet per-request logs. */
	static ConfigurableApplicationContext startApplication(String[] args) {
		// as command-line arguments, so they win over application.properties and application-postgres.properties
		String[] settings = Stream.concat(Stream.of("spring.datasource.url=" + DB_URL,
				"spring.datasource.username=" + DB_USER, "spring.datasource.password=" + DB_PASSWORD,
				"spring.flyway.clean-disabled=false", "server.port=0",
				"spring.main.banner-mode=off",
				// one log line per request is production behaviour, but thousands of them would bury the summary
				"logging.level.concord.request=WARN").map(setting -> "--" + setting), Arrays.stream(args))
				.toArray(String[]::new);
		return new SpringApplicationBuilder(ConcordApplication.class, StackFloor.class).profiles("postgres", "demo").run(settings);
	}

	static String machine() throws Exception {
		String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
				.findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
		long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
				.map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
		try (Connection db = connect(); Statement sql = db.createStatement()) {
			return String.format(Locale.ROOT, "%d CPUs (%s), %.1f GiB; %s %s; %s",
					Runtime.getRuntime().availableProcessors(), cpu, memKb / 1024.0 / 1024.0,
					System.getProperty("java.vm.name"), Runtime.version(), single(sql, "select version()"));
		}
	}

	/**
	 * The contracts of the temporary table {@code bench_contract} (n, id, registration_id, partner_id, mrr), each
	 * crediting its partner with registration commission, with an invoice for each of {@code months} months from
	 * January 2025, each paid once.
	 */
	static void paidContracts(Statement sql, int months) throws SQLException {
		sql.execute("""
				INSERT INTO subscription_contract (id, version, registration_id, subscriber, product, currency, start_date,
				  term_months, terms_version, created_at)
				SELECT id, 0, registration_id, 'Subscriber ' || n, 'lighthouse', 'CAD', DATE '2025-01-01', 24, 1, now()
				FROM bench_contract""");
		sql.execute("""
				INSERT INTO contract_partner (id, contract_id, partner_id, rep_id, role, kind)
				SELECT gen_random_uuid(), id, partner_id, NULL, 'SOURCED', 'REGISTRATION' FROM bench_contract""");
		sql.execute("""
				INSERT INTO invoice (id, contract_id, period_start, period_end, amount, currency, due_on, issued_at)
				SELECT gen_random_uuid(), c.id, (DATE '2025-01-01' + (k || ' months')::interval)::date,
				  (DATE '2025-01-01' + (k + 1 || ' months')::interval)::date - 1, c.mrr, 'CAD',
				  (DATE '2025-01-01' + (k || ' months')::interval)::date + 30, now()
				FROM bench_contract c CROSS JOIN generate_series(0, %d) k""".formatted(months - 1));
		sql.execute("""
				INSERT INTO payment (id, invoice_id, contract_id, kind, amount, currency, commission_base, received_on,
				  idempotency_key, reverses_payment_id, recorded_by, recorded_at)
				SELECT gen_random_uuid(), i.id, i.contract_id, 'PAYMENT', i.amount, 'CAD', i.amount, i.period_start + 10,
				  'bench-' || i.id, NULL, gen_random_uuid(), now()
				FROM invoice i""");
	}

	/** A ledger entry for every payment: 5% of its base, to the contract's partner in {@code bench_contract}. */
	static void bookLedger(Statement sql) throws SQLException {
		sql.execute("""
				INSERT INTO commission_ledger_entry (id, payment_id, contract_id, partner_id, rep_id, kind, rate, base, amount,
				  currency, booked_on, booked_at)
				SELECT gen_random_uuid(), p.id, p.contract_id, c.partner_id, NULL, 'REGISTRATION', 0.05, p.commission_base,
				  round(p.commission_base * 0.05, 2), 'CAD', p.received_on, now()
				FROM payment p JOIN bench_contract c ON c.id = p.contract_id""");
	}

	static Connection connect() throws SQLException {
		return DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
	}

	static String single(Statement sql, String query) throws SQLException {
		try (ResultSet r = sql.executeQuery(query)) {
			r.next();
			return r.getString(1);
		}
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	/** Logs the demo user in on this client (its cookie manager keeps the session). */
	static void logIn(HttpClient http, String base, String user) throws Exception {
		String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=concord-demo-2026&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<String> in = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		String location = in.headers().firstValue("Location").orElse("");
		if (in.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("login of " + user + " failed: " + in.statusCode() + " " + location);
		}
	}

	/** The nearest-rank percentile of the values (p in 0..100). */
	static long percentile(long[] values, double p) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
	}

	static String ms(long nanos) {
		return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
	}
}
