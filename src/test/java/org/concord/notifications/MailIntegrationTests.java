package org.concord.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;

import org.concord.ConcordIntegrationTest;
import org.concord.Mails;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

@ConcordIntegrationTest
class MailIntegrationTests {

	@Autowired
	Mailbox mailbox;

	@Autowired
	OutgoingMailRepository mails;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Test
	void withSmtpMailIsDeliveredAndItsOneTimeLinksNotKeptAtRest() throws Exception {
		mailbox.send(new Mail("no-reply@cubedms.com", "smtp-test@example.org", "Hello", "secret link https://x/reset?token=abc"));

		var received = Mails.awaitLatestTo(greenMail, "smtp-test@example.org");
		assertThat(Mails.text(received)).contains("token=abc");
		assertThat(received.getFrom()[0].toString()).isEqualTo("no-reply@cubedms.com");
		awaitStatus("smtp-test@example.org", "SENT");
		assertThat(jdbc.queryForObject("select body from outgoing_mail where recipient = 'smtp-test@example.org'", String.class))
				.isEqualTo("secret link https://x/reset?token=[removed]");
	}

	@Test
	void withoutSmtpMailIsKeptAndWithSmtpConfiguredTheSentMailPageHidesItsOneTimeLinks() throws Exception {
		// the newest mail, so that it stands on the first page whatever other tests sent at the same moment
		((MutableClock) clock).advance(Duration.ofSeconds(1));
		MailDelivery withoutSmtp = new MailDelivery(mails, new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), clock);
		var id = transactions.execute(tx -> mails.save(new OutgoingMail(
				new Mail("no-reply@lighthousehse.com", "kept@example.org", "Reset your password", "Follow https://l/reset-password?token=kept"),
				clock.instant())).id());

		transactions.executeWithoutResult(tx -> withoutSmtp.on(new MailQueued(id)));

		assertThat(jdbc.queryForObject("select status from outgoing_mail where id = ?", String.class, id)).isEqualTo("KEPT");
		// this application has an SMTP server: a vendor admin reading mail cannot use anyone's one-time link
		String page = WebSession.loggedIn(mvc, "admin").perform(get("/admin/sent-mail?size=100")).getResponse().getContentAsString();
		assertThat(page).contains("kept@example.org").contains("reset-password?token=[removed]").doesNotContain("token=kept")
				.doesNotContain("demo outbox");
	}

	@Test
	void onlyTheEmbeddedDefaultWithoutSmtpIsADemoOutboxThatShowsOneTimeLinks() {
		assertThat(Outbox.isDemo(false, "jdbc:h2:file:./data/concord", false)).isTrue();
		assertThat(Outbox.isDemo(true, "jdbc:h2:file:./data/concord", false)).as("SMTP configured").isFalse();
		assertThat(Outbox.isDemo(false, "jdbc:postgresql://db/concord", false)).as("PostgreSQL").isFalse();
		assertThat(Outbox.isDemo(false, "jdbc:h2:file:./data/concord", true)).as("prod profile").isFalse();
	}

	@Test
	void oneTimeLinksAreRedactedWhereverTheyStand() {
		assertThat(OneTimeLinks.redact("Choose it: https://cube.localhost/invitation?token=inv_abc-DEF_1 (7 days)\nand "
				+ "https://cube.localhost/reset-password?x=1&token=rst_z9"))
				.isEqualTo("Choose it: https://cube.localhost/invitation?token=[removed] (7 days)\nand "
						+ "https://cube.localhost/reset-password?x=1&token=[removed]");
		assertThat(OneTimeLinks.redact("Log in at https://cube.localhost/login")).isEqualTo("Log in at https://cube.localhost/login");
	}

	@Test
	void onlyVendorAdminsReadSentMail() throws Exception {
		assertThat(WebSession.loggedIn(mvc, "channel").perform(get("/admin/sent-mail")).getResponse().getStatus()).isEqualTo(403);
		assertThat(WebSession.loggedIn(mvc, "northwind.admin").perform(get("/admin/sent-mail")).getResponse().getStatus()).isEqualTo(403);
	}

	private void awaitStatus(String recipient, String status) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			String actual = jdbc.queryForObject("select status from outgoing_mail where recipient = ?", String.class, recipient);
			if (status.equals(actual)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Mail to " + recipient + " never reached " + status);
	}
}
