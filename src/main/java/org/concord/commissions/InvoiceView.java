package org.concord.commissions;

import java.time.LocalDate;
import java.util.UUID;

import org.concord.shared.Money;

/** An invoice with what has been received against it (net of refunds and chargebacks) and what is still due. */
public record InvoiceView(UUID id, UUID contractId, LocalDate periodStart, LocalDate periodEnd, Money amount,
		LocalDate dueOn, Money paid, Money outstanding) {

	public boolean pastDue(LocalDate today) {
		return outstanding.isPositive() && today.isAfter(dueOn);
	}
}
