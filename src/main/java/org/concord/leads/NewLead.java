package org.concord.leads;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.concord.customers.NewContact;

/**
 * A qualified lead as the vendor enters it (page, API or CSV row): the contact with its consent, the
 * company's location, the product, what expertise it needs, its size, and notes for the partner.
 */
public record NewLead(
		@NotNull(message = "enter the contact") @Valid NewContact contact,
		@DecimalMin(value = "-90", message = "a latitude lies between -90 and 90") @DecimalMax(value = "90", message = "a latitude lies between -90 and 90") Double latitude,
		@DecimalMin(value = "-180", message = "a longitude lies between -180 and 180") @DecimalMax(value = "180", message = "a longitude lies between -180 and 180") Double longitude,
		@NotBlank(message = "choose the product") String product,
		@Size(max = 60) String industry,
		@Size(max = 60) String certification,
		@NotNull(message = "enter the estimated monthly recurring revenue") @DecimalMin(value = "0.01", message = "must be more than zero") @Digits(integer = 12, fraction = 2) BigDecimal estimatedMrr,
		@NotBlank(message = "choose the currency") @Pattern(regexp = "[A-Z]{3}", message = "choose the currency by its ISO code, e.g. CAD") String currency,
		@NotBlank(message = "tell the partner what you know of the lead") @Size(max = 4000) String notes) {
}
