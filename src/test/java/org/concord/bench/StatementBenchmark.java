package org.concord.bench;

import static org.concord.bench.BenchSupport.connect;
import static org.concord.bench.BenchSupport.ms;
import static org.concord.bench.BenchSupport.percentile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.concord.commissions.Statements;
import org.concord.commissions.StatementTotals;
import org.concord.identity.TestAccounts;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 5: monthly statements for 10,000 partners over 1,000,000 payments, beside a plain SQL sum over the same
 * ledger rows in the same run (goal: within 2x). Loads, set-based, 10,000 partners, 50,000 contracts with one
 * credited partner each, 20 monthly invoices per contract each paid once (1,000,000 payments), 50,000 refunds,
 * and the ledger entry of each; then times the month-end run ({@link Statements#monthly}) and
 * {@code select partner_id, sum(amount) ... group by partner_id} over the rows it reads.
 * <p>
 * {@code ./mvnw -B -Pbench test-compile exec:exec -Dbench.main=org.concord.bench.StatementBenchmark}
 */
public final class StatementBenchmark {

	private static final int PARTNERS = Integer.getInteger("bench.partners", 10_000);
	private static final int CONTRACTS = Integer.getInteger("bench.contracts", 50_000);
	private static final int MONTHS = 20;
	private static final int RUNS = 15;
	private static final YearMonth FIRST = YearMonth.of(2025, 1);

	private final ConfigurableApplicationContext context;
	private final StringBuilder report = new StringBuilder();

	private StatementBenchmark(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static void main(String[] args) throws Exception {
		BenchSupport.run(args, (context, began) -> new StatementBenchmark(context).run(began));
	}

	private void run(long began) throws Exception {
		line("Statement benchmark, " + LocalDate.now());
		line("Machine: " + BenchSupport.machine());
		load();
		YearMonth month = FIRST.plusMonths(MONTHS - 1);
		Statements monthEnd = context.getBean(Statements.class);
		TestAccounts accounts = context.getBean(TestAccounts.class);
		long[] statements = new long[RUNS];
		long[] plain = new long[RUNS];
		int partners = 0;
		for (int i = -3; i < RUNS; i++) {
			long start = System.nanoTime();
			List<StatementTotals> totals = accounts.as("channel", () -> monthEnd.monthly(month));
			long took = System.nanoTime() - start;
			partners = totals.size();
			long plainTook = plainSum(month);
			if (i >= 0) {
				statements[i] = took;
				plain[i] = plainTook;
			}
		}
		long s = percentile(statements, 50);
		long p = percentile(plain, 50);
		line(String.format(Locale.ROOT, "Monthly statements for %s, %,d partners: median %s ms (min %s, max %s) over %d runs",
				month, partners, ms(s), ms(percentile(statements, 0)), ms(percentile(statements, 100)), RUNS));
		line(String.format(Locale.ROOT, "Plain SQL sum over the same ledger rows: median %s ms (min %s, max %s)", ms(p),
				ms(percentile(plain, 0)), ms(percentile(plain, 100))));
		line(String.format(Locale.ROOT, "Ratio: %.2f (goal: within 2x)%s", (double) s / p,
				s <= 2 * p ? "  met" : "  MISSED"));
		line(String.format(Locale.ROOT, "Whole run: %.0f s", (System.nanoTime() - began) / 1e9));
		Path out = Path.of("target", "bench", "statement-benchmark.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	private long plainSum(YearMonth month) throws Exception {
		try (Connection db = connect(); PreparedStatement sum = db.prepareStatement(
				"select partner_id, sum(amount) from commission_ledger_entry where booked_on < ? group by partner_id")) {
			sum.setObject(1, month.plusMonths(1).atDay(1));
			long start = System.nanoTime();
			int rows = 0;
			try (ResultSet r = sum.executeQuery()) {
				while (r.next()) {
					rows++;
				}
			}
			if (rows == 0) {
				throw new IllegalStateException("no ledger rows");
			}
			return System.nanoTime() - start;
		}
	}

	private void load() throws Exception {
		long start = System.nanoTime();
		try (Connection db = connect(); Statement sql = db.createStatement()) {
			sql.execute("""
					INSERT INTO partner_company (id, name, type, tier, country, joined_at)
					SELECT gen_random_uuid(), 'Bench Partner ' || g, 'SALES_PARTNER', 'GOLD', 'CA', now()
					FROM generate_series(1, %d) g""".formatted(PARTNERS));
			sql.execute("CREATE TEMP TABLE bench_partner AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM partner_company");
			sql.execute("""
					CREATE TEMP TABLE bench_contract AS SELECT g AS n, gen_random_uuid() AS id, gen_random_uuid() AS registration_id,
					  (SELECT id FROM bench_partner WHERE n = 1 + g %% %d) AS partner_id, 1000 + (g %% 50) * 10 AS mrr
					FROM generate_series(1, %d) g""".formatted(PARTNERS, CONTRACTS));
			BenchSupport.paidContracts(sql, MONTHS);
			sql.execute("""
					INSERT INTO payment (id, invoice_id, contract_id, kind, amount, currency, commission_base, received_on,
					  idempotency_key, reverses_payment_id, recorded_by, recorded_at)
					SELECT gen_random_uuid(), p.invoice_id, p.contract_id, 'REFUND', 100, 'CAD', -100, p.received_on + 5,
					  'bench-refund-' || p.id, p.id, gen_random_uuid(), now()
					FROM payment p WHERE abs(hashtext(p.id::text)) % 20 = 0""");
			BenchSupport.bookLedger(sql);
			sql.execute("VACUUM ANALYZE");
			try (ResultSet r = sql.executeQuery("select (select count(*) from payment), (select count(*) from commission_ledger_entry)")) {
				r.next();
				line(String.format(Locale.ROOT, "Loaded %,d partners, %,d contracts, %,d payments (with refunds), %,d ledger entries in %.0f s",
						PARTNERS, CONTRACTS, r.getLong(1), r.getLong(2), (System.nanoTime() - start) / 1e9));
			}
		}
	}

	private void line(String text) {
		System.out.println(text);
		report.append(text).append('\n');
	}
}
