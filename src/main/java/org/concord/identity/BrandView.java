package org.concord.identity;

import java.util.UUID;

/** A brand as pages and mails use it. */
public record BrandView(UUID id, String code, String name, String host, String primaryColour, String accentColour,
		String supportEmail, String senderAddress, boolean defaultBrand) {
}
