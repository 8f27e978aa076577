package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.concord.ConcordIntegrationTest;
import org.concord.shared.Keyset;
import org.concord.shared.Keyset.Position;
import org.concord.shared.Keyset.SortKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The registration lists' queries as PostgreSQL runs them at scale: 200,000 registrations of five partners (one in
 * 200 with a second, invited partner) in a schema of their own with the application's tables and indexes, analyzed,
 * then {@code EXPLAIN (ANALYZE, BUFFERS)} of every list's statements, first page and deep, for each way a person
 * filters them. A sequential scan of the registrations or of the junction table fails the test: it means a list
 * reads every row. Runs in the PostgreSQL suite; on H2 (whose planner is not the production one) it is skipped.
 */
@ConcordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListPlanTests {

	private static final int ROWS = 200_000;
	private static final List<String> BIG_TABLES = List.of("registration", "registration_partner");

	@Autowired
	DataSource dataSource;

	@Autowired
	RegistrationRows rows;

	private Connection connection;
	private JdbcClient sql;
	private final List<UUID> partners = new ArrayList<>();

	@BeforeAll
	void loadASchemaAtScale() throws Exception {
		try (Connection probe = dataSource.getConnection()) {
			Assumptions.assumeTrue(probe.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"),
					"query plans are PostgreSQL's");
		}
		connection = dataSource.getConnection();
		connection.setAutoCommit(true);
		sql = JdbcClient.create(new SingleConnectionDataSource(connection, true));
		for (int i = 0; i < 5; i++) {
			partners.add(UUID.randomUUID());
		}
		String partnerArray = "ARRAY[" + partners.stream().map(p -> "'" + p + "'::uuid").reduce((a, b) -> a + ", " + b)
				.orElseThrow() + "]";
		sql.sql("drop schema if exists plan_check cascade").update();
		sql.sql("create schema plan_check").update();
		sql.sql("create table plan_check.registration (like public.registration including all)").update();
		sql.sql("create table plan_check.registration_partner (like public.registration_partner including all)").update();
		sql.sql("set search_path to plan_check").update();
		sql.sql("""
				insert into registration (id, version, partner_id, submitted_by, contact_id, company_name, product, mrr_amount,
				  mrr_currency, expected_close_date, stage, notes, assignment, opportunity_source, providing_partner_id,
				  providing_rep_id, status, submitted_at, decision_due_at)
				select md5('r' || i)::uuid, 0, (%1$s)[1 + i %% 5], gen_random_uuid(), gen_random_uuid(), 'Company ' || i,
				  (array['lighthouse', 'cube', 'quartz'])[1 + i %% 3], 100 + i %% 900, 'CAD', current_date + i %% 365,
				  (array['PROSPECT', 'QUALIFIED', 'DEMO', 'PROPOSAL', 'NEGOTIATION'])[1 + i %% 5], '', 'PARTNER_WORKING',
				  'WEB', (%1$s)[1 + i %% 5], gen_random_uuid(),
				  case when i %% 20 < 12 then 'APPROVED' when i %% 20 < 15 then 'SUBMITTED' when i %% 20 < 18 then 'ACTIVE'
				       when i %% 20 = 18 then 'WON' else 'RETURNED' end,
				  now() - (i %% 1095) * interval '1 day' - (i %% 86400) * interval '1 second', now()
				from generate_series(0, %2$d) i""".formatted(partnerArray, ROWS - 1)).update();
		sql.sql("""
				insert into registration_partner (id, registration_id, partner_id, rep_id, role, invited, submitted_at, stage,
				  expected_close_date)
				select gen_random_uuid(), id, partner_id, providing_rep_id, 'SOURCED', false, submitted_at, stage,
				  expected_close_date from registration""").update();
		sql.sql("""
				insert into registration_partner (id, registration_id, partner_id, rep_id, role, invited, submitted_at, stage,
				  expected_close_date)
				select gen_random_uuid(), r.id, (%s)[1 + (i + 1 + (i / 200) %% 4) %% 5], gen_random_uuid(), 'INFLUENCED', true,
				  r.submitted_at, r.stage, r.expected_close_date
				from generate_series(0, %d) i join registration r on r.id = md5('r' || i)::uuid
				where i %% 200 = 7""".formatted(partnerArray, ROWS - 1)).update();
		sql.sql("analyze registration").update();
		sql.sql("analyze registration_partner").update();
	}

	@AfterAll
	void dropTheSchema() throws Exception {
		if (connection != null) {
			sql.sql("set search_path to public").update();
			sql.sql("drop schema plan_check cascade").update();
			connection.close();
		}
	}

	@Test
	void everyWayThePartnersAndTheVendorsRegistrationListsAreFilteredReadsAnIndex() {
		UUID partner = partners.getFirst();
		List<RegistrationRows.Query> queries = new ArrayList<>();
		for (UUID view : new UUID[] { null, partner }) {
			queries.add(RegistrationRows.Query.of(view));
			for (String status : List.of("APPROVED", "SUBMITTED", "RETURNED", "LAPSED")) {
				queries.add(RegistrationRows.Query.of(view).where("r.status = :status", "status", status));
			}
			queries.add(RegistrationRows.Query.of(view).where("r.product = :product", "product", "cube"));
			queries.add(RegistrationRows.Query.of(view).where("r.status = :status", "status", "RETURNED")
					.where("r.product = :product", "product", "quartz"));
		}
		for (RegistrationRows.Query query : queries) {
			checkEveryPage(query, RegistrationLists.class.getSimpleName() + " " + query, RegistrationRows.NEWEST_FIRST);
		}
	}

	@Test
	void theReviewQueueAndTheDealsRoomReadAnIndexFirstAndDeep() {
		checkEveryPage(RegistrationRows.Query.of(null).where("r.status = :status", "status", "SUBMITTED"), "review queue",
				RegistrationRows.OLDEST_FIRST);
		for (UUID view : new UUID[] { null, partners.get(1) }) {
			checkEveryPage(RegistrationRows.Query.of(view).where("r.status in (:deals)", "deals",
					List.of("APPROVED", "ACTIVE", "WON")), "deals of " + view, RegistrationRows.BY_STAGE);
		}
	}

	@Test
	void theCheckSeesASequentialScanWhenAListHasNoIndex() {
		String plan = explain(new RegistrationRows.Statement(
				"select id from registration r where r.notes = :notes order by r.submitted_at limit 26", Map.of("notes", "x")));
		assertThat(sequentialScans(plan)).containsExactly("registration");
	}

	private void checkEveryPage(RegistrationRows.Query query, String what, SortKey key) {
		List<RegistrationRows.Statement> statements = new ArrayList<>(rows.countStatements(query, key));
		statements.add(rows.readStatement(query, key, null, 0, 26));
		statements.add(rows.readStatement(query, key, null, 400 * 25, 26));
		Position deep = middleOf(query, key);
		if (deep != null) {
			statements.add(rows.readStatement(query, key, deep, 0, 26));
			statements.add(rows.readStatement(query, key, new Position(false, deep.key()), 0, 26));
		}
		for (RegistrationRows.Statement statement : statements) {
			String plan = explain(statement);
			assertThat(sequentialScans(plan)).as("%s:%n%s%n%s", what, statement.sql(), plan).isEmpty();
		}
	}

	/** A position some thousand rows down the list (or its first row, for a short list), where a deep page starts. */
	private Position middleOf(RegistrationRows.Query query, SortKey key) {
		for (int offset : new int[] { 5_000, 0 }) {
			var row = rows.readStatement(query, key, null, offset, 1);
			List<List<Object>> keys = sql.sql(row.sql()).params(row.params()).query((rs, n) -> {
				List<Object> values = new ArrayList<>();
				for (Keyset.Column column : key.columns()) {
					Class<?> type = column.type() == Instant.class ? OffsetDateTime.class : column.type();
					values.add(rs.getObject(column.name(), type));
				}
				return values;
			}).list();
			if (!keys.isEmpty()) {
				return Keyset.parse(Keyset.cursor(true, keys.getFirst())).orElseThrow();
			}
		}
		return null;
	}

	private String explain(RegistrationRows.Statement statement) {
		return String.join("\n", sql.sql("explain (analyze, buffers) " + statement.sql()).params(statement.params())
				.query(String.class).list());
	}

	private static List<String> sequentialScans(String plan) {
		return BIG_TABLES.stream().filter(table -> Pattern.compile("Seq Scan on " + table + "\\b").matcher(plan).find())
				.toList();
	}
}
