package org.concord.registrations;

import org.concord.shared.matching.MatchKeys;
import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 50: the name keys of registrations and direct opportunities written anew, now that a name key is keyed
 * until it holds ({@link MatchKeys#companyName}: "R-N Safety" and "M Safety" are one name). The same rewrite as
 * migration 33 ({@link RekeyMatchKeys}), which writes every key as {@link MatchKeys} writes it now.
 */
@Component
class RekeyCompactedNames implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("50");
	}

	@Override
	public String getDescription() {
		return "rekey compacted names";
	}

	@Override
	public Integer getChecksum() {
		return 50;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		new RekeyMatchKeys().rekey(context.getConnection());
	}
}
