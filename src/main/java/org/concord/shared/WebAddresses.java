package org.concord.shared;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

import com.google.common.net.InternetDomainName;

/**
 * Websites and e-mail domains as hosts: a website field holds a host name (with a scheme, path or port around it, or
 * not), and a host belongs to its registrable domain under the Public Suffix List ("shop.kelpie.ca" and
 * "www.kelpie.ca" to "kelpie.ca", "acme.co.uk" stays itself, "acme.myshopify.com" is Acme's own). A name under no
 * listed suffix (a private or test domain such as "acme.example") keeps its last two labels.
 */
public final class WebAddresses {

	private WebAddresses() {
	}

	/** The host a website field names, lower case and in ASCII, if it names one: "www.Acme.ca/about" gives "www.acme.ca". */
	public static Optional<String> host(String website) {
		if (website == null || website.isBlank()) {
			return Optional.empty();
		}
		String host = website.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "")
				.replaceFirst("^[^/@?#]*@", "").replaceFirst("[/?#].*$", "").replaceFirst(":\\d*$", "").replaceFirst("\\.$", "");
		try {
			host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
		}
		catch (IllegalArgumentException notAHost) {
			return Optional.empty();
		}
		if (!host.contains(".") || !InternetDomainName.isValid(host)) {
			return Optional.empty();
		}
		InternetDomainName name = InternetDomainName.from(host);
		String topLevel = name.parts().getLast();
		if (!topLevel.matches("[a-z]{2,63}|xn--[a-z0-9-]+")) {
			return Optional.empty();
		}
		return Optional.of(name.toString());
	}

	/** The registrable domain of a website or a host: "https://shop.kelpie.ca/cart" gives "kelpie.ca". */
	public static Optional<String> registrableDomain(String website) {
		return host(website).map(WebAddresses::registrableDomainOfHost);
	}

	/** The registrable domain of an e-mail address's domain: "jane@mail.kelpie.ca" gives "kelpie.ca". */
	public static Optional<String> registrableDomainOfEmail(String email) {
		if (email == null || email.indexOf('@') < 0) {
			return Optional.empty();
		}
		return registrableDomain(email.substring(email.lastIndexOf('@') + 1));
	}

	private static String registrableDomainOfHost(String host) {
		InternetDomainName name = InternetDomainName.from(host);
		if (name.isUnderPublicSuffix()) {
			return name.topPrivateDomain().toString();
		}
		if (name.isPublicSuffix()) {
			return host;
		}
		var parts = name.parts();
		return parts.size() <= 2 ? host : parts.get(parts.size() - 2) + "." + parts.getLast();
	}
}
