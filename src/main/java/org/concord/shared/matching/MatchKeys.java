package org.concord.shared.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.concord.shared.WebAddresses;

/**
 * The keys an opportunity is matched on exactly: the company name's words run together ({@link CompanyNames}); the
 * registrable domain of the website and of the e-mail address (never a free-mail or shared-hosting domain); the
 * e-mail, unless it is at such a domain; the phone's digits. Each is looked up through an index, never by scanning
 * registrations.
 */
public final class MatchKeys {

	public enum Kind {
		NAME, DOMAIN, EMAIL, PHONE
	}

	public record Key(Kind kind, String value) {
	}

	/**
	 * Domains many unrelated companies share: free mail, and hosts where anyone has a page ("sites.google.com" is
	 * google.com). Platforms the Public Suffix List lists (myshopify.com, blogspot.com) give each shop its own domain.
	 */
	private static final Set<String> SHARED_DOMAINS = Set.of("gmail.com", "googlemail.com", "google.com", "yahoo.com",
			"yahoo.ca", "yahoo.co.uk", "hotmail.com", "hotmail.ca", "outlook.com", "live.com", "live.ca", "msn.com", "aol.com",
			"icloud.com", "me.com", "mac.com", "protonmail.com", "proton.me", "gmx.com", "gmx.de", "gmx.net", "mail.com",
			"yandex.com", "yandex.ru", "zoho.com", "sympatico.ca", "shaw.ca", "rogers.com", "telus.net", "bell.net",
			"eastlink.ca", "comcast.net", "verizon.net", "att.net", "web.de", "qq.com", "163.com", "fastmail.com",
			"facebook.com", "linkedin.com", "instagram.com", "twitter.com", "x.com", "youtube.com", "wordpress.com",
			"wix.com", "wixsite.com", "squarespace.com", "weebly.com", "godaddysites.com", "yelp.com", "yellowpages.ca");

	private MatchKeys() {
	}

	public static List<Key> of(String companyName, String website, String email, String phone) {
		List<Key> keys = new ArrayList<>();
		String name = companyName(companyName);
		if (!name.isEmpty()) {
			keys.add(new Key(Kind.NAME, name));
		}
		domainOfWebsite(website).ifPresent(d -> keys.add(new Key(Kind.DOMAIN, d)));
		domainOfEmail(email).filter(d -> keys.stream().noneMatch(k -> k.value().equals(d)))
				.ifPresent(d -> keys.add(new Key(Kind.DOMAIN, d)));
		if (email != null && email.contains("@") && sharedMailbox(email).isEmpty()) {
			keys.add(new Key(Kind.EMAIL, email.trim().toLowerCase(Locale.ROOT)));
		}
		String digits = phone(phone);
		if (digits.length() >= 7) {
			keys.add(new Key(Kind.PHONE, digits));
		}
		return keys;
	}

	/**
	 * An address at a free-mail or shared domain, as a lookalike key: one person may well write for two companies from
	 * it (a bookkeeper, an owner of two), so it flags the registration for a reviewer rather than blocking it.
	 */
	public static Optional<String> sharedMailbox(String email) {
		if (email == null || !email.contains("@")) {
			return Optional.empty();
		}
		return WebAddresses.registrableDomainOfEmail(email).filter(SHARED_DOMAINS::contains)
				.map(domain -> "e:" + email.trim().toLowerCase(Locale.ROOT));
	}

	/**
	 * The exact name key: the name's words run together, keyed again until that changes nothing. Running words
	 * together can make a new lookalike ("R-N" gives "rn", which TR39 reads as "m"), and a key keyed again must be
	 * itself.
	 */
	public static String companyName(String name) {
		String key = CompanyNames.compact(CompanyNames.words(name));
		for (int round = 0; round < 4; round++) {
			String again = CompanyNames.compact(CompanyNames.words(key));
			if (again.equals(key)) {
				break;
			}
			key = again;
		}
		return key;
	}

	public static Optional<String> domainOfWebsite(String website) {
		return WebAddresses.registrableDomain(website).filter(domain -> !SHARED_DOMAINS.contains(domain));
	}

	public static Optional<String> domainOfEmail(String email) {
		return WebAddresses.registrableDomainOfEmail(email).filter(domain -> !SHARED_DOMAINS.contains(domain));
	}

	public static String phone(String phone) {
		if (phone == null) {
			return "";
		}
		String digits = phone.replaceAll("\\D", "");
		return digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
	}
}
