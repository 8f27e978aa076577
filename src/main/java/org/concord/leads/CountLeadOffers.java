package org.concord.leads;

import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 40: fills the lead scorecard tally (created by V39) from the offers already made, with the minutes to
 * contact the application counts ({@link LeadScorecardTally}), which plain SQL could not share between H2 and
 * PostgreSQL.
 */
@Component
class CountLeadOffers implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("40");
	}

	@Override
	public String getDescription() {
		return "count lead offers";
	}

	@Override
	public Integer getChecksum() {
		return 40;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		LeadScorecardTally.count(context.getConnection());
	}
}
