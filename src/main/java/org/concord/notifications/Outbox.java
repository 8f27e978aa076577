package org.concord.notifications;

import java.util.Arrays;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether stored mail may be read with its one-time links: only in the demo outbox, the embedded default without
 * an SMTP server, where a newcomer follows their own reset link from the Sent mail page. Anywhere else (an SMTP
 * server configured, a PostgreSQL database, the prod profile) a vendor admin reading mail must not be able to take
 * over someone's account with it.
 */
@Component
class Outbox {

	private final boolean demo;

	Outbox(ObjectProvider<JavaMailSender> smtp, Environment environment) {
		this.demo = isDemo(smtp.getIfAvailable() != null, environment.getProperty("spring.datasource.url", ""),
				Arrays.asList(environment.getActiveProfiles()).contains("prod"));
	}

	static boolean isDemo(boolean smtpConfigured, String databaseUrl, boolean production) {
		return !smtpConfigured && databaseUrl.startsWith("jdbc:h2:") && !production;
	}

	boolean isDemo() {
		return demo;
	}
}
