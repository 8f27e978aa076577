package org.concord.notifications;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.concord.shared.CurrentActor;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.UserId;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-portal notices: modules post them; each person sees their own, newest first, read or not yet, on the Overview
 * ("since your last visit") and under Notices. Another person's notice does not exist for them.
 */
@Service
public class Inbox {

	private final PortalNotificationRepository notices;
	private final CurrentActor actor;
	private final Clock clock;

	Inbox(PortalNotificationRepository notices, CurrentActor actor, Clock clock) {
		this.notices = notices;
		this.actor = actor;
		this.clock = clock;
	}

	@Transactional
	public void post(UserId recipient, String text, String link) {
		notices.save(new PortalNotification(recipient.value(), text, link, clock.instant()));
	}

	/** The caller's ten latest notices. */
	@Transactional(readOnly = true)
	public List<Notice> mine() {
		return notices.findTop10ByRecipientIdOrderByCreatedAtDesc(me()).stream().map(PortalNotification::toView).toList();
	}

	/** The caller's notices, newest first, paged; the unread ones only if asked. */
	@Transactional(readOnly = true)
	public PageView<Notice> mine(boolean unreadOnly, Integer page, Integer size) {
		var pageable = Paging.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id")));
		var rows = unreadOnly ? notices.findByRecipientIdAndReadAtIsNull(me(), pageable) : notices.findByRecipientId(me(), pageable);
		return PageView.of(rows, PortalNotification::toView);
	}

	@Transactional(readOnly = true)
	public long unreadCount() {
		return notices.countByRecipientIdAndReadAtIsNull(me());
	}

	@Transactional
	public Notice markRead(UUID id) {
		PortalNotification notice = own(id);
		notice.markRead(clock.instant());
		return notice.toView();
	}

	@Transactional
	public int markAllRead() {
		return notices.markAllRead(me(), clock.instant());
	}

	/** Marks the notice read and tells where it leads: a path of this portal. */
	@Transactional
	public String open(UUID id) {
		PortalNotification notice = own(id);
		notice.markRead(clock.instant());
		return notice.link();
	}

	private PortalNotification own(UUID id) {
		return notices.findByIdAndRecipientId(id, me()).orElseThrow(() -> new NotFoundException("Notice"));
	}

	private UUID me() {
		return actor.userId().value();
	}
}
