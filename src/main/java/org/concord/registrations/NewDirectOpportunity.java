package org.concord.registrations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A direct-sales opportunity entered by the vendor's sales team (or, later, synced from the CRM). {@code createdOn} is
 * the CRM's own creation date when it was created there first, so the conflict rules use the real timeline (not a day
 * to come: the aggregate checks it against the application's clock).
 */
public record NewDirectOpportunity(
		@NotBlank @Size(max = 150) String companyName,
		@Size(max = 200) String website,
		@Size(max = 200) String email,
		@Size(max = 40) String phone,
		@NotBlank(message = "choose the product") String product,
		@NotNull(message = "choose the stage") Stage stage,
		LocalDate createdOn) {

	/** Entered today (no CRM date). */
	public NewDirectOpportunity(String companyName, String website, String email, String phone, String product, Stage stage) {
		this(companyName, website, email, phone, product, stage, null);
	}
}
