package org.concord.notifications;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** How one person hears of one topic. */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
class NotificationPreference {

	record Key(UUID userId, Topic topic) implements Serializable {
	}

	@Id
	private UUID userId;

	@Id
	@Enumerated(EnumType.STRING)
	private Topic topic;

	@Enumerated(EnumType.STRING)
	private Delivery delivery;

	protected NotificationPreference() {
	}

	NotificationPreference(UUID userId, Topic topic, Delivery delivery) {
		this.userId = userId;
		this.topic = topic;
		this.delivery = delivery;
	}

	void change(Delivery delivery) {
		this.delivery = delivery;
	}

	Topic topic() {
		return topic;
	}

	Delivery delivery() {
		return delivery;
	}
}
