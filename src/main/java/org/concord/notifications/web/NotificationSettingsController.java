package org.concord.notifications.web;

import java.util.EnumMap;
import java.util.Map;

import org.concord.notifications.Delivery;
import org.concord.notifications.Notifier;
import org.concord.notifications.Topic;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each person's own choice of how they hear of each topic: a mail at once, a daily digest, or the portal only. */
@Controller
class NotificationSettingsController {

	private final Notifier notifier;

	NotificationSettingsController(Notifier notifier) {
		this.notifier = notifier;
	}

	@GetMapping("/settings/notifications")
	String show(Model model) {
		model.addAttribute("preferences", notifier.mine());
		model.addAttribute("deliveries", Delivery.values());
		return "notifications/preferences";
	}

	/** One parameter per topic, named after it, whose value is the delivery chosen. */
	@PostMapping("/settings/notifications")
	String save(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<Topic, Delivery> choices = new EnumMap<>(Topic.class);
		for (Notifier.Preference preference : notifier.mine()) {
			String chosen = form.get(preference.topic().name());
			if (chosen != null) {
				try {
					choices.put(preference.topic(), Delivery.valueOf(chosen));
				}
				catch (IllegalArgumentException ex) {
					redirect.addFlashAttribute("problem", "Choose how you hear of " + preference.topic().label().toLowerCase() + ".");
					return "redirect:/settings/notifications";
				}
			}
		}
		notifier.choose(choices);
		redirect.addFlashAttribute("notice", "Saved: this is how you hear of each topic from now on.");
		return "redirect:/settings/notifications";
	}
}
