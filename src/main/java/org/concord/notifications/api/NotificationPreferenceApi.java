package org.concord.notifications.api;

import java.util.List;
import java.util.Map;

import org.concord.notifications.Delivery;
import org.concord.notifications.Notifier;
import org.concord.notifications.Topic;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/me/notification-preferences", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notification preferences", description = "How the caller hears of each topic: a mail at once, a daily digest, or the portal only")
class NotificationPreferenceApi {

	private final Notifier notifier;

	NotificationPreferenceApi(Notifier notifier) {
		this.notifier = notifier;
	}

	@Operation(summary = "The caller's preference for every topic they hear of")
	@GetMapping
	List<Notifier.Preference> mine() {
		return notifier.mine();
	}

	@Operation(summary = "Change how the caller hears of some topics; the others keep theirs")
	@PutMapping
	List<Notifier.Preference> choose(@RequestBody Map<Topic, Delivery> choices) {
		notifier.choose(choices);
		return notifier.mine();
	}
}
