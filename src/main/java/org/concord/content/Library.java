package org.concord.content;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.concord.files.FileStore;
import org.concord.identity.People;
import org.concord.identity.Person;
import org.concord.files.StoredFile;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerSummary;
import org.concord.partners.PartnerTypes;
import org.concord.shared.Audited;
import org.concord.shared.BrandHosts;
import org.concord.shared.CurrentActor;
import org.concord.shared.EngagementKind;
import org.concord.shared.EngagementRecorded;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.access.SeeProgram;
import org.concord.shared.access.WorkAsPartner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Resources room (seed 002): the vendor's library of files and links. The channel team adds items and new
 * versions (partners always get the current one; the history is kept); a partner's people see the items meant for
 * their type, tier and brand, search them, see what is new since their last visit, and download, each download
 * recorded and counted as engagement. An item not meant for a partner does not exist for its people.
 */
@Service
public class Library {

	static final long MOST_BYTES = 10L * 1024 * 1024;

	/** What the library takes, judged by the file's first bytes: documents, office files, images, archives, video. */
	static final Set<String> ACCEPTED = Set.of("application/pdf", "application/x-tika-ooxml", "application/x-tika-msoffice",
			"application/zip", "image/png", "image/jpeg", "image/webp", "text/plain", "video/mp4");

	private final ResourceItemRepository items;
	private final ResourceVersionRepository versions;
	private final ResourceDownloadRepository downloads;
	private final ResourceVisitRepository visits;
	private final ResourceSearch search;
	private final CoBranding coBranding;
	private final People people;
	private final FileStore files;
	private final PartnerDirectory partners;
	private final PartnerTypes types;
	private final BrandHosts brands;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Library(ResourceItemRepository items, ResourceVersionRepository versions, ResourceDownloadRepository downloads,
			ResourceVisitRepository visits, ResourceSearch search, CoBranding coBranding, People people, FileStore files,
			PartnerDirectory partners, PartnerTypes types, BrandHosts brands, CurrentActor actor, ApplicationEventPublisher events,
			Clock clock) {
		this.coBranding = coBranding;
		this.people = people;
		this.items = items;
		this.versions = versions;
		this.downloads = downloads;
		this.visits = visits;
		this.search = search;
		this.files = files;
		this.partners = partners;
		this.types = types;
		this.brands = brands;
		this.actor = actor;
		this.events = events;
		this.clock = clock;
	}

	/** Adds an item with its first version: the file uploaded, or else the draft's link. */
	@ManageChannel
	@Transactional
	public ResourceView add(ResourceDraft draft, Upload upload) {
		check(draft);
		Instant now = clock.instant();
		ResourceItem item = new ResourceItem(draft, now);
		ResourceVersion first = version(item, draft, upload, now);
		if (first == null) {
			throw new InvalidInputException("file", "Upload a file, or give a link.");
		}
		items.save(item);
		versions.save(first);
		events.publishEvent(new Audited("RESOURCE_ADDED", item.id().toString(), item.title()));
		return item.toView(first, false);
	}

	/** Changes the description and audience and, with a new file or link, adds the version partners get from now. */
	@ManageChannel
	@Transactional
	public ResourceView revise(UUID id, ResourceDraft draft, Upload upload) {
		check(draft);
		ResourceItem item = items.findById(id).orElseThrow(() -> new NotFoundException("Resource"));
		Instant now = clock.instant();
		item.describe(draft, now);
		ResourceVersion current = current(item);
		boolean newLink = upload == null && draft.link() != null && !draft.link().isBlank() && !draft.link().strip().equals(current.link());
		if (upload != null || newLink) {
			current = versions.save(version(item, draft, upload, now));
			events.publishEvent(new Audited("RESOURCE_VERSION_ADDED", item.id().toString(), item.title() + " v" + item.currentVersion()));
		}
		return item.toView(current, false);
	}

