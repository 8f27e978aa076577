package org.concord.registrations;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The normalized keys an opportunity is matched on: the company name without case, accents, punctuation,
 * legal suffixes or a leading "The"; the web or e-mail domain (never a free-mail domain); the e-mail; the
 * phone's digits. Each is looked up through an index, never by scanning registrations.
 */
final class MatchKeys {

	enum Kind {
		NAME, DOMAIN, EMAIL, PHONE
	}

	record Key(Kind kind, String value) {
	}

	private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "incorporated", "ltd", "limited", "llc", "llp",
			"lp", "gmbh", "corp", "corporation", "co", "company", "plc", "sa", "sas", "sarl", "ag", "bv", "nv", "pty",
			"oy", "ab", "as", "srl", "spa", "kg", "ulc", "ltee", "lte", "limitee");

	private static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "yahoo.com", "yahoo.ca",
			"yahoo.co.uk", "hotmail.com", "hotmail.ca", "outlook.com", "live.com", "live.ca", "msn.com", "aol.com",
			"icloud.com", "me.com", "mac.com", "protonmail.com", "proton.me", "gmx.com", "gmx.de", "gmx.net",
			"mail.com", "yandex.com", "zoho.com", "sympatico.ca", "shaw.ca", "rogers.com", "telus.net", "bell.net",
			"eastlink.ca", "comcast.net", "verizon.net", "att.net", "web.de", "qq.com", "163.com", "fastmail.com");

	private MatchKeys() {
	}

	static List<Key> of(String companyName, String website, String email, String phone) {
		List<Key> keys = new ArrayList<>();
		String name = companyName(companyName);
		if (!name.isEmpty()) {
			keys.add(new Key(Kind.NAME, name));
		}
		domainOfWebsite(website).ifPresent(d -> keys.add(new Key(Kind.DOMAIN, d)));
		domainOfEmail(email).filter(d -> keys.stream().noneMatch(k -> k.value().equals(d)))
				.ifPresent(d -> keys.add(new Key(Kind.DOMAIN, d)));
		if (email != null && email.contains("@")) {
			keys.add(new Key(Kind.EMAIL, email.trim().toLowerCase(Locale.ROOT)));
		}
		String digits = phone(phone);
		if (digits.length() >= 7) {
			keys.add(new Key(Kind.PHONE, digits));
		}
		return keys;
	}

	static String companyName(String name) {
		if (name == null) {
			return "";
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").trim();
		List<String> words = new ArrayList<>(Arrays.asList(plain.split(" ")));
		words.removeIf(String::isEmpty);
		if (words.size() > 1 && words.getFirst().equals("the")) {
			words.removeFirst();
		}
		while (words.size() > 1 && LEGAL_SUFFIXES.contains(words.getLast())) {
			words.removeLast();
		}
		return String.join(" ", words);
	}

	static Optional<String> domainOfWebsite(String website) {
		if (website == null || website.isBlank()) {
			return Optional.empty();
		}
		String host = website.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("[/?#:].*$", "")
				.replaceFirst("^www\\.", "");
		return host.contains(".") && !FREE_MAIL.contains(host) ? Optional.of(host) : Optional.empty();
	}

	static Optional<String> domainOfEmail(String email) {
		if (email == null || !email.contains("@")) {
			return Optional.empty();
		}
		String domain = email.substring(email.indexOf('@') + 1).trim().toLowerCase(Locale.ROOT);
		return domain.contains(".") && !FREE_MAIL.contains(domain) ? Optional.of(domain) : Optional.empty();
	}

	static String phone(String phone) {
		if (phone == null) {
			return "";
		}
		String digits = phone.replaceAll("\\D", "");
		return digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
	}

	/** The first three characters of a normalized name: the indexed bucket the fuzzy match looks in. */
	static String bucket(String normalizedName) {
		return normalizedName.length() <= 3 ? normalizedName : normalizedName.substring(0, 3);
	}

	/** Jaro-Winkler similarity, 1.0 for equal strings; names at or above {@link #FUZZY_THRESHOLD} match. */
	static final double FUZZY_THRESHOLD = 0.93;

	/**
	 * Jaro-Winkler of at least 0.93 needs the shorter string to be at least 0.65 of the longer one's length
	 * (with m matches, jaro <= (m/a + m/b + 1) / 3 and the prefix bonus adds at most 0.4 of what is left), so
	 * the fuzzy lookup may skip names outside that window without missing a match.
	 */
	static final double MIN_LENGTH_RATIO = 0.65;

	/**
	 * A cheap upper bound first: Jaro-Winkler can only reach the threshold when the characters the two names
	 * share (as multisets) allow a Jaro of at least 0.8833 (since JW <= 0.6 * Jaro + 0.4). Skips most candidates
	 * without the quadratic comparison, and never skips a true match.
	 */
	static boolean couldResemble(String a, String b) {
		return couldResemble(a, characterCounts(a), b);
	}

	/** Whether a name closely resembles another: the bound first, with the name's characters counted once. */
	static java.util.function.Predicate<String> resembling(String name) {
		int[] counts = characterCounts(name);
		return other -> couldResemble(name, counts, other) && similarity(name, other) >= FUZZY_THRESHOLD;
	}

	private static int[] characterCounts(String name) {
		int[] counts = new int[128];
		for (int i = 0; i < name.length(); i++) {
			counts[name.charAt(i) & 127]++;
		}
		return counts;
	}

	private static boolean couldResemble(String a, int[] countsOfA, String b) {
		int[] counts = countsOfA.clone();
		int common = 0;
		for (int i = 0; i < b.length(); i++) {
			if (counts[b.charAt(i) & 127]-- > 0) {
				common++;
			}
		}
		double bestJaro = ((double) common / a.length() + (double) common / b.length() + 1) / 3;
		return 0.6 * bestJaro + 0.4 >= FUZZY_THRESHOLD;
	}

	static double similarity(String a, String b) {
		if (a.equals(b)) {
			return 1.0;
		}
		int range = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
		boolean[] aMatched = new boolean[a.length()];
		boolean[] bMatched = new boolean[b.length()];
		int matches = 0;
		for (int i = 0; i < a.length(); i++) {
			for (int j = Math.max(0, i - range); j < Math.min(b.length(), i + range + 1); j++) {
				if (!bMatched[j] && a.charAt(i) == b.charAt(j)) {
					aMatched[i] = true;
					bMatched[j] = true;
					matches++;
					break;
				}
			}
		}
		if (matches == 0) {
			return 0.0;
		}
		int transpositions = 0;
		for (int i = 0, j = 0; i < a.length(); i++) {
			if (aMatched[i]) {
				while (!bMatched[j]) {
					j++;
				}
				if (a.charAt(i) != b.charAt(j)) {
					transpositions++;
				}
				j++;
			}
		}
		double m = matches;
		double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
		int prefix = 0;
		while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
			prefix++;
		}
		return jaro + prefix * 0.1 * (1 - jaro);
	}
}
