package org.concord.rooms;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.concord.partners.PartnerTier;
import org.concord.shared.InvalidInputException;

/** A notice from the vendor to the partners it targets, shown on their Overview while it is live. */
@Entity
@Table(name = "announcement")
class Announcement {

	static final int LONGEST_TITLE = 150;
	static final int LONGEST_BODY = 5000;

	@Id
	private UUID id;

	@Version
	private long version;

	private String title;

	private String body;

	private boolean pinned;

	private Instant publishAt;

	private Instant expiresAt;

	private Instant withdrawnAt;

	private UUID postedBy;

	private Instant postedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "announcement_type", joinColumns = @JoinColumn(name = "announcement_id"))
	@Column(name = "type_code")
	private Set<String> types = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "announcement_tier", joinColumns = @JoinColumn(name = "announcement_id"))
	@Column(name = "tier")
	@Enumerated(EnumType.STRING)
	private Set<PartnerTier> tiers = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "announcement_brand", joinColumns = @JoinColumn(name = "announcement_id"))
	@Column(name = "brand_code")
	private Set<String> brands = new HashSet<>();

	protected Announcement() {
	}

	Announcement(AnnouncementDraft draft, UUID postedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.postedBy = postedBy;
		this.postedAt = now;
		change(draft, now);
	}

	/** The draft takes effect whole or not at all; the caller has checked the type and brand codes exist. */
	void change(AnnouncementDraft draft, Instant now) {
		if (withdrawnAt != null) {
			throw new InvalidInputException("status", "This announcement was withdrawn: post a new one.");
		}
		String newTitle = draft.title() == null ? "" : draft.title().strip();
		if (newTitle.isEmpty() || newTitle.length() > LONGEST_TITLE) {
			throw new InvalidInputException("title", "Give a title of at most " + LONGEST_TITLE + " characters.");
		}
		String newBody = draft.body() == null ? "" : draft.body().strip();
		if (newBody.isEmpty() || newBody.length() > LONGEST_BODY) {
			throw new InvalidInputException("body", "Write the announcement, in at most " + LONGEST_BODY + " characters.");
		}
		Instant from = draft.publishAt() == null ? now : draft.publishAt();
		if (draft.expiresAt() != null && !draft.expiresAt().isAfter(from)) {
			throw new InvalidInputException("expiresAt", "An announcement ends after it starts.");
		}
		this.title = newTitle;
		this.body = newBody;
		this.pinned = draft.pinned();
		this.publishAt = from;
		this.expiresAt = draft.expiresAt();
		this.types.clear();
		this.types.addAll(draft.types());
		this.tiers.clear();
		this.tiers.addAll(draft.tiers());
		this.brands.clear();
		this.brands.addAll(draft.brands());
	}

	void withdraw(Instant now) {
		if (withdrawnAt == null) {
			withdrawnAt = now;
		}
	}

	String status(Instant now) {
		if (withdrawnAt != null) {
			return "WITHDRAWN";
		}
		if (publishAt.isAfter(now)) {
			return "SCHEDULED";
		}
		return expiresAt != null && !expiresAt.isAfter(now) ? "EXPIRED" : "LIVE";
	}

	/** Whether a partner of this type and tier, on this brand's portal, sees it now. */
	boolean shownTo(String type, PartnerTier tier, String brand, Instant now) {
		return status(now).equals("LIVE") && (types.isEmpty() || types.contains(type)) && (tiers.isEmpty() || tiers.contains(tier))
				&& (brands.isEmpty() || brands.contains(brand));
	}

	UUID id() {
		return id;
	}

	String body() {
		return body;
	}

	boolean pinned() {
		return pinned;
	}

	Instant publishAt() {
		return publishAt;
	}

	String title() {
		return title;
	}

	AnnouncementView toView(String bodyHtml, Instant now) {
		return new AnnouncementView(id, title, body, bodyHtml, pinned, publishAt, expiresAt, Set.copyOf(types), Set.copyOf(tiers),
				Set.copyOf(brands), status(now), postedAt);
	}
}
