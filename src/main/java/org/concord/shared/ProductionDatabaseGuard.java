package org.concord.shared;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * In production Concord runs on PostgreSQL only. The prod profile stops start-up, before any bean touches
 * a database, when no database URL is set or when it points at H2, and says what to set.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionDatabaseGuard {

	@Bean
	static BeanFactoryPostProcessor productionDatabaseCheck(Environment environment) {
		return beanFactory -> check(environment.getProperty("spring.datasource.url"));
	}

	static void check(String url) {
		if (url == null || url.isBlank()) {
			throw new IllegalStateException("The prod profile needs a PostgreSQL database: set CONCORD_DB_URL "
					+ "(e.g. jdbc:postgresql://db.example.com:5432/concord), CONCORD_DB_USER and CONCORD_DB_PASSWORD.");
		}
		if (url.startsWith("jdbc:h2:")) {
			throw new IllegalStateException("The prod profile does not run on the embedded H2 database: set "
					+ "CONCORD_DB_URL to a PostgreSQL URL (e.g. jdbc:postgresql://db.example.com:5432/concord), "
					+ "with CONCORD_DB_USER and CONCORD_DB_PASSWORD.");
		}
	}
}
