package org.concord.identity;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.InvalidInputException;

/** A brand the vendor sells under, with the portal host its partners come in on. */
@Entity
@Table(name = "brand")
class Brand {

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
	private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

	@Id
	private UUID id;

	private String code;

	private String name;

	private String host;

	private String primaryColour;

	private String accentColour;

	private String supportEmail;

	private String senderAddress;

	@Column(length = 300_000)
	private byte[] logo;

	private String logoContentType;

	private boolean defaultBrand;

	protected Brand() {
	}

	Brand(String code, BrandDetails details, boolean defaultBrand) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.defaultBrand = defaultBrand;
		change(details);
	}

	void change(BrandDetails details) {
		String newHost = details.host() == null ? "" : details.host().trim().toLowerCase(Locale.ROOT);
		if (!HOST.matcher(newHost).matches()) {
			throw new InvalidInputException("host", "Enter a host name such as partners.example.com.");
		}
		requireColour("primaryColour", details.primaryColour());
		requireColour("accentColour", details.accentColour());
		this.name = details.name().trim();
		this.host = newHost;
		this.primaryColour = details.primaryColour();
		this.accentColour = details.accentColour();
		this.supportEmail = details.supportEmail().trim();
		this.senderAddress = details.senderAddress().trim();
	}

	void replaceLogo(byte[] image, String contentType) {
		this.logo = image;
		this.logoContentType = contentType;
	}

	private static void requireColour(String field, String value) {
		if (value == null || !COLOUR.matcher(value).matches()) {
			throw new InvalidInputException(field, "Enter a colour as #RRGGBB.");
		}
	}

	BrandView toView() {
		return new BrandView(id, code, name, host, primaryColour, accentColour, supportEmail, senderAddress,
				defaultBrand);
	}

	byte[] logo() {
		return logo;
	}

	String logoContentType() {
		return logoContentType;
	}
}
