package org.concord.shared.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Text people write, shown as rich text: Markdown rendered to HTML, raw HTML in it escaped, and the result sanitized
 * to formatting, lists, tables, quotes and code, and links to http(s) and mailto that open no window on our page.
 * Nothing a person types can run script in another's browser. {@code th:utext="${@markdown.html(text)}"}.
 */
@Component("markdown")
public class Markdown {

	private static final Parser PARSER = Parser.builder().build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
			.and(new HtmlPolicyBuilder().allowElements("a", "pre", "code", "hr", "br").allowUrlProtocols("http", "https", "mailto")
					.allowAttributes("href").onElements("a").requireRelsOnLinks("nofollow", "noopener", "noreferrer")
					.toFactory());

	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}
}
