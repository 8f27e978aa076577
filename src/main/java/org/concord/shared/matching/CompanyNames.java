package org.concord.shared.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.ibm.icu.text.SpoofChecker;

/**
 * Company names as the duplicate check reads them. A name becomes words that spelling cannot change: Unicode NFKC,
 * lower case, the confusable skeleton of Unicode TR39 (a Cyrillic "А" is a Latin "a", a "0" an "o"), no accents;
 * "&", "+" and "and" alike and dropped; dotted initials joined ("L.L.C." is "llc"); common abbreviations written out
 * ("Mfg" and "Manufacturing" are one word); a leading "The" and trailing legal forms dropped. TR39 confuses "rn"
 * with "m": both are read as "m", so that a typo on an "m" stays one letter.
 * <p>
 * Names that spelling alone separates are found through blocking keys: each word with every one-letter deletion of
 * it, so that a typo in any one word, its first letters included, still shares a key, with the first letters of the
 * other words and the name's length, so a key's bucket holds names that could be that close; and the words that tell
 * a company from others (not the generic ones, such as "engineering") together, which a generic word more or less
 * leaves alone. A token-aware comparison then decides among the candidates.
 */
public final class CompanyNames {

	private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

	private static final Set<String> LEGAL_FORMS = skeletons("inc", "incorporated", "ltd", "limited", "llc", "llp", "lp",
			"pllc", "gmbh", "mbh", "corp", "corporation", "co", "company", "plc", "sa", "sas", "sarl", "ag", "bv", "nv", "pty",
			"oy", "ab", "as", "aps", "srl", "spa", "kg", "kgaa", "se", "ulc", "ltee", "lte", "limitee", "pc", "cv", "sl", "sro",
			"kft", "ooo", "doo", "bhd", "sdn", "pte", "pvt");

	private static final String CONNECTOR = skeleton("and");
	private static final String LEADING_ARTICLE = skeleton("the");

	/** Short forms and their written-out word; both ways, since both normalize to the written-out one. */
	private static final Map<String, String> ABBREVIATIONS = skeletonMap(Map.ofEntries(
			Map.entry("mfg", "manufacturing"), Map.entry("mfr", "manufacturing"), Map.entry("mfrs", "manufacturing"),
			Map.entry("manufacturers", "manufacturing"), Map.entry("intl", "international"), Map.entry("natl", "national"),
			Map.entry("assoc", "associates"), Map.entry("assocs", "associates"), Map.entry("assn", "association"),
			Map.entry("bros", "brothers"), Map.entry("svc", "services"), Map.entry("svcs", "services"), Map.entry("service", "services"),
			Map.entry("sys", "systems"), Map.entry("mgmt", "management"), Map.entry("mgt", "management"),
			Map.entry("dept", "department"), Map.entry("dev", "development"), Map.entry("dist", "distribution"),
			Map.entry("distrib", "distribution"), Map.entry("eng", "engineering"), Map.entry("engg", "engineering"),
			Map.entry("engr", "engineering"), Map.entry("grp", "group"), Map.entry("hldgs", "holdings"), Map.entry("hldg", "holdings"),
			Map.entry("holding", "holdings"), Map.entry("inds", "industries"), Map.entry("indus", "industries"),
			Map.entry("lab", "laboratories"), Map.entry("labs", "laboratories"), Map.entry("laboratory", "laboratories"),
			Map.entry("med", "medical"), Map.entry("pharma", "pharmaceuticals"), Map.entry("univ", "university"),
			Map.entry("ctr", "center"), Map.entry("cntr", "center"), Map.entry("centre", "center"), Map.entry("coop", "cooperative"),
			Map.entry("comms", "communications"), Map.entry("constr", "construction"), Map.entry("elec", "electric"),
			Map.entry("equip", "equipment"), Map.entry("fin", "financial"), Map.entry("govt", "government"),
			Map.entry("hosp", "hospital"), Map.entry("ins", "insurance"), Map.entry("mktg", "marketing"),
			Map.entry("prods", "products"), Map.entry("props", "properties"), Map.entry("solns", "solutions"),
			Map.entry("tech", "technology"), Map.entry("techs", "technology"), Map.entry("technologies", "technology"),
			Map.entry("transp", "transportation"), Map.entry("whse", "warehouse"), Map.entry("st", "saint"),
			Map.entry("mt", "mount"), Map.entry("ft", "fort")));

