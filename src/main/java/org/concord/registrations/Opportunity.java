package org.concord.registrations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The registration form: every field required, the same rules for the page and the API. Partner Assigned
 * and Partner Rep Assigned are required when the partner works the opportunity, and not asked when it is
 * assigned to the vendor.
 */
public record Opportunity(
		@NotNull(message = "choose the contact this opportunity is for") UUID contactId,
		@NotBlank(message = "choose the product") String product,
		@NotNull(message = "enter the estimated monthly recurring revenue") @DecimalMin(value = "0.01", message = "must be more than zero") @Digits(integer = 12, fraction = 2) BigDecimal estimatedMrr,
		@NotBlank(message = "choose the currency") @Pattern(regexp = "[A-Z]{3}", message = "choose the currency by its ISO code, e.g. CAD") String currency,
		@NotNull(message = "enter the expected close date") LocalDate expectedCloseDate,
		@NotNull(message = "choose the stage") Stage stage,
		@NotBlank(message = "describe the opportunity") @Size(max = 4000) String notes,
		@NotNull(message = "choose who works the opportunity") Assignment assignment,
		UUID partnerAssignedId,
		UUID partnerRepAssignedId,
		@NotBlank(message = "choose where the opportunity came from") String opportunitySource,
		@NotNull(message = "choose the partner providing the opportunity") UUID partnerProvidingId,
		@NotNull(message = "choose the rep providing the opportunity") UUID partnerRepProvidingId) {
}
