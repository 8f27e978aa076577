package org.concord;

import org.springframework.test.context.ActiveProfilesResolver;

/** {@code test}, {@code demo} (its data is the fixture) and {@code test-h2} or {@code test-postgres}, from the system property Maven sets. */
public class TestDatabaseProfiles implements ActiveProfilesResolver {

	public static String database() {
		return System.getProperty("concord.test.database", "h2");
	}

	@Override
	public String[] resolve(Class<?> testClass) {
		return new String[] { "test", "demo", "test-" + database() };
	}
}
