package org.concord.partners;

import java.time.Instant;
import java.util.List;

/**
 * One part of a partner's profile page, from the module that knows it (its people, registrations, leads,
 * commissions): a few figures, its latest items with links, a link to all of them, and what happened lately for
 * the page's activity timeline.
 */
public record ProfileSection(String key, String title, List<Fact> facts, List<Item> items, String moreLink,
		List<Activity> activity) {

	/** A figure: "Approved: 4". */
	public record Fact(String label, String value) {
	}

	/** One of the latest items: what it is, a detail, and where it is (none: nowhere to go). */
	public record Item(String text, String detail, String link) {
	}

	/** Something that happened to the partner, for the timeline. */
	public record Activity(Instant at, String text, String link) {
	}
}