	/**
	 * Words that many unrelated companies share: they describe a trade or a place rather than tell one company from
	 * another, so they make no blocking key of their own (a name made only of them keys on all its words).
	 */
	private static final Set<String> GENERIC = skeletons("engineering", "manufacturing", "international", "national",
			"associates", "association", "services", "systems", "management", "development", "distribution", "group",
			"holdings", "industries", "laboratories", "medical", "pharmaceuticals", "center", "communications", "construction",
			"electric", "equipment", "financial", "insurance", "marketing", "products", "properties", "solutions", "technology",
			"transportation", "consulting", "consultants", "health", "healthcare", "dental", "clinic", "software", "logistics",
			"energy", "capital", "partners", "enterprises", "global", "design", "media", "digital", "networks", "foods",
			"supply", "trading", "transport", "resources", "realty", "legal", "law", "care", "agency", "studio", "studios",
			"canada", "canadian", "american", "north", "south", "east", "west", "first", "united", "new", "atlantic", "pacific",
			"safety", "quality", "security", "environmental", "analytics", "data", "cloud", "labs", "works", "shop", "store");

	private static final Pattern DOTTED_INITIALS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{L}\\s?\\.\\s?){2,}");
	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** Words longer than this key on their first and last few letters instead of every deletion (this long: both). */
	public static final int LONGEST_DELETED_WORD = 12;
	public static final int AFFIX = 6;
	/** Deletions of words shorter than this would match too much ("acme" minus a letter is "ace"). */
	public static final int SHORTEST_DELETED_WORD = 4;

	/** Names of at least this Jaro-Winkler similarity resemble each other. */
	public static final double SIMILAR = 0.93;
	/** One edit (a letter changed, added, dropped or two swapped) between names at least this long resembles. */
	public static final int SHORTEST_FOR_ONE_EDIT = 5;

	private CompanyNames() {
	}

	/** The words of a company name that spelling cannot change (see the class). */
	public static List<String> words(String name) {
		if (name == null || name.isBlank()) {
			return List.of();
		}
		String text = foldSpelling(name);
		text = joinDottedInitials(text).replace("&", " and ").replace("+", " and ");
		List<String> words = new ArrayList<>(Arrays.asList(NOT_A_WORD.matcher(text).replaceAll(" ").trim().split(" ")));
		words.removeIf(word -> word.isEmpty() || word.equals(CONNECTOR));
		if (words.size() > 1 && words.getFirst().equals(LEADING_ARTICLE)) {
			words.removeFirst();
		}
		words.replaceAll(word -> ABBREVIATIONS.getOrDefault(word, word));
		while (words.size() > 1 && LEGAL_FORMS.contains(words.getLast())) {
			words.removeLast();
		}
		return List.copyOf(words);
	}

	/** The name's words with single spaces: what candidates are compared on. */
	public static String normalized(String name) {
		return String.join(" ", words(name));
	}

	/** The words run together: the exact key, so "Kelp Works" and "KelpWorks" are one company. */
	public static String compact(List<String> words) {
		// NFKC again: run together, two words can compose (Hangul jamo into a syllable)
		return Normalizer.normalize(String.join("", words), Normalizer.Form.NFKC);
	}

	/**
	 * NFKC, lower case, the TR39 skeleton, no accents, no apostrophes. A letter of another script is taken by its
	 * skeleton in its own case first (a Greek capital "Μ" is a Latin "M"; its small letter "μ" looks like no Latin
	 * letter), a Latin one is lower-cased first (a capital "I" is an "i", not the "l" it resembles). Repeated until
	 * nothing changes, so that folding a folded name keeps it.
	 */
	private static String foldSpelling(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		for (int round = 0; round < 4; round++) {
			StringBuilder lower = new StringBuilder(folded.length());
			folded.codePoints().forEach(c -> {
				Character.UnicodeScript script = Character.UnicodeScript.of(c);
				if (script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON) {
					lower.appendCodePoint(Character.toLowerCase(c));
				}
				else {
					lower.append(SPOOF.getSkeleton(new String(Character.toChars(c))).toLowerCase(Locale.ROOT));
				}
			});
			String next = Normalizer.normalize(skeleton(lower.toString()), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			next = Normalizer.normalize(next, Normalizer.Form.NFKC);
			if (next.equals(folded)) {
				break;
			}
			folded = next;
		}
		return folded.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
				.replace("đ", "d").replace("ð", "d").replace("þ", "th").replaceAll("['’`´]", "");
	}

	private static String joinDottedInitials(String text) {
		Matcher initials = DOTTED_INITIALS.matcher(text);
		StringBuilder joined = new StringBuilder();
		while (initials.find()) {
			initials.appendReplacement(joined, initials.group().replaceAll("[.\\s]", "") + " ");
		}
		return initials.appendTail(joined).toString();
	}

	/** The words that tell the company apart: all but the generic ones, or all when that leaves no real word. */
	public static List<String> distinctive(List<String> words) {
		List<String> telling = words.stream().filter(word -> !GENERIC.contains(word)).toList();
		return telling.stream().anyMatch(word -> word.length() >= SHORTEST_DELETED_WORD) ? telling : words;
	}

	/** The blocking keys a registered name is stored under. */
	public static Set<String> storedKeys(List<String> words) {
		return keys(words, List.of(0));
	}

	/**
	 * The blocking keys to look a new name up by: its own, at the name's length and up to two letters either side (one
	 * typo adds or drops a letter, and two when it makes or breaks the "rn" read as "m").
	 */
	public static Set<String> lookupKeys(List<String> words) {
		return keys(words, List.of(-2, -1, 0, 1, 2));
	}

	private static Set<String> keys(List<String> words, List<Integer> lengthOffsets) {
		Set<String> keys = new LinkedHashSet<>();
		if (words.isEmpty()) {
			return keys;
		}
		List<String> telling = distinctive(words);
		keys.add("c:" + telling.stream().sorted().collect(Collectors.joining(" ")));
		int length = compact(words).length();
		for (String word : new LinkedHashSet<>(words)) {
			String others = initialsOfTheOthers(words, word);
			for (String variant : variants(word)) {
				for (int offset : lengthOffsets) {
					keys.add("d:" + variant + "|" + others + "|" + (length + offset));
				}
			}
		}
		return keys;
	}

	/**
	 * The first letters of the name's other words, sorted: a typo in one word leaves the others as they were, so its
	 * keys still meet, and a common word ("maple", "health") keys apart in every name it is part of.
	 */
	private static String initialsOfTheOthers(List<String> words, String word) {
		List<String> others = new ArrayList<>(words);
		others.remove(word);
		return others.stream().map(other -> other.substring(0, 1)).sorted().collect(Collectors.joining());
	}

	/**
	 * A word and every deletion of one letter of it: two words one edit apart always share one (a changed letter
	 * deleted from both, an added one from the longer, two swapped letters either one from both). A long word keys on
	 * its first and last letters instead: one edit leaves one of them as it was.
	 */
	public static Set<String> variants(String word) {
		Set<String> variants = new LinkedHashSet<>(variantsAsFolded(word));
		if (word.indexOf('m') >= 0) {
			// a typo can make or break the "rn" an "m" stands for ("inverness" is "invemess", "inverxness" is not)
			variants.addAll(variantsAsFolded(unfold(word)));
		}
		return variants;
	}

	private static Set<String> variantsAsFolded(String word) {
		Set<String> variants = new LinkedHashSet<>();
		if (word.length() >= LONGEST_DELETED_WORD) {
			// a word one letter shorter still keys on its deletions: the longest of those also key on their ends
			variants.add("<" + word.substring(0, AFFIX));
			variants.add(">" + word.substring(word.length() - AFFIX));
		}
		if (word.length() > LONGEST_DELETED_WORD) {
			return variants;
		}
		variants.add(word);
		if (word.length() >= SHORTEST_DELETED_WORD) {
			for (int i = 0; i < word.length(); i++) {
				variants.add(word.substring(0, i) + word.substring(i + 1));
			}
		}
		return variants;
	}

	/** The word with each "m" written "rn" again. */
	private static String unfold(String word) {
		return word.replace("m", "rn");
	}

	/**
	 * Whether two names, as words, resemble each other closely enough for a reviewer to look: one is the other with
	 * generic words added ("Maple Ridge Logistics Services"); or they are one edit apart as a whole or with the words in
	 * another order; or each word is at most one edit from its counterpart; or of a Jaro-Winkler similarity of at least
	 * {@link #SIMILAR} either way. Each also with every "m" written "rn", so that a typo that made or broke one does not
	 * count twice.
	 */
	public static boolean resemble(List<String> a, List<String> b) {
		return new Compared(a).resembles(new Compared(b));
	}

	/** A name prepared once for comparing with many: its words, run together, sorted, and with "m" written "rn". */
	public static final class Compared {

		private final List<String> words;
		private final Written asWritten;
		private final Written unfolded;

		public Compared(List<String> words) {
			this.words = words;
			this.asWritten = new Written(words);
			this.unfolded = words.stream().anyMatch(word -> word.indexOf('m') >= 0)
					? new Written(words.stream().map(CompanyNames::unfold).toList()) : asWritten;
		}

		public boolean resembles(Compared other) {
			if (words.isEmpty() || other.words.isEmpty()) {
				return false;
			}
			return onlyGenericWordsApart(words, other.words) || asWritten.resembles(other.asWritten)
					|| (unfolded != asWritten || other.unfolded != other.asWritten) && unfolded.resembles(other.unfolded);
		}
	}

	/** One way of writing a name's words, run together as they stand and in sorted order. */
	private static final class Written {

		private final List<String> words;
		private final List<String> sortedWords;
		private final String compact;
		private final String sorted;

		Written(List<String> words) {
			this.words = words;
			this.sortedWords = words.stream().sorted().toList();
			this.compact = String.join("", words);
			this.sorted = String.join("", sortedWords);
		}

		boolean resembles(Written other) {
			boolean longEnough = Math.min(compact.length(), other.compact.length()) >= SHORTEST_FOR_ONE_EDIT;
			if (longEnough && (withinOneEdit(compact, other.compact) || withinOneEdit(sorted, other.sorted))) {
				return true;
			}
			if (eachWordWithinOneEdit(words, other.words) || eachWordWithinOneEdit(sortedWords, other.sortedWords)) {
				return true;
			}
			return jaroWinkler(compact, other.compact) >= SIMILAR || jaroWinkler(sorted, other.sorted) >= SIMILAR;
		}
	}

	/**
	 * Word by word, a typo at most in each ("Dorcbester Dsmond" for "Dorchester Desmond"), the words that differ long
	 * enough for a typo to be told from another word.
	 */
	public static boolean eachWordWithinOneEdit(List<String> a, List<String> b) {
		if (a.size() != b.size() || a.size() < 2) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			String x = a.get(i);
			String y = b.get(i);
			if (!x.equals(y) && (Math.min(x.length(), y.length()) < SHORTEST_FOR_ONE_EDIT - 1 || !withinOneEdit(x, y))) {
				return false;
			}
		}
		return true;
	}

	/** Whether the words of one name are those of the other with generic words added, and a telling word is left. */
	public static boolean onlyGenericWordsApart(List<String> a, List<String> b) {
		List<String> shorter = a.size() <= b.size() ? a : b;
		List<String> longer = shorter == a ? b : a;
		List<String> rest = new ArrayList<>(longer);
		for (String word : shorter) {
			if (!rest.remove(word)) {
				return false;
			}
		}
		return !rest.isEmpty() && rest.stream().allMatch(GENERIC::contains) && shorter.stream().anyMatch(w -> !GENERIC.contains(w));
	}

	/** Optimal string alignment distance of at most one: one letter changed, added or dropped, or two neighbours swapped. */
	public static boolean withinOneEdit(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int start = 0;
		while (start < Math.min(a.length(), b.length()) && a.charAt(start) == b.charAt(start)) {
			start++;
		}
		if (a.length() != b.length()) {
			String longer = a.length() > b.length() ? a : b;
			String shorter = longer == a ? b : a;
			return longer.substring(start + 1).equals(shorter.substring(start));
		}
		if (a.substring(start + 1).equals(b.substring(start + 1))) {
			return true;
		}
		return start + 1 < a.length() && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start)
				&& a.substring(start + 2).equals(b.substring(start + 2));
	}

	/** Jaro-Winkler similarity, 1.0 for equal strings. */
	public static double jaroWinkler(String a, String b) {
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

	/** The TR39 skeleton in lower case, with "rn" read as the "m" it stands for. */
	private static String skeleton(String text) {
		return SPOOF.getSkeleton(text).toLowerCase(Locale.ROOT).replace("rn", "m");
	}

	private static Set<String> skeletons(String... words) {
		return Arrays.stream(words).map(CompanyNames::skeleton).collect(Collectors.toUnmodifiableSet());
	}

	private static Map<String, String> skeletonMap(Map<String, String> plain) {
		return plain.entrySet().stream().collect(Collectors.toUnmodifiableMap(e -> skeleton(e.getKey()),
				e -> skeleton(e.getValue()), (x, y) -> x));
	}
}
