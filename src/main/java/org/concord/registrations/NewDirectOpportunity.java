package org.concord.registrations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A direct-sales opportunity entered by the vendor's sales team (or, later, synced from the CRM). */
public record NewDirectOpportunity(
		@NotBlank @Size(max = 150) String companyName,
		@Size(max = 200) String website,
		@Size(max = 200) String email,
		@Size(max = 40) String phone,
		@NotBlank(message = "choose the product") String product,
		@NotNull(message = "choose the stage") Stage stage) {
}
