package org.concord.commissions;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** A month whose statements the vendor issued: final from then on, so nothing may be booked into it any more. */
@Entity
@Table(name = "issued_statement_month")
class IssuedStatementMonth implements Persistable<String> {

	@Id
	private String statementMonth;

	private Instant issuedAt;

	private UUID issuedBy;

	@Transient
	private boolean fresh;

	protected IssuedStatementMonth() {
	}

	IssuedStatementMonth(YearMonth month, UUID by, Instant now) {
		this.statementMonth = month.toString();
		this.issuedBy = by;
		this.issuedAt = now;
		this.fresh = true;
	}

	@Override
	public String getId() {
		return statementMonth;
	}

	/** Issuing a month twice is refused by its key, not merged over the first issue. */
	@Override
	public boolean isNew() {
		return fresh;
	}

	YearMonth month() {
		return YearMonth.parse(statementMonth);
	}
}
