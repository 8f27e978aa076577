package org.concord.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.concord.ConcordIntegrationTest;
import org.concord.Inboxes;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.concord.identity.TestAccounts;
import org.concord.identity.TestAccounts.FreshPartner;
import org.concord.partners.PartnerAccounts;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Messages room: conversations between a partner's people and the vendor, told to the other side, unread per
 * person, found by their words, never seen by another partner, and never running script another person typed.
 */
@ConcordIntegrationTest
class MessagesTests {

	@Autowired
	Messages messages;

	@Autowired
	PartnerAccounts partnerAccounts;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Test
	void aPartnerAndItsAccountManagerTalkEachToldOfTheOthersMessagesAndNoOtherPartnerSeesIt() {
		FreshPartner partner = accounts.freshPartner();
		accounts.as("channel", () -> partnerAccounts.lookAfter(partner.id()));
		String word = "w" + UUID.randomUUID().toString().substring(0, 8);
		ThreadView thread = accounts.as(partner.rep(), () -> messages.start(new NewThread(null, "Pricing for a hospital",
				"Can we quote the " + word + " bundle?")));
		UUID channel = accounts.idOf("channel");
		Inboxes.await(() -> Inboxes.count(jdbc, channel, "started a conversation: Pricing for a hospital") == 1);

		((MutableClock) clock).advance(Duration.ofSeconds(1));
		accounts.as("channel", () -> messages.reply(thread.id(), "Yes: **10% off** for three years."));
		UUID rep = accounts.idOf(partner.rep());
		Inboxes.await(() -> Inboxes.count(jdbc, rep, "Casey Channel wrote in Pricing for a hospital") == 1);
		assertThat(accounts.as(partner.rep(), () -> messages.threads(null, 0, 10)).content()).singleElement()
				.satisfies(t -> assertThat(t.unread()).isEqualTo(1)).satisfies(t -> assertThat(t.messages()).isEqualTo(2));
		Conversation read = accounts.as(partner.rep(), () -> messages.read(thread.id(), null));
		assertThat(read.messages().content()).extracting(MessageView::bodyHtml).last().asString().contains("<strong>10% off</strong>");
		assertThat(accounts.as(partner.rep(), () -> messages.threads(null, 0, 10)).content().get(0).unread()).isZero();
		assertThat(accounts.as(partner.admin(), () -> messages.threads(null, 0, 10)).content().get(0).unread()).isEqualTo(2);

		assertThat(accounts.as("channel", () -> messages.threads(word, 0, 10)).content()).extracting(ThreadView::id)
				.containsExactly(thread.id());
		assertThat(accounts.as(partner.rep(), () -> messages.threads(word.toUpperCase(), 0, 10)).content()).hasSize(1);
		assertThat(accounts.as(partner.rep(), () -> messages.threads("nothing-like-this", 0, 10)).content()).isEmpty();

		FreshPartner other = accounts.freshPartner();
		assertThat(accounts.as(other.rep(), () -> messages.threads(word, 0, 10)).content()).isEmpty();
		assertThatThrownBy(() -> accounts.as(other.rep(), () -> messages.read(thread.id(), null))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> accounts.as(other.rep(), () -> messages.reply(thread.id(), "Me too"))).isInstanceOf(NotFoundException.class);
	}

	@Test
	void eachRefusalNamesItsFieldAndNothingTypedRunsScript() throws Exception {
		FreshPartner partner = accounts.freshPartner();
		assertField(() -> accounts.as(partner.rep(), () -> messages.start(new NewThread(null, " ", "Hi"))), "topic");
		assertField(() -> accounts.as(partner.rep(), () -> messages.start(new NewThread(null, "Hi", ""))), "body");
		assertField(() -> accounts.as("channel", () -> messages.start(new NewThread(null, "Hi", "There"))), "partnerId");
		assertField(() -> accounts.as("channel", () -> messages.start(new NewThread(UUID.randomUUID().toString(), "Hi", "There"))),
				"partnerId");

		WebSession rep = WebSession.loggedIn(mvc, partner.rep());
		String refused = rep.perform(post("/messages/new").with(csrf()).param("topic", "").param("body", "Keep this text"))
				.getResponse().getContentAsString();
		assertThat(refused).contains("Give the conversation a topic").contains("Keep this text");
		var started = rep.perform(post("/messages/new").with(csrf()).param("topic", "Hello")
				.param("body", "<script>alert('x')</script><img src=x onerror=alert(1)> [click](javascript:alert(1))"));
		String path = started.getResponse().getRedirectedUrl();
		assertThat(path).startsWith("/messages/");
		String page = rep.perform(get(path)).getResponse().getContentAsString();
		assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("href=\"javascript");

		WebSession channel = WebSession.loggedIn(mvc, "channel");
		((MutableClock) clock).advance(Duration.ofSeconds(1));
		channel.perform(post(path).with(csrf()).param("body", "We are on it."));
		assertThat(rep.perform(get("/messages")).getResponse().getContentAsString()).contains("1 new");
		String token = accounts.apiToken(partner.admin());
		String api = mvc.perform(get("/api/v1/message-threads/" + path.substring("/messages/".length()))
				.header("Authorization", "Bearer " + token)).andReturn().getResponse().getContentAsString();
		assertThat(api).contains("We are on it.").contains("\"vendorSide\":true");
		var answered = mvc.perform(post("/api/v1/message-threads/" + path.substring("/messages/".length()) + "/messages")
				.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Thanks\"}"))
				.andReturn().getResponse();
		assertThat(answered.getStatus()).isEqualTo(201);
	}

	private void assertField(Runnable action, String field) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo(field));
	}
}
