package org.concord.partners;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 55: the partners of before are kept under their match keys ({@link CompanyMatching}), so a prospect or a
 * new partner finds them. The keys are written by the same code that writes them for a new partner.
 */
@Component
class KeyPartnerCompanies implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("55");
	}

	@Override
	public String getDescription() {
		return "key partner companies";
	}

	@Override
	public Integer getChecksum() {
		return 55;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		record Company(UUID id, String name, String website, String email, String phone) {
		}
		List<Company> companies = new ArrayList<>();
		try (Statement select = context.getConnection().createStatement();
				ResultSet rows = select.executeQuery("select id, name, website, email, phone from partner_company")) {
			while (rows.next()) {
				companies.add(new Company(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
						rows.getString(4), rows.getString(5)));
			}
		}
		for (Company c : companies) {
			CompanyMatching.insert(context.getConnection(), c.id(), c.name(), c.website(), c.email(), c.phone());
		}
	}
}
