package org.concord.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Demo accounts share a published password: they load only where nobody's real program can be. */
class DemoDataTests {

	private static final String H2 = "jdbc:h2:file:./data/concord";
	private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/concord";

	@Test
	void theFirstStartOfTheEmbeddedDefaultLoadsTheDemo() {
		assertThat(DemoData.wanted(Set.of(), H2, "first-start", false, false)).isTrue();
		assertThat(DemoData.wanted(Set.of(), H2, "first-start", false, true)).as("people already there").isFalse();
		assertThat(DemoData.wanted(Set.of(), H2, "first-start", true, true)).as("loaded already").isFalse();
	}

	@Test
	void aPostgreSqlDatabaseGetsTheDemoOnlyWhenTheDemoProfileIsNamed() {
		assertThat(DemoData.wanted(Set.of(), POSTGRES, "first-start", false, false)).isFalse();
		assertThat(DemoData.wanted(Set.of("postgres"), POSTGRES, "first-start", false, false)).isFalse();
		assertThat(DemoData.wanted(Set.of("postgres", "demo"), POSTGRES, "first-start", false, false)).isTrue();
		assertThat(DemoData.wanted(Set.of("demo"), POSTGRES, "first-start", false, true)).as("beside other data").isTrue();
	}

	@Test
	void productionNeverLoadsTheDemo() {
		assertThat(DemoData.wanted(Set.of("prod"), H2, "first-start", false, false)).isFalse();
		assertThat(DemoData.wanted(Set.of("prod", "demo"), POSTGRES, "first-start", false, false)).isFalse();
		assertThat(DemoData.wanted(Set.of("demo"), POSTGRES, "never", false, false)).isFalse();
	}
}
