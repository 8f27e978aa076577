package org.concord.partners;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.concord.shared.matching.CompanyNames;
import org.concord.shared.matching.MatchKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Partner companies and prospects matched the way registrations are ({@link MatchKeys}, {@link CompanyNames}): the
 * same company by its name's words run together, its web or e-mail domain, its e-mail or its phone; a similar name
 * among those sharing a lookalike blocking key. Every key is looked up through an index.
 */
@Component
class CompanyMatching {

	static final String LOOKALIKE = "LOOKALIKE";

	/** One key a company is kept under. */
	record StoredKey(String kind, String value) {
	}

	private final JdbcTemplate jdbc;
	private final JdbcClient client;

	CompanyMatching(JdbcTemplate jdbc, JdbcClient client) {
		this.jdbc = jdbc;
		this.client = client;
	}

	/** The keys a company is stored under: its exact keys, and its name's lookalike blocking keys. */
	static List<StoredKey> keysOf(String name, String website, String email, String phone) {
		List<StoredKey> keys = new ArrayList<>();
		MatchKeys.of(name, website, email, phone).forEach(k -> keys.add(new StoredKey(k.kind().name(), k.value())));
		CompanyNames.storedKeys(CompanyNames.words(name)).forEach(k -> keys.add(new StoredKey(LOOKALIKE, k)));
		return keys;
	}

	void keepPartner(UUID partner, String name, String website, String email, String phone) {
		jdbc.update("delete from company_match_key where partner_id = ?", partner);
		insert(jdbc, keysOf(name, website, email, phone), name, partner, null);
	}

	void keepProspect(UUID prospect, String name, String website, String email, String phone) {
		jdbc.update("delete from company_match_key where prospect_id = ?", prospect);
		insert(jdbc, keysOf(name, website, email, phone), name, null, prospect);
	}

	private static void insert(JdbcTemplate jdbc, List<StoredKey> keys, String name, UUID partner, UUID prospect) {
		jdbc.batchUpdate("insert into company_match_key (key_value, kind, name, partner_id, prospect_id) values (?, ?, ?, ?, ?)",
				keys.stream().distinct().map(k -> new Object[] { k.value(), k.kind(), normalized(name), partner, prospect }).toList());
	}

	/** For the migration that keys the partners of before: the same rows, on the migration's connection. */
	static void insert(Connection connection, UUID partner, String name, String website, String email, String phone)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into company_match_key (key_value, kind, name, partner_id) values (?, ?, ?, ?)")) {
			for (StoredKey key : keysOf(name, website, email, phone).stream().distinct().toList()) {
				insert.setString(1, key.value());
				insert.setString(2, key.kind());
				insert.setString(3, normalized(name));
				insert.setObject(4, partner);
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static String normalized(String name) {
		String words = String.join(" ", CompanyNames.words(name));
		String kept = words.isEmpty() ? name.strip() : words;
		return kept.length() > 200 ? kept.substring(0, 200) : kept;
	}

	/**
	 * The partners and prospects this company matches, exact matches first, each once; {@code except} (a prospect's
	 * own id) is left out.
	 */
	List<CompanyMatch> matches(String name, String website, String email, String phone, UUID except) {
		List<MatchKeys.Key> exact = MatchKeys.of(name, website, email, phone);
		List<String> words = CompanyNames.words(name);
		List<String> lookups = new ArrayList<>(exact.stream().map(MatchKeys.Key::value).toList());
		List<String> lookalikeKeys = List.copyOf(CompanyNames.lookupKeys(words));
		lookups.addAll(lookalikeKeys);
		if (lookups.isEmpty()) {
			return List.of();
		}
		List<Row> rows = client.sql("select k.kind, k.key_value, k.name, k.partner_id, k.prospect_id, coalesce(p.name, r.company_name)"
				+ " from company_match_key k left join partner_company p on p.id = k.partner_id left join prospect r on r.id = k.prospect_id"
				+ " where k.key_value in (:keys)").param("keys", lookups)
				.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
						rs.getObject(5, UUID.class), rs.getString(6))).list();
		Map<UUID, CompanyMatch> found = new LinkedHashMap<>();
		// the plainest reason first: the same name, then the same domain, e-mail, phone
		rows = rows.stream().sorted(Comparator.comparingInt(row -> LOOKALIKE.equals(row.kind()) ? 9
				: MatchKeys.Kind.valueOf(row.kind()).ordinal())).toList();
		for (Row row : rows) {
			if (row.owner().equals(except) || LOOKALIKE.equals(row.kind())) {
				continue;
			}
			if (exact.contains(new MatchKeys.Key(MatchKeys.Kind.valueOf(row.kind()), row.value()))) {
				found.putIfAbsent(row.owner(), row.toMatch(reason(row.kind()), true));
			}
		}
		CompanyNames.Compared compared = new CompanyNames.Compared(words);
		for (Row row : rows) {
			if (LOOKALIKE.equals(row.kind()) && !row.owner().equals(except) && !found.containsKey(row.owner())
					&& lookalikeKeys.contains(row.value())
					&& compared.resembles(new CompanyNames.Compared(List.of(row.keptName().split(" "))))) {
				found.put(row.owner(), row.toMatch("similar name", false));
			}
		}
		return List.copyOf(found.values());
	}

	private static String reason(String kind) {
		return switch (MatchKeys.Kind.valueOf(kind)) {
			case NAME -> "same name";
			case DOMAIN -> "same web domain";
			case EMAIL -> "same e-mail";
			case PHONE -> "same phone";
		};
	}

	private record Row(String kind, String value, String keptName, UUID partner, UUID prospect, String displayName) {

		UUID owner() {
			return partner != null ? partner : prospect;
		}

		CompanyMatch toMatch(String reason, boolean exact) {
			return new CompanyMatch(partner != null, owner().toString(), displayName, reason, exact);
		}
	}
}
