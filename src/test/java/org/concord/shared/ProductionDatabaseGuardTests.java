package org.concord.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.concord.ConcordApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The prod profile refuses to start without a PostgreSQL URL, and says what to set. */
class ProductionDatabaseGuardTests {

	@Test
	void refusesToStartWithoutADatabaseUrl() {
		assertThatThrownBy(() -> start("--spring.datasource.url=")).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("needs a PostgreSQL database").hasMessageContaining("CONCORD_DB_URL");
	}

	@Test
	void refusesToStartOnH2() {
		assertThatThrownBy(() -> start("--spring.datasource.url=jdbc:h2:mem:prod")).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("does not run on the embedded H2").hasMessageContaining("CONCORD_DB_URL");
	}

	private static void start(String datasourceArg) {
		new SpringApplicationBuilder(ConcordApplication.class).profiles("prod")
				.run("--server.port=0", "--spring.main.banner-mode=off", datasourceArg).close();
	}
}
