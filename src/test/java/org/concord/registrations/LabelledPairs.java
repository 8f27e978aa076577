package org.concord.registrations;

import org.concord.shared.matching.CompanyNames;
import org.concord.shared.matching.MatchKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The duplicate check's labelled set: pairs of prospects, the first registered, the second submitted after it, each
 * labelled with what the check should say. Kept in {@code src/test/resources/duplicates/labelled-pairs.csv}; this
 * program wrote it (run {@code main} to write it again: the same seed gives the same set) and
 * {@link DuplicateQualityTests} reads it.
 * <p>
 * Four groups: spellings of one company that should normalize equal (the check must <em>block</em> them);
 * variants of one company that spelling cannot settle, typos and word changes (it must <em>flag or block</em> them);
 * hard negatives, different companies that share words, a free-mail domain or a shared host (it must <em>not
 * block</em> them); and unrelated companies (it should leave them <em>clean</em>). The first seventeen pairs are
 * the issue's own examples and their like, written by hand.
 */
public final class LabelledPairs {

	/** What the check should say of the second prospect of a pair. */
	enum Expect {
		BLOCK, FLAG, NOT_BLOCKED, CLEAN
	}

	record Prospect(String company, String website, String email, String phone) {
	}

	record Pair(String id, String kind, Expect expect, Prospect registered, Prospect submitted) {
	}

	static final Path FILE = Path.of("src/test/resources/duplicates/labelled-pairs.csv");
	private static final String[] HEADER = { "id", "kind", "expect", "company", "website", "email", "phone", "second_company",
			"second_website", "second_email", "second_phone" };

	private static final List<String> DISTINCTIVE = words("""
			liverpool goodyear terex spirent kelpie minor maple birch cedar kestrel osprey halyard northgate brabant iberia
			calloway pemberton ashdown whitfield carrington dunmore fairhaven glenmore hartwell ingram jarvis kingsley
			lockwood mansfield norwood oakhurst prescott quinlan radcliffe sterling thornbury underhill vantage wexford
			yardley zellman abernathy blackwood chatsworth davenport ellington fenwick greyson hollis ivanhoe jennings
			kendrick langley merriman newbury ormsby pritchard ramsey sheffield templeton upton valentine wakefield
			alder briarwood copperfield driftwood emberly foxhall granger holloway inverness juniper kingfisher larkin
			meadowbrook nightingale oberon pendleton quarry rowan saxon tamarack umber verity whitmore yarrow zenith
			acadia beaumont cabot dorchester esterbrook fraser gatineau hudson iona jasper keewatin lunenburg miramichi
			nipigon oromocto petawawa quispamsis restigouche shediac tantramar uxbridge vermilion wolfville yarmouth
			anchorline bluewater coastline deepwell evenkeel fairwind gulfstream highwater ironclad keelson lighthouse
			mainsail northwind offshore portside quayside riptide seaward tidewater upwind wavecrest windward
			arbutus bramble clover dandelion elderberry foxglove goldenrod hawthorn indigo jonquil knotweed lavender
			marigold nettle orchid primrose quince rosemary saffron thistle valerian wisteria
			aldous brennan cormac desmond eamon fergus gideon horatio ignatius julius lysander montague nathaniel
			octavius percival quentin rupert sebastian thaddeus ulysses vaughn winthrop xavier zebulon
			zentora calvix morvane tessaly quorvin brivo daxton elvora frenzo glavin halcor istra jovina kalden
			lumara mervex nolva orrin paxel quenby rostan sevrin talvo ulric vesko wynmar xylo yelva zorin""");

	/**
	 * Made-up brand words ("Zentora", "Calvix"), so that the set's companies share their telling words about as rarely
	 * as real ones do: a few hundred real words alone would make every tenth new company another's namesake.
	 */
	private static final List<String> BRANDS = brands(2500);

	private static final List<String> GENERIC = words("""
			engineering manufacturing construction logistics consulting systems software analytics health medical dental
			services solutions technology group holdings industries laboratories pharmaceuticals properties insurance
			marketing distribution transport energy capital partners enterprises design media digital networks foods
			supply trading resources realty legal management development international national""");

	private static final List<String> TRADES = words("""
			roofing plumbing textiles printing bakery motors marine electrical welding fabrication plastics packaging
			furniture hardware trucking freight aviation brewing landscaping paving coatings metals hospitality""");

