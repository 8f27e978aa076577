package org.concord.notifications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.UserId;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a person of something, as they chose to hear of its topic: always in the portal, and by a mail at once, in
 * their daily digest, or not by mail at all. Each person sets their own preferences.
 */
@Service
public class Notifier {

	/** A topic and how the person hears of it. */
	public record Preference(Topic topic, Delivery delivery) {
	}

	private final Inbox inbox;
	private final Mailbox mailbox;
	private final NotificationPreferenceRepository preferences;
	private final DigestItemRepository digest;
	private final CurrentActor actor;
	private final Clock clock;

	Notifier(Inbox inbox, Mailbox mailbox, NotificationPreferenceRepository preferences, DigestItemRepository digest,
			CurrentActor actor, Clock clock) {
		this.inbox = inbox;
		this.mailbox = mailbox;
		this.preferences = preferences;
		this.digest = digest;
		this.actor = actor;
		this.clock = clock;
	}

	/** Tells {@code recipient}: a notice in the portal linking {@code path}; the mail at once, in the digest, or not. */
	@Transactional
	public void tell(UserId recipient, Topic topic, String headline, String path, String link, Mail mail) {
		inbox.post(recipient, headline, path);
		switch (deliveryOf(recipient.value(), topic)) {
			case IMMEDIATE -> mailbox.send(mail);
			case DAILY_DIGEST -> digest.save(new DigestItem(recipient.value(), mail, topic, headline, link, clock.instant()));
			case PORTAL_ONLY -> {
			}
		}
	}

	private Delivery deliveryOf(UUID person, Topic topic) {
		return preferences.findById(new NotificationPreference.Key(person, topic)).map(NotificationPreference::delivery)
				.orElse(Delivery.IMMEDIATE);
	}

	/** The caller's own preferences, every topic they hear of (vendor staff: all; partners: theirs). */
	@Transactional(readOnly = true)
	public List<Preference> mine() {
		UUID me = actor.userId().value();
		Map<Topic, Delivery> chosen = new EnumMap<>(Topic.class);
		preferences.findByUserId(me).forEach(p -> chosen.put(p.topic(), p.delivery()));
		List<Preference> all = new ArrayList<>();
		for (Topic topic : Topic.values()) {
			if (actor.isVendorStaff() || !topic.isVendorOnly()) {
				all.add(new Preference(topic, chosen.getOrDefault(topic, Delivery.IMMEDIATE)));
			}
		}
		return all;
	}

	/** The caller changes how they hear of these topics. */
	@Transactional
	public void choose(Map<Topic, Delivery> choices) {
		UUID me = actor.userId().value();
		choices.forEach((topic, delivery) -> {
			if (topic == null || delivery == null) {
				throw new InvalidInputException("delivery", "Choose how you hear of each topic.");
			}
			if (topic.isVendorOnly() && !actor.isVendorStaff()) {
				throw new InvalidInputException("topic", "\"" + topic.label() + "\" is for the vendor's staff.");
			}
			preferences.findById(new NotificationPreference.Key(me, topic)).ifPresentOrElse(p -> p.change(delivery),
					() -> preferences.save(new NotificationPreference(me, topic, delivery)));
		});
	}

	/**
	 * Sends each person one mail with everything waiting for their digest, and marks it sent. Returns how many digests
	 * went out.
	 */
	@Transactional
	public int sendDigests() {
		Map<UUID, List<DigestItem>> byPerson = new LinkedHashMap<>();
		digest.findBySentAtIsNullOrderByRecipientIdAscCreatedAtAsc(Limit.of(10_000))
				.forEach(item -> byPerson.computeIfAbsent(item.recipientId(), k -> new ArrayList<>()).add(item));
		byPerson.values().forEach(items -> {
			DigestItem first = items.getFirst();
			StringBuilder text = new StringBuilder("Hello,\n\nHere is what happened since your last digest (" + items.size()
					+ (items.size() == 1 ? " update" : " updates") + "):\n");
			for (Topic topic : Topic.values()) {
				List<DigestItem> ofTopic = items.stream().filter(i -> i.topic() == topic).toList();
				if (!ofTopic.isEmpty()) {
					text.append("\n").append(topic.label()).append(":\n");
					ofTopic.forEach(i -> text.append(i.line()).append("\n"));
				}
			}
			text.append("\nYou get this digest once a day; change how you hear of each topic under Notifications.\n");
			mailbox.send(new Mail(first.sender(), first.recipient(), "Your daily digest: " + items.size()
					+ (items.size() == 1 ? " update" : " updates"), text.toString()));
			items.forEach(item -> item.sent(clock.instant()));
		});
		return byPerson.size();
	}
}