	/**
	 * One room's items (the brand assets of Brand Guidelines, or the rest for Resources), of one category if given.
	 * Vendor staff: every item. A partner's people: the items meant for them, on the brand of their portal.
	 */
	@Transactional(readOnly = true)
	public PageView<ResourceView> list(String brand, boolean brandAssets, ResourceCategory category, String words, Integer page,
			Integer size) {
		var pageable = Paging.of(page, size, Sort.unsorted());
		Set<ResourceCategory> categories = EnumSet.copyOf(ResourceCategory.of(brandAssets));
		if (category != null) {
			categories.retainAll(Set.of(category));
		}
		ResourceSearch.Found found = search.find(audience(brand), categories, words, (int) pageable.getOffset(), pageable.getPageSize());
		Map<UUID, ResourceItem> byId = items.findAllById(found.ids()).stream().collect(Collectors.toMap(ResourceItem::id, Function.identity()));
		Instant since = lastVisit();
		Map<UUID, ResourceVersion> currents = versions.currentOf(found.ids()).stream()
				.collect(Collectors.toMap(ResourceVersion::itemId, Function.identity()));
		List<ResourceView> views = found.ids().stream().map(byId::get)
				.map(item -> item.toView(currents.get(item.id()), since != null && item.updatedAt().isAfter(since))).toList();
		return PageView.of(new PageImpl<>(views, pageable, found.total()), Function.identity());
	}

	/**
	 * For the Overview: the latest resources (not brand assets) changed since the caller's last visit to the room, or
	 * the latest ones when they have not visited it yet; at most {@code most}.
	 */
	@Transactional(readOnly = true)
	public List<ResourceView> whatsNew(String brand, int most) {
		boolean visited = lastVisit() != null;
		return list(brand, false, null, null, 0, most).content().stream().filter(item -> !visited || item.isNew()).toList();
	}

	/** A partner person opens the Resources room: what changed after this visit will be new next time. */
	@Transactional
	public void visit() {
		if (actor.isVendorStaff()) {
			return;
		}
		UUID me = actor.userId().value();
		visits.findById(me).ifPresentOrElse(visit -> visit.visit(clock.instant()), () -> visits.save(new ResourceVisit(me, clock.instant())));
	}

	@Transactional(readOnly = true)
	public ResourceView get(UUID id, String brand) {
		return view(visible(id, brand), lastVisit());
	}

	/** Every version of an item, the newest first: the history is the vendor's to read. */
	@SeeProgram
	@Transactional(readOnly = true)
	public List<ResourceVersionView> history(UUID id) {
		return versions.findByItemIdOrderByNumberDesc(items.findById(id).orElseThrow(() -> new NotFoundException("Resource")).id())
				.stream().map(ResourceVersion::toView).toList();
	}

	@Transactional(readOnly = true)
	public long downloadsOf(UUID id) {
		return downloads.countByItemId(id);
	}

	/** The current version's file, for download: recorded, and counted as the partner person's engagement. */
	@Transactional
	public ResourceFile download(UUID id, String brand) {
		ResourceItem item = visible(id, brand);
		ResourceVersion current = current(item);
		if (current.fileKey() == null) {
			throw new NotFoundException("File");
		}
		recordDownload(item, current, actor.scope().company().orElse(null));
		return new ResourceFile(current.fileName(), current.contentType(), current.sizeBytes(), files.open(current.fileKey()));
	}

	/**
	 * A co-branded material (a PDF template) with the caller's company and contact set on every page: for a partner's
	 * people, recorded and counted like any download.
	 */
	@WorkAsPartner
	@Transactional
	public ResourceFile coBranded(UUID id, String brand) {
		ResourceItem item = visible(id, brand);
		ResourceVersion current = current(item);
		if (!item.coBrandable() || !"application/pdf".equals(current.contentType())) {
			throw new NotFoundException("Co-branded material");
		}
		PartnerId partner = actor.scope().company().orElseThrow();
		PartnerSummary company = partners.find(partner).orElseThrow(() -> new NotFoundException("Partner"));
		Person me = people.me();
		byte[] stamped = coBranding.stamp(files.open(current.fileKey()), new CoBranding.Presenter(company.name(), company.website(),
				me.displayName(), me.email(), me.phone()));
		recordDownload(item, current, partner);
		String name = current.fileName().replaceFirst("(?i)\\.pdf$", "") + " - " + company.name() + ".pdf";
		return new ResourceFile(name, "application/pdf", stamped.length, new ByteArrayInputStream(stamped));
	}

