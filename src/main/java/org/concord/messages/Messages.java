package org.concord.messages;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.concord.identity.People;
import org.concord.identity.Person;
import org.concord.partners.PartnerDirectory;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.PartnerScope;
import org.concord.shared.web.Markdown;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Messages room (seed 002): conversations by topic between a partner's people and the vendor. A partner's people
 * see their own company's conversations (and those of the companies they read); vendor staff see all and join any by
 * writing in it. Each person's unread messages are counted per conversation; reading a conversation reads it all.
 */
@Service
public class Messages {

	private static final int PAGE_OF_MESSAGES = 50;

	private final MessageThreadRepository threads;
	private final MessageRepository messages;
	private final MessageReadRepository reads;
	private final PartnerDirectory partners;
	private final People people;
	private final Markdown markdown;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Clock clock;

	Messages(MessageThreadRepository threads, MessageRepository messages, MessageReadRepository reads, PartnerDirectory partners,
			People people, Markdown markdown, CurrentActor actor, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.people = people;
		this.threads = threads;
		this.messages = messages;
		this.reads = reads;
		this.partners = partners;
		this.markdown = markdown;
		this.actor = actor;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The caller's conversations, the latest first, those whose topic or messages hold the words if given. */
	@Transactional(readOnly = true)
	public PageView<ThreadView> threads(String words, Integer page, Integer size) {
		var pageable = Paging.of(page, size, Sort.by(Sort.Direction.DESC, "lastMessageAt").and(Sort.by(Sort.Direction.DESC, "id")));
		PartnerScope scope = actor.scope();
		String pattern = words == null || words.isBlank() ? null
				: "%" + words.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
		List<UUID> readable = scope.readable().stream().map(PartnerId::value).toList();
		var rows = scope.company().isEmpty()
				? (pattern == null ? threads.findAll(pageable) : threads.searchAll(pattern, pageable))
				: (pattern == null ? threads.findByPartnerIdIn(readable, pageable) : threads.search(readable, pattern, pageable));
		Map<UUID, Long> unread = unread(rows.getContent().stream().map(MessageThread::id).toList());
		Map<PartnerId, String> names = new HashMap<>();
		return PageView.of(rows, thread -> thread.toView(names.computeIfAbsent(thread.partner(), this::partnerName),
				unread.getOrDefault(thread.id(), 0L)));
	}

	/** Starts a conversation with its first message: with the caller's own company, or (vendor staff) a partner named. */
	@Transactional
	public ThreadView start(NewThread start) {
		PartnerId partner = actor.scope().company().orElseGet(() -> chosenPartner(start.partnerId()));
		Instant now = clock.instant();
		MessageThread thread = new MessageThread(partner, start.topic(), actor.userId().value(), now);
		Message first = thread.post(actor.userId().value(), authorName(), actor.isVendorStaff(), start.body(), now);
		threads.save(thread);
		messages.save(first);
		markRead(thread, now);
		events.publishEvent(new MessagePosted(thread.id(), partner, thread.topic(), actor.userId(), authorName(), true));
		return thread.toView(partnerName(partner), 0);
	}

	/** Writes in a conversation the caller may see. */
	@Transactional
	public MessageView reply(UUID threadId, String body) {
		MessageThread thread = visible(threadId);
		Instant now = clock.instant();
		Message message = messages.save(thread.post(actor.userId().value(), authorName(), actor.isVendorStaff(), body, now));
		markRead(thread, now);
		events.publishEvent(new MessagePosted(thread.id(), thread.partner(), thread.topic(), actor.userId(), authorName(), false));
		return message.toView(markdown.html(message.body()));
	}

	/** A conversation with a page of its messages (the last page when none is asked), read by the caller from now. */
	@Transactional
	public Conversation read(UUID threadId, Integer page) {
		MessageThread thread = visible(threadId);
		var order = Sort.by(Sort.Direction.ASC, "sentAt").and(Sort.by(Sort.Direction.ASC, "id"));
		var first = messages.findByThreadId(thread.id(), Paging.of(page == null ? 0 : page, PAGE_OF_MESSAGES, order));
		var shown = page == null && first.getTotalPages() > 1
				? messages.findByThreadId(thread.id(), Paging.of(first.getTotalPages() - 1, PAGE_OF_MESSAGES, order)) : first;
		long unread = unread(List.of(thread.id())).getOrDefault(thread.id(), 0L);
		markRead(thread, clock.instant());
		return new Conversation(thread.toView(partnerName(thread.partner()), unread),
				PageView.of(shown, message -> message.toView(markdown.html(message.body()))));
	}

	/** Who has written in a conversation: whom to tell of a new message. */
	@Transactional(readOnly = true)
	public List<UUID> authorsOf(UUID threadId) {
		return messages.authorsOf(threadId);
	}

	private MessageThread visible(UUID id) {
		MessageThread thread = threads.findById(id).orElseThrow(() -> new NotFoundException("Conversation"));
		if (!actor.scope().reads(thread.partner())) {
			throw new NotFoundException("Conversation");
		}
		return thread;
	}

	private PartnerId chosenPartner(String id) {
		try {
			PartnerId partner = new PartnerId(UUID.fromString(id == null ? "" : id.strip()));
			partners.get(partner);
			return partner;
		}
		catch (IllegalArgumentException | NotFoundException ex) {
			throw new InvalidInputException("partnerId", "Choose the partner the conversation is with.");
		}
	}

	private void markRead(MessageThread thread, Instant now) {
		UUID me = actor.userId().value();
		reads.findById(new MessageRead.Key(thread.id(), me)).ifPresentOrElse(read -> read.readUpTo(now),
				() -> reads.save(new MessageRead(thread.id(), me, now)));
	}

	/** Per conversation, the messages others wrote after the caller last read it. */
	private Map<UUID, Long> unread(List<UUID> threadIds) {
		Map<UUID, Long> unread = new HashMap<>();
		if (threadIds.isEmpty()) {
			return unread;
		}
		jdbc.sql("select m.thread_id, count(*) from message m left join message_read r on r.thread_id = m.thread_id"
				+ " and r.person_id = :me where m.thread_id in (:threads) and m.author_id <> :me"
				+ " and (r.read_at is null or m.sent_at > r.read_at) group by m.thread_id")
				.param("me", actor.userId().value()).param("threads", threadIds)
				.query(row -> {
					unread.put(row.getObject(1, UUID.class), row.getLong(2));
				});
		return unread;
	}

	private String partnerName(PartnerId partner) {
		return partners.find(partner).map(p -> p.name()).orElse("");
	}

	private String authorName() {
		return people.find(actor.userId()).map(Person::displayName).orElse(actor.username());
	}
}
