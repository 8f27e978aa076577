package org.concord.rooms;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerSummary;
import org.concord.partners.PartnerTypes;
import org.concord.shared.Audited;
import org.concord.shared.BrandHosts;
import org.concord.shared.CurrentActor;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.web.Markdown;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor's announcements to partners: the channel team posts, changes and withdraws them; a partner's people see
 * the live ones meant for their type, tier and brand, pinned first, on the Overview and under Announcements. An
 * announcement not meant for a partner does not exist for its people.
 */
@Service
public class Announcements {

	private final AnnouncementRepository announcements;
	private final PartnerDirectory partners;
	private final PartnerTypes types;
	private final BrandHosts brands;
	private final Markdown markdown;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Announcements(AnnouncementRepository announcements, PartnerDirectory partners, PartnerTypes types, BrandHosts brands,
			Markdown markdown, CurrentActor actor, ApplicationEventPublisher events, Clock clock) {
		this.announcements = announcements;
		this.partners = partners;
		this.types = types;
		this.brands = brands;
		this.markdown = markdown;
		this.actor = actor;
		this.events = events;
		this.clock = clock;
	}

	@ManageChannel
	@Transactional
	public AnnouncementView post(AnnouncementDraft draft) {
		check(draft);
		Announcement announcement = announcements.save(new Announcement(draft, actor.userId().value(), clock.instant()));
		events.publishEvent(new Audited("ANNOUNCEMENT_POSTED", announcement.title(), "from " + announcement.publishAt()));
		return view(announcement);
	}

	@ManageChannel
	@Transactional
	public AnnouncementView change(UUID id, AnnouncementDraft draft) {
		check(draft);
		Announcement announcement = find(id);
		announcement.change(draft, clock.instant());
		events.publishEvent(new Audited("ANNOUNCEMENT_CHANGED", announcement.title(), null));
		return view(announcement);
	}

	@ManageChannel
	@Transactional
	public AnnouncementView withdraw(UUID id) {
		Announcement announcement = find(id);
		announcement.withdraw(clock.instant());
		events.publishEvent(new Audited("ANNOUNCEMENT_WITHDRAWN", announcement.title(), null));
		return view(announcement);
	}

	/** Vendor staff: every announcement, newest first. A partner's people: the live ones meant for them, pinned first. */
	@Transactional(readOnly = true)
	public PageView<AnnouncementView> list(String brand, Integer page, Integer size) {
		var pageable = Paging.of(page, size, Sort.unsorted());
		if (actor.isVendorStaff()) {
			return PageView.of(announcements.findAllByOrderByPostedAtDescIdDesc(pageable), this::view);
		}
		List<Announcement> mine = forMe(brand);
		int from = (int) Math.min(pageable.getOffset(), mine.size());
		int to = Math.min(from + pageable.getPageSize(), mine.size());
		return PageView.of(new PageImpl<>(mine.subList(from, to), pageable, mine.size()), this::view);
	}

	/** One announcement: any for vendor staff; for a partner's people only a live one meant for them. */
	@Transactional(readOnly = true)
	public AnnouncementView get(UUID id, String brand) {
		if (actor.isVendorStaff()) {
			return view(find(id));
		}
		return forMe(brand).stream().filter(a -> a.id().equals(id)).findFirst().map(this::view)
				.orElseThrow(() -> new NotFoundException("Announcement"));
	}

	private List<Announcement> forMe(String brand) {
		PartnerId own = actor.scope().company().orElseThrow();
		PartnerSummary company = partners.find(own).orElseThrow(() -> new NotFoundException("Partner"));
		var now = clock.instant();
		return announcements.live(now).stream().filter(a -> a.shownTo(company.type(), company.tier(), brand, now)).toList();
	}

	private void check(AnnouncementDraft draft) {
		types.requireAll(draft.types(), "types");
		brands.requireAll(draft.brands(), "brands");
	}

	private Announcement find(UUID id) {
		return announcements.findById(id).orElseThrow(() -> new NotFoundException("Announcement"));
	}

	private AnnouncementView view(Announcement announcement) {
		return announcement.toView(markdown.html(announcement.body()), clock.instant());
	}
}
