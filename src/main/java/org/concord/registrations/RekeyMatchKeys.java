package org.concord.registrations;

import org.concord.shared.matching.CompanyNames;
import org.concord.shared.matching.MatchKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migration 33: the match keys of registrations and direct opportunities made before the duplicate check's second
 * pass, written anew as {@link MatchKeys} writes them now. Names are keyed again from the company name the record
 * keeps; a domain key becomes its registrable domain (and goes when that is a shared one); an e-mail at a free-mail
 * domain becomes a lookalike key; phone keys stay. Every protected registration gets its name's blocking keys. Two holders that the new keys make one keep the older
 * claim: the later registration keeps its other keys, and a reviewer can settle it. Runs once, under Flyway's lock.
 */
@Component
class RekeyMatchKeys implements JavaMigration {

	private static final Logger log = LoggerFactory.getLogger(RekeyMatchKeys.class);

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("33");
	}

	@Override
	public String getDescription() {
		return "rekey match keys";
	}

	@Override
	public Integer getChecksum() {
		return 33;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		rekey(context.getConnection());
	}

	/** Rewrites the keys through this connection; public to the package for its test. */
	void rekey(Connection db) throws SQLException {
		int registrations = rekeyClaims(db);
		int directs = rekeyDirectKeys(db);
		if (registrations + directs > 0) {
			log.info("Match keys written anew for {} registrations and {} direct opportunities", registrations, directs);
		}
	}

	private record Held(UUID id, String product, String company, List<String> domains, List<String> emails) {
	}

	private int rekeyClaims(Connection db) throws SQLException {
		List<Held> held = new ArrayList<>();
		try (PreparedStatement select = db.prepareStatement("""
				select r.id, r.product, r.company_name, c.key_kind, c.key_value from registration r
				join registration_claim c on c.registration_id = r.id where c.key_kind in ('NAME', 'DOMAIN', 'EMAIL')
				order by r.submitted_at, r.id""");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				UUID id = rows.getObject(1, UUID.class);
				if (held.isEmpty() || !held.getLast().id().equals(id)) {
					held.add(new Held(id, rows.getString(2), rows.getString(3), new ArrayList<>(), new ArrayList<>()));
				}
				if ("DOMAIN".equals(rows.getString(4))) {
					held.getLast().domains().add(rows.getString(5));
				}
				if ("EMAIL".equals(rows.getString(4))) {
					held.getLast().emails().add(rows.getString(5));
				}
			}
		}
		try (PreparedStatement delete = db.prepareStatement(
				"delete from registration_claim where registration_id = ? and key_kind in ('NAME', 'DOMAIN', 'EMAIL')");
				PreparedStatement deleteNameKeys = db.prepareStatement("delete from registration_name_key where registration_id = ?")) {
			for (Held registration : held) {
				delete.setObject(1, registration.id());
				delete.addBatch();
				deleteNameKeys.setObject(1, registration.id());
				deleteNameKeys.addBatch();
			}
			delete.executeBatch();
			deleteNameKeys.executeBatch();
		}
		try (PreparedStatement claim = db.prepareStatement("""
				insert into registration_claim (id, product, key_kind, key_value, registration_id)
				select ?, ?, ?, ?, ? where not exists (select 1 from registration_claim where product = ? and key_value = ? and key_kind = ?)""");
				PreparedStatement nameKey = db.prepareStatement(
						"insert into registration_name_key (product, key_value, name, registration_id) values (?, ?, ?, ?)")) {
			for (Held registration : held) {
				List<String> words = CompanyNames.words(registration.company());
				List<MatchKeys.Key> keys = new ArrayList<>();
				if (!words.isEmpty()) {
					keys.add(new MatchKeys.Key(MatchKeys.Kind.NAME, CompanyNames.compact(words)));
				}
				registration.domains().stream().map(MatchKeys::domainOfWebsite).flatMap(Optional::stream).distinct()
						.forEach(domain -> keys.add(new MatchKeys.Key(MatchKeys.Kind.DOMAIN, domain)));
				registration.emails().stream().filter(email -> MatchKeys.sharedMailbox(email).isEmpty())
						.forEach(email -> keys.add(new MatchKeys.Key(MatchKeys.Kind.EMAIL, email)));
				Set<String> lookalike = new LinkedHashSet<>(CompanyNames.storedKeys(words));
				registration.emails().forEach(email -> MatchKeys.sharedMailbox(email).ifPresent(lookalike::add));
				for (MatchKeys.Key key : keys) {
					claim.setObject(1, UUID.randomUUID());
					claim.setString(2, registration.product());
					claim.setString(3, key.kind().name());
					claim.setString(4, key.value());
					claim.setObject(5, registration.id());
					claim.setString(6, registration.product());
					claim.setString(7, key.value());
					claim.setString(8, key.kind().name());
					claim.executeUpdate();
				}
				for (String key : lookalike) {
					nameKey.setString(1, registration.product());
					nameKey.setString(2, key);
					nameKey.setString(3, String.join(" ", words));
					nameKey.setObject(4, registration.id());
					nameKey.addBatch();
				}
				nameKey.executeBatch();
			}
		}
		return held.size();
	}

	private int rekeyDirectKeys(Connection db) throws SQLException {
		record Direct(UUID id, String product, String company, List<String> domains, List<String> emails) {
		}
		List<Direct> directs = new ArrayList<>();
		try (PreparedStatement select = db.prepareStatement("""
				select d.id, d.product, d.company_name, k.key_kind, k.key_value from direct_opportunity d
				join direct_opportunity_key k on k.direct_id = d.id where k.key_kind in ('NAME', 'DOMAIN', 'EMAIL') order by d.id""");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				UUID id = rows.getObject(1, UUID.class);
				if (directs.isEmpty() || !directs.getLast().id().equals(id)) {
					directs.add(new Direct(id, rows.getString(2), rows.getString(3), new ArrayList<>(), new ArrayList<>()));
				}
				if ("DOMAIN".equals(rows.getString(4))) {
					directs.getLast().domains().add(rows.getString(5));
				}
				if ("EMAIL".equals(rows.getString(4))) {
					directs.getLast().emails().add(rows.getString(5));
				}
			}
		}
		try (PreparedStatement delete = db.prepareStatement(
				"delete from direct_opportunity_key where direct_id = ? and key_kind in ('NAME', 'DOMAIN', 'EMAIL')");
				PreparedStatement insert = db.prepareStatement(
						"insert into direct_opportunity_key (id, direct_id, product, key_kind, key_value) values (?, ?, ?, ?, ?)")) {
			for (Direct direct : directs) {
				delete.setObject(1, direct.id());
				delete.executeUpdate();
				List<MatchKeys.Key> keys = new ArrayList<>();
				String name = MatchKeys.companyName(direct.company());
				if (!name.isEmpty()) {
					keys.add(new MatchKeys.Key(MatchKeys.Kind.NAME, name));
				}
				direct.domains().stream().map(MatchKeys::domainOfWebsite).flatMap(Optional::stream).distinct()
						.forEach(domain -> keys.add(new MatchKeys.Key(MatchKeys.Kind.DOMAIN, domain)));
				direct.emails().stream().filter(email -> MatchKeys.sharedMailbox(email).isEmpty())
						.forEach(email -> keys.add(new MatchKeys.Key(MatchKeys.Kind.EMAIL, email)));
				for (MatchKeys.Key key : keys) {
					insert.setObject(1, UUID.randomUUID());
					insert.setObject(2, direct.id());
					insert.setString(3, direct.product());
					insert.setString(4, key.kind().name());
					insert.setString(5, key.value());
					insert.executeUpdate();
				}
			}
		}
		return directs.size();
	}
}
