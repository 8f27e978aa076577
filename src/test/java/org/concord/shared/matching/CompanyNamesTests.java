package org.concord.shared.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Company names as the duplicate check reads them (issue 11's examples first), and its blocking keys. */
class CompanyNamesTests {

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', value = {
			"Liverpool & Goodyear Engineering GmbH|Liverpool Goodyear Engineering GmbH",
			"Liverpool + Goodyear Engineering|Liverpool and Goodyear Engineering",
			"Terex Medical L.L.C.|Terex Medical LLC",
			"Terex Medical L. L. C.|Terex Medical",
			"Brabant Foods B.V.|Brabant Foods BV",
			"Iberia Textil S.A.|Iberia Textil",
			"Northern Mfg Ltd|Northern Manufacturing Limited",
			"Kestrel Intl|Kestrel International",
			"Kestrel Int'l|Kestrel International Inc.",
			"Асme Roofing|Acme Roofing",
			"Ａｃｍｅ Ｒｏｏｆｉｎｇ|Acme Roofing",
			"ΑCΜΕ Roofing|ACME ROOFING",
			"Café Mondial|Cafe Mondial",
			"Kelp Works|KelpWorks",
			"The Halyard Group|Halyard Group Inc.",
			"St. Ives Dental Centre|Saint Ives Dental Center",
			"Turner Bros.|Tumer Brothers" })
	void spellingsOfOneCompanyNormalizeEqual(String one, String other) {
		assertThat(MatchKeys.companyName(one)).isEqualTo(MatchKeys.companyName(other)).isNotEmpty();
	}

	@Test
	void aCyrillicLookalikeIsNoLongerStrippedToALetterOrTwo() {
		assertThat(MatchKeys.companyName("Асme")).isEqualTo(MatchKeys.companyName("Acme")).hasSize(4);
	}

	@ParameterizedTest(name = "{0} ~ {1}")
	@CsvSource(delimiter = '|', value = { "Spirent|Sirent", "Minor Health|Minor realth", "Spirent Communications|Sprient Communications",
			"Kestrel Roofing|Kestrel Roofng", "Goodyear Liverpool Engineering|Liverpool Goodyear Engineering",
			"Maple Ridge Logistics|Maple Ridge Logistics Services", "Halyard Marine|Halyard Marine Group" })
	void namesOneTypoOrOneGenericWordApartResembleAndShareABlockingKey(String registered, String submitted) {
		List<String> held = CompanyNames.words(registered);
		List<String> fresh = CompanyNames.words(submitted);
		assertThat(CompanyNames.resemble(fresh, held)).isTrue();
		assertThat(intersect(CompanyNames.lookupKeys(fresh), CompanyNames.storedKeys(held))).isNotEmpty();
	}

	@ParameterizedTest(name = "{0} !~ {1}")
	@CsvSource(delimiter = '|', value = { "Acme Roofing|Apex Plumbing", "Maple Ridge Logistics|Cedar Grove Dental",
			"Harbour Compliance|Summit Quality", "Kestrel Marine|Osprey Marine" })
	void differentCompaniesDoNotResemble(String one, String other) {
		assertThat(CompanyNames.resemble(CompanyNames.words(one), CompanyNames.words(other))).isFalse();
	}

	@Test
	void oneEditMeansOneLetterChangedAddedDroppedOrTwoNeighboursSwapped() {
		assertThat(CompanyNames.withinOneEdit("spirent", "sirent")).isTrue();
		assertThat(CompanyNames.withinOneEdit("spirent", "spirnet")).isTrue();
		assertThat(CompanyNames.withinOneEdit("spirent", "spiremt")).isTrue();
		assertThat(CompanyNames.withinOneEdit("spirent", "spirents")).isTrue();
		assertThat(CompanyNames.withinOneEdit("spirent", "sprinet")).isFalse();
		assertThat(CompanyNames.withinOneEdit("spirent", "spire")).isFalse();
	}

	@Provide
	Arbitrary<List<String>> names() {
		Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(16);
		return word.list().ofMinSize(1).ofMaxSize(3);
	}

	/**
	 * Any one typo anywhere in a name, first letters included, still shares a blocking key and, for names of 5 letters
	 * or more, resembles ("Acme" and "Acne" may well be two companies).
	 */
	@Property(tries = 3000)
	void oneTypoCannotEscapeTheBlockingKeys(@ForAll("names") List<String> words, @ForAll @IntRange(min = 0, max = 2) int which,
			@ForAll @IntRange(min = 0, max = 15) int at, @ForAll @IntRange(min = 0, max = 3) int kind,
			@ForAll @IntRange(min = 'a', max = 'z') int letter) {
		List<String> held = CompanyNames.words(String.join(" ", words));
		Assume.that(held.size() == words.size() && held.equals(words));
		List<String> typed = new ArrayList<>(words);
		int index = which % words.size();
		String word = words.get(index);
		int position = at % word.length();
		char c = (char) letter;
		typed.set(index, switch (kind) {
			case 0 -> word.substring(0, position) + c + word.substring(position + 1);
			case 1 -> word.substring(0, position) + c + word.substring(position);
			case 2 -> word.substring(0, position) + word.substring(position + 1);
			default -> position + 1 < word.length()
					? word.substring(0, position) + word.charAt(position + 1) + word.charAt(position) + word.substring(position + 2)
					: word;
		});
		List<String> fresh = CompanyNames.words(String.join(" ", typed));
		Assume.that(fresh.size() == typed.size() && fresh.equals(typed));
		Assume.that(Math.min(CompanyNames.compact(held).length(), CompanyNames.compact(fresh).length())
				>= CompanyNames.SHORTEST_FOR_ONE_EDIT);
		assertThat(intersect(CompanyNames.lookupKeys(fresh), CompanyNames.storedKeys(held))).as(held + " / " + fresh).isNotEmpty();
		assertThat(CompanyNames.resemble(fresh, held)).as(held + " / " + fresh).isTrue();
	}

	@Property
	void aNameAlwaysFindsItself(@ForAll("names") List<String> words) {
		List<String> held = CompanyNames.words(String.join(" ", words));
		Assume.that(!held.isEmpty());
		assertThat(intersect(CompanyNames.lookupKeys(held), CompanyNames.storedKeys(held))).isNotEmpty();
	}

	private static Set<String> intersect(Set<String> a, Set<String> b) {
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		return both;
	}
}
