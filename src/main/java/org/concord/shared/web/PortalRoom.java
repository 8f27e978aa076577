package org.concord.shared.web;

/**
 * The standard rooms of the partner portal (seed 002): the vendor decides which partner types and tiers see each,
 * in what order and under what name per brand; a page or API route in a room a partner does not see answers 404.
 * Each room's nav entry leads to its first page.
 */
public enum PortalRoom {

	OVERVIEW("Overview", "/"),
	LEADS("Prospects", "/leads"),
	DEALS("Deals", "/deals"),
	COMMISSIONS("Commissions", "/commissions"),
	PERFORMANCE("Performance", "/tier"),
	TRAINING("Training", "/training"),
	CONTACTS("Contacts", "/team"),
	MESSAGES("Messages", "/messages"),
	RESOURCES("Resources", "/resources"),
	BRAND_GUIDELINES("Brand Guidelines", "/brand-guidelines");

	private final String defaultName;
	private final String path;

	PortalRoom(String defaultName, String path) {
		this.defaultName = defaultName;
		this.path = path;
	}

	public String defaultName() {
		return defaultName;
	}

	/** Where the room's nav entry leads. */
	public String path() {
		return path;
	}

	/** The Overview is where everyone lands: it may be renamed and moved, never hidden. */
	public boolean alwaysOpen() {
		return this == OVERVIEW;
	}
}
