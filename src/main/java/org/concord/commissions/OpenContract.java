package org.concord.commissions;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A won opportunity becomes a subscription contract: from when, for how long. */
public record OpenContract(@NotNull(message = "choose the won opportunity") UUID registrationId,
		@NotNull(message = "enter the date the subscription starts") LocalDate startDate,
		@Min(value = 1, message = "enter a term of 1 to 120 months") @Max(value = 120, message = "enter a term of 1 to 120 months") int termMonths) {
}
