package org.concord.content;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
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

/** An item of the library: what it is, whom it is for, and which of its versions partners get. */
@Entity
@Table(name = "resource_item")
class ResourceItem {

	@Id
	private UUID id;

	@Version
	private long version;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private ResourceCategory category;

	private String tags;

	private int currentVersion;

	private Instant updatedAt;

	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "resource_item_type", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "type_code")
	private Set<String> types = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "resource_item_tier", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "tier")
	@Enumerated(EnumType.STRING)
	private Set<PartnerTier> tiers = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "resource_item_brand", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "brand_code")
	private Set<String> brands = new HashSet<>();

	protected ResourceItem() {
	}

	ResourceItem(ResourceDraft draft, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		describe(draft, now);
	}

	/** The description and audience; the caller has checked type and brand codes. */
	void describe(ResourceDraft draft, Instant now) {
		String newTitle = draft.title() == null ? "" : draft.title().strip();
		if (newTitle.isEmpty() || newTitle.length() > 150) {
			throw new InvalidInputException("title", "Give a title of at most 150 characters.");
		}
		String text = draft.description() == null ? null : draft.description().strip();
		if (text != null && text.length() > 2000) {
			throw new InvalidInputException("description", "Keep the description to 2,000 characters.");
		}
		if (draft.category() == null) {
			throw new InvalidInputException("category", "Choose a category.");
		}
		String normalized = tags(draft.tags());
		if (normalized != null && normalized.length() > 300) {
			throw new InvalidInputException("tags", "Keep the tags to 300 characters.");
		}
		this.title = newTitle;
		this.description = text == null || text.isEmpty() ? null : text;
		this.category = draft.category();
		this.tags = normalized;
		this.types.clear();
		this.types.addAll(draft.types());
		this.tiers.clear();
		this.tiers.addAll(draft.tiers());
		this.brands.clear();
		this.brands.addAll(draft.brands());
		this.updatedAt = now;
	}

	/** A new version becomes the current one: partners get it from now on. */
	int nextVersion(Instant now) {
		this.currentVersion++;
		this.updatedAt = now;
		return currentVersion;
	}

	/** "Price, PDF , price" reads "price, pdf". */
	private static String tags(String given) {
		if (given == null || given.isBlank()) {
			return null;
		}
		Set<String> all = new LinkedHashSet<>();
		for (String tag : given.split(",")) {
			if (!tag.isBlank()) {
				all.add(tag.strip().toLowerCase(Locale.ROOT));
			}
		}
		return all.isEmpty() ? null : String.join(", ", all);
	}

	/** A co-branded material: partners download it with their own name on it. */
	boolean coBrandable() {
		return category == ResourceCategory.CO_BRANDED;
	}

	boolean shownTo(String type, PartnerTier tier, String brand) {
		return (types.isEmpty() || types.contains(type)) && (tiers.isEmpty() || tiers.contains(tier))
				&& (brands.isEmpty() || brands.contains(brand));
	}

	UUID id() {
		return id;
	}

	String title() {
		return title;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	int currentVersion() {
		return currentVersion;
	}

	ResourceView toView(ResourceVersion current, boolean isNew) {
		return new ResourceView(id, title, description, category, tags, currentVersion, current.fileName(), current.contentType(),
				current.sizeBytes(), current.link(), updatedAt, Set.copyOf(types), Set.copyOf(tiers), Set.copyOf(brands), isNew);
	}
}
