package org.concord.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the channel team enters to add a partner company; its type by code (see {@link PartnerTypes}).
 * {@code differentCompany} confirms that a partner with a similar name is another company.
 */
public record NewPartner(
		@NotBlank @Size(max = 150) String name,
		@NotBlank String type,
		@NotNull PartnerTier tier,
		@NotBlank @Pattern(regexp = "[A-Z]{2}", message = "use the two-letter country code, e.g. CA") String country,
		@Size(max = 10) String region,
		@Size(max = 100) String city,
		@Size(max = 200) @Pattern(regexp = "(?i)https?://[^\\s<>\"]+", message = "enter the web address with http:// or https://") String website,
		Boolean differentCompany) {

	/** Confirmed as another company than a partner with a similar name; not confirmed when left out. */
	public boolean confirmedDifferent() {
		return Boolean.TRUE.equals(differentCompany);
	}
}
