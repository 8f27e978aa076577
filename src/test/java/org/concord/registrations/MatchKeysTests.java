package org.concord.registrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

class MatchKeysTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Acme Inc.|acme", "ACME, Ltd|acme", "The Acme Company|acme", "acme llc|acme",
			"Acme GmbH|acme", "Ácmé Corp.|acme", "Smith & Sons Ltd.|smith and sons", "  Blue-Sky   Systems  Inc |blue sky systems",
			"The|the", "Limited|limited" })
	void namesAreNormalized(String name, String key) {
		assertThat(MatchKeys.companyName(name)).isEqualTo(key);
	}

	@Test
	void freeMailDomainsDoNotCount() {
		assertThat(MatchKeys.domainOfEmail("jane@gmail.com")).isEmpty();
		assertThat(MatchKeys.domainOfEmail("jane@Hotmail.com")).isEmpty();
		assertThat(MatchKeys.domainOfEmail("jane@acme.example")).contains("acme.example");
		assertThat(MatchKeys.domainOfWebsite("https://www.Acme.example/about?x=1")).contains("acme.example");
		assertThat(MatchKeys.domainOfWebsite("gmail.com")).isEmpty();
	}

	@Test
	void phonesCompareByTheirDigits() {
		assertThat(MatchKeys.phone("+1 (902) 555-0100")).isEqualTo("9025550100");
		assertThat(MatchKeys.phone("902.555.0100")).isEqualTo("9025550100");
	}

	@Test
	void keysCoverNameDomainEmailAndPhone() {
		List<MatchKeys.Key> keys = MatchKeys.of("Acme Inc", "acme.example", "Jane@Acme.example", "902 555 0100");
		assertThat(keys).containsExactly(new MatchKeys.Key(MatchKeys.Kind.NAME, "acme"),
				new MatchKeys.Key(MatchKeys.Kind.DOMAIN, "acme.example"),
				new MatchKeys.Key(MatchKeys.Kind.EMAIL, "jane@acme.example"),
				new MatchKeys.Key(MatchKeys.Kind.PHONE, "9025550100"));
		assertThat(MatchKeys.of("Acme Inc", "acme.example", "jane@gmail.com", "12")).extracting(MatchKeys.Key::kind)
				.containsExactly(MatchKeys.Kind.NAME, MatchKeys.Kind.DOMAIN, MatchKeys.Kind.EMAIL);
	}

	@Test
	void closeNamesAreSimilarAndDifferentOnesAreNot() {
		assertThat(MatchKeys.similarity("northwind safety consulting", "northwind safety consultants"))
				.isGreaterThanOrEqualTo(MatchKeys.FUZZY_THRESHOLD);
		assertThat(MatchKeys.similarity("harbour compliance", "harbor compliance")).isGreaterThanOrEqualTo(MatchKeys.FUZZY_THRESHOLD);
		assertThat(MatchKeys.similarity("acme", "apex systems")).isLessThan(MatchKeys.FUZZY_THRESHOLD);
		assertThat(MatchKeys.similarity("maple integrators", "summit quality")).isLessThan(MatchKeys.FUZZY_THRESHOLD);
	}

	@Property
	void normalizingTwiceChangesNothing(@ForAll @StringLength(max = 40) String name) {
		String once = MatchKeys.companyName(name);
		assertThat(MatchKeys.companyName(once)).isEqualTo(once);
	}

	@Property
	void caseAndLegalSuffixesDoNotMatter(@ForAll @AlphaChars @StringLength(min = 3, max = 20) String word) {
		String key = MatchKeys.companyName(word + " Systems");
		assertThat(MatchKeys.companyName(word.toUpperCase() + " SYSTEMS, INC.")).isEqualTo(key);
		assertThat(MatchKeys.companyName("The " + word + " systems ltd")).isEqualTo(key);
	}

	@Property(tries = 2000)
	void namesCloseEnoughToMatchAreWithinTheLengthWindowTheLookupUses(
			@ForAll @AlphaChars @StringLength(min = 3, max = 30) String a, @ForAll @AlphaChars @StringLength(min = 1, max = 30) String suffix) {
		String x = a.toLowerCase();
		String y = (a + suffix).toLowerCase();
		if (MatchKeys.similarity(x, y) >= MatchKeys.FUZZY_THRESHOLD) {
			assertThat((double) Math.min(x.length(), y.length()) / Math.max(x.length(), y.length()))
					.isGreaterThanOrEqualTo(MatchKeys.MIN_LENGTH_RATIO);
		}
	}

	@Property(tries = 3000)
	void theCheapBoundNeverSkipsATrueMatch(@ForAll @AlphaChars @StringLength(min = 1, max = 25) String a,
			@ForAll @AlphaChars @StringLength(min = 0, max = 3) String edit, @ForAll @AlphaChars @StringLength(min = 1, max = 25) String other) {
		String x = a.toLowerCase();
		for (String y : java.util.List.of((a + edit).toLowerCase(), (edit + a).toLowerCase(), other.toLowerCase())) {
			if (MatchKeys.similarity(x, y) >= MatchKeys.FUZZY_THRESHOLD) {
				assertThat(MatchKeys.couldResemble(x, y)).as(x + " ~ " + y).isTrue();
			}
		}
	}

	@Test
	void theCheapBoundSkipsNamesThatShareLittle() {
		assertThat(MatchKeys.couldResemble("maple ridge logistics", "maple cedar consulting")).isFalse();
		assertThat(MatchKeys.couldResemble("northwind safety consulting", "northwind safety consultants")).isTrue();
	}
}