	private static final String[][] LEGAL = { { "Inc.", "Inc", "Incorporated" }, { "Ltd.", "Ltd", "Limited" },
			{ "LLC", "L.L.C.", "L. L. C." }, { "GmbH", "G.m.b.H." }, { "S.A.", "SA", "S. A." }, { "B.V.", "BV" },
			{ "Corp.", "Corporation", "Corp" }, { "Co.", "Company" }, { "PLC", "P.L.C." }, { "Pty Ltd", "Pty. Ltd." },
			{ "AG" }, { "N.V.", "NV" }, { "S.R.L.", "SRL" }, { "ULC" } };

	private static final String[][] ABBREVIATED = { { "Manufacturing", "Mfg", "Mfg." }, { "International", "Intl", "Int'l" },
			{ "Services", "Svcs", "Svc" }, { "Brothers", "Bros", "Bros." }, { "Associates", "Assoc", "Assoc." },
			{ "Group", "Grp" }, { "Holdings", "Hldgs" }, { "Technology", "Tech", "Technologies" },
			{ "Laboratories", "Labs", "Lab" }, { "Center", "Ctr", "Centre" }, { "Management", "Mgmt" },
			{ "Engineering", "Eng", "Engg" }, { "Distribution", "Dist" }, { "National", "Natl" },
			{ "Pharmaceuticals", "Pharma" }, { "Communications", "Comms" }, { "Equipment", "Equip" } };

	/** Latin letters and lookalikes from other scripts and fullwidth forms. */
	private static final String[][] LOOKALIKES = { { "a", "а" }, { "e", "е" }, { "o", "о", "ο" }, { "p", "р" }, { "c", "с" },
			{ "x", "х" }, { "y", "у" }, { "i", "і" }, { "s", "ѕ" }, { "A", "А", "Α" }, { "B", "В", "Β" }, { "E", "Е", "Ε" },
			{ "K", "К", "Κ" }, { "M", "М", "Μ" }, { "H", "Н", "Η" }, { "O", "О", "Ο" }, { "P", "Р", "Ρ" }, { "C", "С" },
			{ "T", "Т", "Τ" }, { "X", "Х", "Χ" } };

	private static final String[][] ACCENTED = { { "e", "é", "è", "ë" }, { "a", "á", "à", "ä" }, { "o", "ó", "ö", "ô" },
			{ "u", "ü", "ú" }, { "i", "í", "ï" }, { "n", "ñ" }, { "c", "ç" } };

	private static final String[] FREE_MAIL = { "gmail.com", "outlook.com", "yahoo.ca", "hotmail.com", "icloud.com" };
	private static final String[] SHARED_HOSTS = { "sites.google.com/view/", "www.facebook.com/", "www.linkedin.com/company/" };
	private static final String[] TLD = { "ca", "com", "co.uk", "de", "net", "com.au", "nl", "es" };

	private final Random random = new Random(11);
	private final Set<String> usedNames = new HashSet<>();
	private final Set<String> usedDomains = new HashSet<>();
	private final List<Pair> pairs = new ArrayList<>();
	private int phoneCounter = 100;
	private int mailCounter;

	public static void main(String[] args) throws IOException {
		List<Pair> pairs = new LabelledPairs().generate();
		Files.createDirectories(FILE.getParent());
		try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(FILE, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
			for (Pair pair : pairs) {
				out.printRecord(pair.id(), pair.kind(), pair.expect(), pair.registered().company(), pair.registered().website(),
						pair.registered().email(), pair.registered().phone(), pair.submitted().company(), pair.submitted().website(),
						pair.submitted().email(), pair.submitted().phone());
			}
		}
		System.out.println("Wrote " + pairs.size() + " pairs to " + FILE);
	}

