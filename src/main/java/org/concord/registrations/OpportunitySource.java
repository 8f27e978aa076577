package org.concord.registrations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where opportunities come from (marketing's "Opportunity Source"): a list the vendor manages. */
@Entity
@Table(name = "opportunity_source")
class OpportunitySource {

	@Id
	private String code;

	private String label;

	private boolean active;

	protected OpportunitySource() {
	}

	OpportunitySource(String code, String label) {
		this.code = code;
		this.label = label;
		this.active = true;
	}

	void retire() {
		active = false;
	}

	boolean isActive() {
		return active;
	}

	OpportunitySourceView toView() {
		return new OpportunitySourceView(code, label, active);
	}
}
