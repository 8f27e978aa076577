package org.concord.commissions;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A won opportunity becomes a subscription contract: from when, for how long, invoiced every 1 (the default), 3 or 12 months. */
public record OpenContract(@NotNull(message = "choose the won opportunity") UUID registrationId,
		@NotNull(message = "enter the date the subscription starts") LocalDate startDate,
		@Min(value = 1, message = "enter a term of 1 to 120 months") @Max(value = 120, message = "enter a term of 1 to 120 months") int termMonths,
		Integer billingMonths) {

	public OpenContract(UUID registrationId, LocalDate startDate, int termMonths) {
		this(registrationId, startDate, termMonths, null);
	}

	/** Invoiced every month unless told otherwise. */
	public int billingEvery() {
		return billingMonths == null ? 1 : billingMonths;
	}
}
