package org.concord.partners;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A company that wants to become a partner, as it applies or as the channel team enters it. The type it is
 * interested in is a partner type's code and may be left out.
 */
public record NewProspect(
		@NotBlank @Size(max = 150) String companyName,
		@NotBlank @Size(max = 100) String contactName,
		@NotBlank @Email @Size(max = 200) String email,
		@Size(max = 40) String phone,
		@Size(max = 200) @Pattern(regexp = "(?i)https?://[^\\s<>\"]+", message = "enter the web address with http:// or https://") String website,
		@NotBlank @Pattern(regexp = "[A-Z]{2}", message = "use the two-letter country code, e.g. CA") String country,
		@Size(max = 10) String region,
		@Size(max = 100) String city,
		@Min(value = 1, message = "enter at least 1") @Max(value = 10_000_000, message = "enter at most 10,000,000") Integer employees,
		@Size(max = 40) String interestedType,
		@Size(max = 2000) String message) {
}
