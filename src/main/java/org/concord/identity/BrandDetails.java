package org.concord.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a vendor admin edits on a brand. */
public record BrandDetails(
		@NotBlank @Size(max = 100) String name,
		@NotBlank @Size(max = 200) String host,
		@NotBlank String primaryColour,
		@NotBlank String accentColour,
		@NotBlank @Email @Size(max = 200) String supportEmail,
		@NotBlank @Email @Size(max = 200) String senderAddress) {
}
