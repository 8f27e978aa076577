package org.concord.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
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

	static Connection connect() throws SQLException {
		return DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
	}

	static String single(Statement sql, String query) throws SQLException {
		try (ResultSet r = sql.executeQuery(query)) {
			r.next();
			return r.getString(1);
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
