package org.concord.shared;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A day the vendor is closed (e.g. a company holiday): not a working day, on top of public holidays. */
@Entity
@Table(name = "vendor_closure_day")
class ClosureDay {

	@Id
	private LocalDate closedOn;

	private String reason;

	protected ClosureDay() {
	}

	ClosureDay(LocalDate day, String reason) {
		this.closedOn = day;
		this.reason = reason;
	}

	LocalDate closedOn() {
		return closedOn;
	}
}
