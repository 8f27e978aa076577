package org.concord.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.concord.shared.PartnerId;
import org.concord.shared.Role;

/** Whom to invite. Partner admins may leave the partner out: it is their own company. */
public record Invitation(
		@NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "use letters, digits, dots, dashes or underscores") String username,
		@NotBlank @Email @Size(max = 200) String email,
		@NotBlank @Size(max = 100) String displayName,
		@NotNull Role role,
		PartnerId partnerId) {
}
