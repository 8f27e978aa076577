package org.concord.partners;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How a prospect becomes a partner: the company's name, type and tier, and its first partner admin, who is invited.
 * {@code differentCompany} confirms that a partner with a similar name is another company.
 */
public record Conversion(
		@NotBlank @Size(max = 150) String name,
		@NotBlank String type,
		@NotNull PartnerTier tier,
		@NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "use letters, digits, dots, dashes or underscores") String username,
		@NotBlank @Email @Size(max = 200) String email,
		@NotBlank @Size(max = 100) String displayName,
		Boolean differentCompany) {

	/** Confirmed as another company than a partner with a similar name; not confirmed when left out. */
	public boolean confirmedDifferent() {
		return Boolean.TRUE.equals(differentCompany);
	}
}
