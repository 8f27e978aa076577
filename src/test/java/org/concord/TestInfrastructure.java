package org.concord;

import java.time.ZoneId;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

	@Bean
	@Primary
	MutableClock testClock(@Value("${concord.calendar.zone}") String zone) {
		return new MutableClock(ZoneId.of(zone));
	}

	/** The SMTP server the application sends to (spring.mail.port in application-test.properties). */
	@Bean(destroyMethod = "stop")
	GreenMail greenMail() {
		GreenMail greenMail = new GreenMail(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		return greenMail;
	}

	/**
	 * The suite registers hundreds of opportunities a day for the demo partners: their daily cap is raised, as a vendor
	 * would for a partner it trusts. Partners the tests create keep the program's cap; the cap's own tests use those.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	ApplicationRunner raiseTheDemoPartnersDailyCap(JdbcTemplate jdbc) {
		return args -> jdbc.update("INSERT INTO partner_submission_cap (partner_id, daily_cap) SELECT id, 100000 FROM partner_company"
				+ " WHERE id NOT IN (SELECT partner_id FROM partner_submission_cap)");
	}

	/** Every run starts from an empty schema, on H2 and PostgreSQL alike. */
	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return (Flyway flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}
}
