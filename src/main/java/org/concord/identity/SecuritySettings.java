package org.concord.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.InvalidInputException;

/** The vendor's safeguards; one row. */
@Entity
@Table(name = "security_settings")
class SecuritySettings {

	static final int MAX_TOKEN_LIFETIME_DAYS = 730;

	@Id
	private int id;

	private int apiTokenLifetimeDays;

	private boolean payoutFourEyes;

	protected SecuritySettings() {
	}

	void change(SafeguardsView changed) {
		if (changed.apiTokenLifetimeDays() < 0 || changed.apiTokenLifetimeDays() > MAX_TOKEN_LIFETIME_DAYS) {
			throw new InvalidInputException("apiTokenLifetimeDays",
					"Enter between 1 and " + MAX_TOKEN_LIFETIME_DAYS + " days, or 0 for tokens that never expire.");
		}
		this.apiTokenLifetimeDays = changed.apiTokenLifetimeDays();
		this.payoutFourEyes = changed.payoutFourEyes();
	}

	SafeguardsView toView() {
		return new SafeguardsView(apiTokenLifetimeDays, payoutFourEyes);
	}
}
