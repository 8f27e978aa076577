package org.concord.registrations;

import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 37: fills the SLA's decision tally (created by V34) from the decisions already made, with the same
 * rounding the application uses ({@link DecisionTally}), which plain SQL could not share between H2 and PostgreSQL.
 */
@Component
class CountDecisions implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("37");
	}

	@Override
	public String getDescription() {
		return "count decisions";
	}

	@Override
	public Integer getChecksum() {
		return 37;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		DecisionTally.count(context.getConnection());
	}
}