	/** The set as the repository keeps it. */
	static List<Pair> read() {
		try (CSVParser parser = CSVParser.parse(Files.newBufferedReader(FILE, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
			List<Pair> read = new ArrayList<>();
			for (CSVRecord row : parser) {
				read.add(new Pair(row.get("id"), row.get("kind"), Expect.valueOf(row.get("expect")),
						new Prospect(row.get("company"), row.get("website"), row.get("email"), row.get("phone")),
						new Prospect(row.get("second_company"), row.get("second_website"), row.get("second_email"),
								row.get("second_phone"))));
			}
			return read;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<Pair> generate() {
		handWritten();
		for (int i = 0; i < 60; i++) {
			normalizeEqual("case-and-punctuation", name -> withLegalForm(name, this::shout));
			normalizeEqual("ampersand", this::ampersand);
			normalizeEqual("legal-form", this::otherLegalForm);
			normalizeEqual("accents", this::accents);
			normalizeEqual("confusables", this::lookalikes);
			abbreviation();
			normalizeEqual("leading-the", name -> name.startsWith("The ") ? name.substring(4) : "The " + name);
			normalizeEqual("spacing", this::respace);
			sameDomain();
			samePhone();
		}
		for (int i = 0; i < 90; i++) {
			variant("typo-substitution", name -> typo(name, 0));
			variant("typo-insertion", name -> typo(name, 1));
			variant("typo-deletion", name -> typo(name, 2));
			variant("typo-transposition", name -> typo(name, 3));
			variant("typo-in-generic-word", newNameWithGenericWord(), this::typoInGenericWord);
			variant("word-order", this::swapWords);
			variant("generic-word-added-or-dropped", this::addOrDropGenericWord);
			variant("spelling-and-typo", name -> typo(otherLegalForm(abbreviate(name)), random.nextInt(4)));
			variant("two-typos", name -> typo(typo(name, random.nextInt(4)), random.nextInt(4)));
		}
		for (int i = 0; i < 70; i++) {
			hardNegative("shares-first-word", true);
			hardNegative("shares-a-word-other-trade", false);
			sameTradeAndLegalForm();
			freeMailBoth();
			sharedHostBoth();
			samePlaceOtherTrade();
		}
		for (int i = 0; i < 70; i++) {
			namesake();
		}
		unrelated(400);
		return pairs;
	}

	private void handWritten() {
		add("issue", Expect.BLOCK, "Liverpool & Goodyear Engineering GmbH", "Liverpool Goodyear Engineering GmbH");
		add("issue", Expect.BLOCK, "Terex Medical L.L.C.", "Terex Medical LLC");
		add("issue", Expect.FLAG, "Spirent Communications", "Sirent Communications");
		add("issue", Expect.FLAG, "Spirent", "Sirent");
		add("issue", Expect.FLAG, "Minor Health", "Minor realth");
		add("issue", Expect.BLOCK, "Northern Manufacturing Ltd", "Northern Mfg Ltd");
		add("issue", Expect.BLOCK, "Kestrel International", "Kestrel Intl");
		add("issue", Expect.BLOCK, "Acme Roofing", "Асme Roofing");
		add("issue", Expect.BLOCK, "Acme", "Асme");
		pairs.add(new Pair("h" + pairs.size(), "issue", Expect.BLOCK,
				new Prospect("Kelpie Outfitters", "kelpie.ca", "ann@kelpie.ca", "902 555 0101"),
				new Prospect("Kelpie Outdoor Shop", "shop.kelpie.ca", "orders@" + "gmail.com", "506 555 0199")));
		add("issue", Expect.BLOCK, "Brabant Foods B.V.", "Brabant Foods BV");
		add("issue", Expect.BLOCK, "Iberia Textil S.A.", "Iberia Textil SA");
		add("issue", Expect.NOT_BLOCKED, "Maple Ridge Logistics", "Maple Grove Logistics");
		add("issue", Expect.NOT_BLOCKED, "Liverpool Engineering", "Liverpool Dental");
		add("issue", Expect.NOT_BLOCKED, "Halifax Plumbing", "Halifax Electrical");
		add("issue", Expect.CLEAN, "Osprey Marine", "Calloway Bakery");
		add("issue", Expect.CLEAN, "Northgate Printing", "Wexford Roofing");
	}

	private void add(String kind, Expect expect, String registered, String submitted) {
		pairs.add(new Pair("h" + pairs.size(), kind, expect, contact(registered), otherContact(submitted)));
	}

	private void normalizeEqual(String kind, Function<String, String> spell) {
		String name = newName();
		String spelt = spell.apply(name);
		pairs.add(new Pair(kind.substring(0, 2) + pairs.size(), kind, Expect.BLOCK, contact(name), otherContact(spelt)));
	}

	private void variant(String kind, Function<String, String> change) {
		variant(kind, newName(), change);
	}

	private void variant(String kind, String name, Function<String, String> change) {
		String changed = change.apply(name);
		if (MatchKeys.companyName(changed).equals(MatchKeys.companyName(name))) {
			changed = typo(name, 0);
		}
		if (!use(changed)) {
			return;
		}
		pairs.add(new Pair("v" + pairs.size(), kind, Expect.FLAG, contact(name), otherContact(changed)));
	}

	/** The same registrable domain, another host or mail domain, and a name its owner would also use. */
	private void sameDomain() {
		String name = newName();
		Prospect registered = contact(name);
		String domain = registered.website().replaceFirst("^www\\.", "");
		String host = pick("shop.", "en.", "store.", "mail.", "portal.", "www2.") + domain;
		boolean byMail = random.nextBoolean();
		String trade = pick(TRADES);
		String brand = firstWord(name) + " " + capital(trade) + " " + pick("Direct", "Online", "Outlet", "Hub");
		if (!use(brand)) {
			return;
		}
		pairs.add(new Pair("sd" + pairs.size(), "same-registrable-domain", Expect.BLOCK, registered,
				new Prospect(brand, byMail ? "" : "https://" + host + "/" + pick("about", "contact", ""),
						byMail ? pick("sales", "info", "orders") + "@" + host : freeMail(), phone())));
	}

	private void samePhone() {
		String name = newName();
		Prospect registered = contact(name);
		String digits = registered.phone().replaceAll("\\D", "");
		String formatted = switch (random.nextInt(3)) {
			case 0 -> "+1 (" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
			case 1 -> digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6);
			default -> "1-" + digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
		};
		String other = firstWord(name) + " " + capital(pick(TRADES)) + " " + pick("Services", "Supply", "Group");
		if (!use(other)) {
			return;
		}
		pairs.add(new Pair("sp" + pairs.size(), "same-phone", Expect.BLOCK, registered, new Prospect(other, "", freeMail(), formatted)));
	}

	/**
	 * Two companies that share their first word: with another second word and the rest alike ("Maple Ridge Logistics",
	 * "Maple Grove Logistics"), or in another trade ("Kestrel Roofing", "Kestrel Dental").
	 */
	private void hardNegative(String kind, boolean keepFirst) {
		String first = capital(pick(DISTINCTIVE));
		String rest = (random.nextBoolean() ? " " + capital(pick(TRADES)) : " " + capital(pick(GENERIC)))
				+ (random.nextBoolean() ? " " + legal() : "");
		if (keepFirst) {
			String second = pick(DISTINCTIVE);
			negative(kind, first + " " + capital(second) + rest, first + " " + capital(pickOther(DISTINCTIVE, second)) + rest);
		}
		else {
			String trade = pick(TRADES);
			negative(kind, first + " " + capital(trade) + rest, first + " " + capital(pickOther(TRADES, trade)) + " " + legal());
		}
	}

	private void sameTradeAndLegalForm() {
		String trade = capital(pick(TRADES));
		String legal = legal();
		negative("same-trade-and-legal-form", capital(pick(DISTINCTIVE)) + " " + trade + " " + legal,
				capital(pick(DISTINCTIVE)) + " " + trade + " " + legal);
	}

	private void freeMailBoth() {
		String name = newName();
		String other = newName();
		String address = freeMail();
		boolean sameAddress = random.nextBoolean();
		pairs.add(new Pair("n" + pairs.size(), sameAddress ? "free-mail-same-address" : "free-mail-both", Expect.NOT_BLOCKED,
				new Prospect(name, "", address, phone()), new Prospect(other, "", sameAddress ? address : freeMail(), phone())));
	}

	private void sharedHostBoth() {
		String name = newName();
		String other = newName();
		String host = pick(SHARED_HOSTS);
		pairs.add(new Pair("n" + pairs.size(), "shared-host-both", Expect.NOT_BLOCKED,
				new Prospect(name, "https://" + host + slug(name), freeMail(), phone()),
				new Prospect(other, "https://" + host + slug(other), freeMail(), phone())));
	}

	private void samePlaceOtherTrade() {
		String place = capital(pick("halifax", "moncton", "truro", "bedford", "sydney", "fredericton", "kentville", "amherst"));
		String trade = pick(TRADES);
		negative("same-place-other-trade", place + " " + capital(trade) + " " + legal(),
				place + " " + capital(pickOther(TRADES, trade)) + " " + legal());
	}

	private void negative(String kind, String name, String other) {
		if (MatchKeys.companyName(name).equals(MatchKeys.companyName(other)) || !use(name) || !use(other)) {
			return;
		}
		pairs.add(new Pair("n" + pairs.size(), kind, Expect.NOT_BLOCKED, contact(name), contact(other)));
	}

	/** Two companies whose only telling word is the same, in other lines of business ("Northgate Capital", "Northgate Media"). */
	private void namesake() {
		String word = capital(telling());
		String generic = pick(GENERIC);
		negative("namesake-other-line", word + " " + capital(generic) + " " + legal(),
				word + " " + capital(pickOther(GENERIC, generic)));
	}

	/**
	 * Companies unrelated to any the set registers: the second of each pair shares no telling word with the first
	 * prospect of any pair (namesakes are hard negatives, above).
	 */
	private void unrelated(int count) {
		List<String> registered = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			registered.add(newName());
		}
		Set<String> taken = new HashSet<>();
		pairs.forEach(pair -> taken.addAll(CompanyNames.distinctive(CompanyNames.words(pair.registered().company()))));
		registered.forEach(name -> taken.addAll(CompanyNames.distinctive(CompanyNames.words(name))));
		for (String name : registered) {
			String other = newName();
			while (CompanyNames.distinctive(CompanyNames.words(other)).stream().anyMatch(taken::contains)) {
				other = newName();
			}
			pairs.add(new Pair("u" + pairs.size(), "unrelated", Expect.CLEAN, contact(name), contact(other)));
		}
	}

	/** A company no pair has used: one or two telling words, often a trade or a generic word, often a legal form. */
	private String telling() {
		return random.nextBoolean() ? pick(DISTINCTIVE) : pick(BRANDS);
	}

	private String newName() {
		for (int attempt = 0; attempt < 1000; attempt++) {
			StringBuilder name = new StringBuilder(capital(telling()));
			if (random.nextInt(3) > 0) {
				name.append(' ').append(capital(telling()));
			}
			int tail = random.nextInt(4);
			if (tail == 1 || tail == 3) {
				name.append(' ').append(capital(pick(TRADES)));
			}
			if (tail >= 2) {
				name.append(' ').append(capital(pick(GENERIC)));
			}
			if (random.nextInt(3) > 0) {
				name.append(' ').append(legal());
			}
			if (use(name.toString())) {
				return name.toString();
			}
		}
		throw new IllegalStateException("Ran out of names");
	}

	/** Whether the name is new to the set: its normalized form is taken from now on. */
	private boolean use(String name) {
		return usedNames.add(MatchKeys.companyName(name));
	}

	private String legal() {
		return pick(LEGAL[random.nextInt(LEGAL.length)]);
	}

	/** The company's own contact: a website and mail domain no other company of the set has. */
	private Prospect contact(String name) {
		String tld = pick(TLD);
		String domain = slug(name) + "." + tld;
		for (int n = 2; !usedDomains.add(domain); n++) {
			domain = slug(name) + n + "." + tld;
		}
		return new Prospect(name, "www." + domain, person() + "@" + domain, phone());
	}

	/** Another person of the company, reached another way: no domain, e-mail or phone in common. */
	private Prospect otherContact(String name) {
		return new Prospect(name, "", freeMail(), phone());
	}

	private String freeMail() {
		return person() + (++mailCounter) + "@" + pick(FREE_MAIL);
	}

	private String person() {
		return pick("jane", "john", "maria", "david", "sarah", "amir", "li", "chloe", "omar", "grace") + "."
				+ pick("smith", "tremblay", "nguyen", "roy", "singh", "leblanc", "kowalski", "fraser");
	}

	private String phone() {
		phoneCounter++;
		return pick("902", "506", "416", "604", "403") + " 555 " + String.format("%04d", phoneCounter);
	}

	private static String slug(String name) {
		return String.join("-", Arrays.stream(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").trim().split("\\s+"))
				.filter(word -> !LEGAL_SLUGS.contains(word)).limit(3).toList());
	}

	/** Changes the name before its legal form, and keeps the legal form as it was. */
	private String withLegalForm(String name, Function<String, String> change) {
		for (String[] forms : LEGAL) {
			for (String form : forms) {
				if (name.endsWith(" " + form)) {
					return change.apply(name.substring(0, name.length() - form.length() - 1)) + " " + form;
				}
			}
		}
		return change.apply(name);
	}

	private String shout(String name) {
		return switch (random.nextInt(3)) {
			case 0 -> name.toUpperCase(Locale.ROOT);
			case 1 -> name.toLowerCase(Locale.ROOT).replace(" ", ", ") + ".";
			default -> "  " + name.replace(" ", "  -  ") + "!,";
		};
	}

	private String ampersand(String name) {
		String[] words = name.split(" ");
		String joiner = pick(" & ", " and ", " + ", " &", " ");
		return words[0] + joiner + String.join(" ", Arrays.copyOfRange(words, 1, words.length)).trim();
	}

	private String otherLegalForm(String name) {
		for (String[] forms : LEGAL) {
			for (String form : forms) {
				if (name.endsWith(" " + form)) {
					String stem = name.substring(0, name.length() - form.length() - 1);
					return random.nextBoolean() || forms.length == 1 ? stem : stem + " " + pickOther(List.of(forms), form);
				}
			}
		}
		return name + " " + legal();
	}

	private String accents(String name) {
		StringBuilder accented = new StringBuilder(name);
		int changed = 0;
		for (int i = 0; i < accented.length() && changed < 2; i++) {
			for (String[] letters : ACCENTED) {
				if (accented.charAt(i) == letters[0].charAt(0) && random.nextInt(3) == 0) {
					accented.setCharAt(i, letters[1 + random.nextInt(letters.length - 1)].charAt(0));
					changed++;
				}
			}
		}
		return changed == 0 ? name.replaceFirst("e", "é").replaceFirst("a", "à") : accented.toString();
	}

	private String lookalikes(String name) {
		if (random.nextInt(5) == 0) {
			StringBuilder wide = new StringBuilder();
			name.chars().forEach(c -> wide.append(c == ' ' ? ' ' : (char) (c >= '!' && c <= '~' ? c + 0xFEE0 : c)));
			return wide.toString();
		}
		StringBuilder spoofed = new StringBuilder(name);
		int changed = 0;
		for (int attempt = 0; attempt < 40 && changed < 1 + random.nextInt(3); attempt++) {
			int i = random.nextInt(spoofed.length());
			for (String[] letters : LOOKALIKES) {
				if (spoofed.charAt(i) == letters[0].charAt(0)) {
					spoofed.setCharAt(i, letters[1 + random.nextInt(letters.length - 1)].charAt(0));
					changed++;
					break;
				}
			}
		}
		return spoofed.toString();
	}

	/** A name with a word that has a short form, and the same name with another form of it. */
	private void abbreviation() {
		String[] forms = ABBREVIATED[random.nextInt(ABBREVIATED.length)];
		String stem = capital(pick(DISTINCTIVE)) + (random.nextBoolean() ? " " + capital(pick(DISTINCTIVE)) : "");
		String legal = random.nextBoolean() ? " " + legal() : "";
		String name = stem + " " + forms[0] + legal;
		if (!use(name)) {
			return;
		}
		String spelt = stem + " " + forms[1 + random.nextInt(forms.length - 1)] + legal;
		pairs.add(new Pair("ab" + pairs.size(), "abbreviation", Expect.BLOCK, contact(name), otherContact(spelt)));
	}

	/** The name with one of its words in another of its forms, if it has one. */
	private String abbreviate(String name) {
		for (String[] forms : ABBREVIATED) {
			for (String form : forms) {
				if (name.contains(" " + form)) {
					return name.replace(" " + form, " " + pickOther(List.of(forms), form));
				}
			}
		}
		return name;
	}

	private String respace(String name) {
		String[] words = name.split(" ");
		if (words.length < 2 || LEGAL_WORDS.contains(words[1])) {
			return words[0].substring(0, words[0].length() / 2) + " " + words[0].substring(words[0].length() / 2)
					+ name.substring(words[0].length());
		}
		return words[0] + pick("", "-") + words[1] + name.substring(words[0].length() + words[1].length() + 1);
	}

	private static final Set<String> LEGAL_WORDS = new HashSet<>(Arrays.stream(LEGAL).flatMap(Arrays::stream).toList());
	private static final Set<String> LEGAL_SLUGS = new HashSet<>(Arrays.stream(LEGAL).flatMap(Arrays::stream)
			.flatMap(form -> Arrays.stream(form.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").split(" "))).toList());

	/** One typo in a telling word, anywhere in it, its first letters included: 0 changes, 1 adds, 2 drops, 3 swaps. */
	private String typo(String name, int kind) {
		String[] words = name.split(" ");
		List<Integer> telling = new ArrayList<>();
		for (int i = 0; i < words.length; i++) {
			String lower = words[i].toLowerCase(Locale.ROOT);
			if (DISTINCTIVE.contains(lower) || BRANDS.contains(lower)) {
				telling.add(i);
			}
		}
		int which = telling.isEmpty() ? 0 : telling.get(random.nextInt(telling.size()));
		String word = words[which];
		int at = random.nextInt(word.length());
		char letter = (char) ('a' + random.nextInt(26));
		String typed = switch (kind) {
			case 0 -> word.substring(0, at) + (letter == Character.toLowerCase(word.charAt(at)) ? (char) (letter == 'z' ? 'y' : letter + 1)
					: letter) + word.substring(at + 1);
			case 1 -> word.substring(0, at) + letter + word.substring(at);
			case 2 -> word.length() > 4 ? word.substring(0, at) + word.substring(at + 1) : word + letter;
			default -> at + 1 < word.length() && word.charAt(at) != word.charAt(at + 1)
					? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2)
					: word.substring(0, word.length() - 1);
		};
		words[which] = typed;
		return String.join(" ", words);
	}

	/** One typo in a generic word of the name ("Minor realth"). */
	private String typoInGenericWord(String name) {
		String[] words = name.split(" ");
		for (int i = words.length - 1; i > 0; i--) {
			if (GENERIC.contains(words[i].toLowerCase(Locale.ROOT))) {
				int at = random.nextInt(words[i].length());
				char letter = (char) ('a' + random.nextInt(26));
				words[i] = words[i].substring(0, at) + (letter == Character.toLowerCase(words[i].charAt(at)) ? 'q' : letter)
						+ words[i].substring(at + 1);
				break;
			}
		}
		return String.join(" ", words);
	}

	/** A company no pair has used whose name has a generic word ("Minor Health"). */
	private String newNameWithGenericWord() {
		for (int attempt = 0; attempt < 1000; attempt++) {
			String name = capital(telling()) + (random.nextBoolean() ? " " + capital(telling()) : "") + " " + capital(pick(GENERIC))
					+ (random.nextBoolean() ? " " + legal() : "");
			if (use(name)) {
				return name;
			}
		}
		throw new IllegalStateException("Ran out of names");
	}

	private String swapWords(String name) {
		String[] words = name.split(" ");
		if (words.length >= 2 && !LEGAL_SLUGS.contains(words[1].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
			String first = words[0];
			words[0] = words[1];
			words[1] = first;
			return String.join(" ", words);
		}
		return typo(name, 3);
	}

	/** The name without its generic word, or with one more before its legal form. */
	private String addOrDropGenericWord(String name) {
		for (String generic : GENERIC) {
			String word = " " + capital(generic);
			if (name.contains(word + " ") || name.endsWith(word)) {
				return name.replaceFirst(Pattern.quote(word) + "(?= |$)", "");
			}
		}
		return withLegalForm(name, stem -> stem + " " + capital(pick(GENERIC)));
	}

	private static String firstWord(String name) {
		return name.split(" ")[0];
	}

	private String pick(String... values) {
		return values[random.nextInt(values.length)];
	}

	private String pick(List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	private String pickOther(List<String> values, String not) {
		for (int attempt = 0; attempt < 100; attempt++) {
			String value = pick(values);
			if (!value.equalsIgnoreCase(not)) {
				return value;
			}
		}
		throw new IllegalStateException("No other value than " + not);
	}

	private static String capital(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static List<String> words(String text) {
		return List.of(text.trim().split("\\s+"));
	}

	private static List<String> brands(int count) {
		String[] onsets = { "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "cr",
				"dr", "gr", "kr", "pr", "tr", "st", "sk", "pl", "cl", "gl", "fl", "qu", "th", "sh", "ch" };
		String[] vowels = { "a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y" };
		String[] codas = { "", "n", "r", "x", "l", "s", "m", "nd", "rt", "st", "ck", "nt", "rk", "ll", "ss", "v", "z" };
		Random random = new Random(7);
		Set<String> made = new LinkedHashSet<>();
		while (made.size() < count) {
			StringBuilder word = new StringBuilder();
			int syllables = 2 + random.nextInt(2);
			for (int i = 0; i < syllables; i++) {
				word.append(onsets[random.nextInt(onsets.length)]).append(vowels[random.nextInt(vowels.length)]);
			}
			word.append(codas[random.nextInt(codas.length)]);
			String made1 = word.toString();
			if (made1.length() >= 5 && made1.length() <= 11) {
				made.add(made1);
			}
		}
		return List.copyOf(made);
	}
}
