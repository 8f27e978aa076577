package org.concord.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.concord.ConcordIntegrationTest;
import org.concord.MutableClock;
import org.concord.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The audit log reads by cursor, newest first, one action's or all, and its pages link on with the filter kept. */
@ConcordIntegrationTest
class AuditLogListTests {

	private static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");

	@Autowired
	AuditLog audit;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@Test
	void anActionsEntriesAreReadNewestFirstEachOnceAndThePageLinksOnWithTheFilter() throws Exception {
		String action = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		for (int i = 0; i < 27; i++) {
			audit.record(action, "subject %02d".formatted(i), "detail");
			clock.advance(Duration.ofSeconds(1));
		}
		List<String> read = new ArrayList<>();
		String cursor = null;
		do {
			String from = cursor;
			var page = accounts.as("admin", () -> audit.list(action, from, null, 10));
			page.content().forEach(e -> read.add(e.subject()));
			cursor = page.next();
		} while (cursor != null);
		assertThat(read).hasSize(27).first().isEqualTo("subject 26");
		assertThat(read).isSortedAccordingTo(Comparator.reverseOrder());

		WebSession admin = WebSession.loggedIn(mvc, "admin");
		String first = admin.perform(get("/admin/audit").param("action", action)).getResponse().getContentAsString();
		assertThat(first).contains("subject 26", "27 entries").doesNotContain("subject 01");
		Matcher next = NEXT.matcher(first);
		assertThat(next.find()).isTrue();
		String link = HtmlUtils.htmlUnescape(next.group(1));
		assertThat(link).contains("cursor=", "action=" + action);
		String second = admin.perform(get(link)).getResponse().getContentAsString();
		assertThat(second).contains("subject 01").doesNotContain("subject 26");
	}
}
