package org.concord.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.concord.shared.web.Markdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markdown becomes formatting and safe links; nothing typed becomes script, an event handler or a javascript: link. */
class MarkdownTests {

	private final Markdown markdown = new Markdown();

	@Test
	void formattingListsAndLinksSurvive() {
		String html = markdown.html("**Bold** and *soft*\n\n- one\n- two\n\n[Price list](https://example.org/prices) `code`");
		assertThat(html).contains("<strong>Bold</strong>", "<em>soft</em>", "<li>one</li>", "<code>code</code>")
				.contains("<a href=\"https://example.org/prices\" rel=\"nofollow noopener noreferrer\">Price list</a>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))",
			"<a href=\"javascript:alert(1)\">x</a>", "<svg onload=alert(1)>", "[x](JaVaScRiPt:alert(1))",
			"<iframe src=\"https://evil.example\"></iframe>", "<div style=\"background:url(javascript:alert(1))\">x</div>",
			"[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)" })
	void nothingTypedRunsScript(String attack) {
		String html = markdown.html(attack).toLowerCase();
		assertThat(html).doesNotContain("<script", "<img", "<iframe", "<svg", "<div", "href=\"javascript", "href=\"data")
				.doesNotContainPattern("<[a-z][^>]*\\s(on[a-z]+|style)=");
	}

	@Test
	void blankIsEmpty() {
		assertThat(markdown.html(null)).isEmpty();
		assertThat(markdown.html("  ")).isEmpty();
	}
}
