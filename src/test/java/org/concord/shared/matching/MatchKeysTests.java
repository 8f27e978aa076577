package org.concord.shared.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

class MatchKeysTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Acme Inc.|acme", "ACME, Ltd|acme", "The Acme Company|acme", "acme llc|acme",
			"Acme GmbH|acme", "Ácmé Corp.|acme", "Smith & Sons Ltd.|smithsons", "  Blue-Sky   Systems  Inc |blueskysystems",
			"Blue Sky Systems|blueskysystems", "The|the", "Limited|limited" })
	void namesAreKeyedOnTheirWordsRunTogether(String name, String key) {
		assertThat(MatchKeys.companyName(name)).isEqualTo(key);
	}

	@Test
	void freeMailAndSharedHostingDomainsDoNotCount() {
		assertThat(MatchKeys.domainOfEmail("jane@gmail.com")).isEmpty();
		assertThat(MatchKeys.domainOfEmail("jane@Hotmail.com")).isEmpty();
		assertThat(MatchKeys.domainOfEmail("jane@acme.example")).contains("acme.example");
		assertThat(MatchKeys.domainOfWebsite("https://www.Acme.example/about?x=1")).contains("acme.example");
		assertThat(MatchKeys.domainOfWebsite("gmail.com")).isEmpty();
		assertThat(MatchKeys.domainOfWebsite("https://sites.google.com/view/acme")).as("anyone's page").isEmpty();
		assertThat(MatchKeys.domainOfWebsite("www.facebook.com/acmeroofing")).isEmpty();
	}

	@Test
	void hostsAndMailDomainsComeDownToTheirRegistrableDomain() {
		assertThat(MatchKeys.domainOfWebsite("shop.kelpie.ca")).contains("kelpie.ca");
		assertThat(MatchKeys.domainOfWebsite("https://www.kelpie.ca/en/")).contains("kelpie.ca");
		assertThat(MatchKeys.domainOfEmail("ann@mail.eu.kelpie.ca")).contains("kelpie.ca");
		assertThat(MatchKeys.domainOfWebsite("www.acme.co.uk")).contains("acme.co.uk");
		assertThat(MatchKeys.domainOfWebsite("acme.myshopify.com")).as("a platform the list names: the shop's own")
				.contains("acme.myshopify.com");
		assertThat(MatchKeys.domainOfWebsite("not a website")).isEmpty();
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
				.as("a free-mail address flags, it does not block").containsExactly(MatchKeys.Kind.NAME, MatchKeys.Kind.DOMAIN);
		assertThat(MatchKeys.sharedMailbox("Jane@Gmail.com")).contains("e:jane@gmail.com");
		assertThat(MatchKeys.sharedMailbox("jane@acme.example")).isEmpty();
		assertThat(MatchKeys.of("Acme Inc", "www.acme.example", "jane@sales.acme.example", null))
				.filteredOn(k -> k.kind() == MatchKeys.Kind.DOMAIN).as("one domain key for both").hasSize(1);
	}

	@Test
	void wordsRunTogetherAreKeyedAgainSoALookalikeTheyMakeIsCaught() {
		assertThat(MatchKeys.companyName("R-N Safety")).as("\"rn\" reads as \"m\"").isEqualTo(MatchKeys.companyName("M Safety"))
				.isEqualTo(MatchKeys.companyName("RN Safety"));
	}

	@Property
	void keyingTwiceChangesNothing(@ForAll @StringLength(max = 40) String name) {
		String once = MatchKeys.companyName(name);
		assertThat(MatchKeys.companyName(once)).isEqualTo(once);
	}

	@Property
	void caseAndLegalSuffixesDoNotMatter(@ForAll @AlphaChars @StringLength(min = 3, max = 20) String word) {
		Assume.that(!word.equalsIgnoreCase("the"));
		String key = MatchKeys.companyName(word + " Systems");
		assertThat(MatchKeys.companyName(word.toUpperCase() + " SYSTEMS, INC.")).isEqualTo(key);
		assertThat(MatchKeys.companyName("The " + word + " systems ltd")).isEqualTo(key);
	}
}