	/** Every download is kept; a partner person's counts as their engagement too. */
	private void recordDownload(ResourceItem item, ResourceVersion version, PartnerId partner) {
		Instant now = clock.instant();
		downloads.save(new ResourceDownload(item.id(), version.number(), actor.userId().value(), partner == null ? null : partner.value(), now));
		if (partner != null) {
			events.publishEvent(new EngagementRecorded(actor.userId(), partner, EngagementKind.DOWNLOAD, item.title(), now));
		}
	}

	private ResourceVersion version(ResourceItem item, ResourceDraft draft, Upload upload, Instant now) {
		if (upload != null) {
			StoredFile stored = files.put(upload.content(), MOST_BYTES, "file");
			if (!ACCEPTED.contains(stored.contentType())) {
				files.delete(stored.key());
				throw new InvalidInputException("file", "This kind of file (" + stored.contentType()
						+ ") is not taken: upload a PDF, an Office document, an image, a ZIP archive, plain text or an MP4 video.");
			}
			return ResourceVersion.file(item.id(), item.nextVersion(now), stored.key(), fileName(upload.fileName()), stored.contentType(),
					stored.size(), draft.note(), actor.userId().value(), now);
		}
		if (draft.link() == null || draft.link().isBlank()) {
			return null;
		}
		String link = draft.link().strip();
		String lower = link.toLowerCase(Locale.ROOT);
		if (link.length() > 500 || !(lower.startsWith("https://") || lower.startsWith("http://"))) {
			throw new InvalidInputException("link", "Give a web address starting with https://, at most 500 characters.");
		}
		return ResourceVersion.link(item.id(), item.nextVersion(now), link, draft.note(), actor.userId().value(), now);
	}

	/** The name a file is offered under: its own, without any path, at most 200 characters. */
	private static String fileName(String given) {
		String name = given == null ? "" : given.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.isEmpty()) {
			name = "file";
		}
		return name.length() <= 200 ? name : name.substring(name.length() - 200);
	}

	private void check(ResourceDraft draft) {
		types.requireAll(draft.types(), "types");
		brands.requireAll(draft.brands(), "brands");
	}

	private ResourceItem visible(UUID id, String brand) {
		ResourceItem item = items.findById(id).orElseThrow(() -> new NotFoundException("Resource"));
		ResourceSearch.Audience audience = audience(brand);
		if (audience != null && !item.shownTo(audience.type(), audience.tier(), audience.brand())) {
			throw new NotFoundException("Resource");
		}
		return item;
	}

	private ResourceSearch.Audience audience(String brand) {
		return actor.scope().company().map(own -> {
			PartnerSummary company = partners.find(own).orElseThrow(() -> new NotFoundException("Partner"));
			return new ResourceSearch.Audience(company.type(), company.tier(), brand);
		}).orElse(null);
	}

	private Instant lastVisit() {
		return actor.isVendorStaff() ? null
				: visits.findById(actor.userId().value()).map(ResourceVisit::previousVisit).orElse(null);
	}

	private ResourceVersion current(ResourceItem item) {
		return versions.findByItemIdAndNumber(item.id(), item.currentVersion()).orElseThrow(() -> new NotFoundException("Resource"));
	}

	private ResourceView view(ResourceItem item, Instant since) {
		return item.toView(current(item), since != null && item.updatedAt().isAfter(since));
	}
}
