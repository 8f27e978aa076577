package org.concord.identity.web;

import java.time.ZoneId;
import java.util.List;

import org.concord.identity.ContactChannel;
import org.concord.identity.People;
import org.concord.identity.PersonalSettings;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own settings: the time zone of their pages, their phone number, and how they prefer to be reached. */
@Controller
class PersonalSettingsController {

	private static final String PAGE = "identity/settings";

	/** The zones people pick from: Region/City names, not the legacy aliases. */
	static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
			.filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")).sorted().toList();

	private final People people;
	private final BusinessCalendar calendar;

	PersonalSettingsController(People people, BusinessCalendar calendar) {
		this.people = people;
		this.calendar = calendar;
	}

	@GetMapping("/settings/profile")
	String show(Model model) {
		return page(model, people.mySettings());
	}

	@PostMapping("/settings/profile")
	String save(@RequestParam(required = false) String timeZone, @RequestParam(required = false) String phone,
			@RequestParam(required = false) ContactChannel preferredChannel, Model model, RedirectAttributes redirect) {
		PersonalSettings typed = new PersonalSettings(timeZone, phone, preferredChannel);
		try {
			people.changeMySettings(typed);
			redirect.addFlashAttribute("notice", "Saved your settings.");
			return "redirect:/settings/profile";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("problemField", ex.field());
			return page(model, typed);
		}
	}

	private String page(Model model, PersonalSettings settings) {
		model.addAttribute("settings", settings);
		model.addAttribute("zones", ZONES);
		model.addAttribute("vendorZone", calendar.zone().getId());
		model.addAttribute("channels", ContactChannel.values());
		return PAGE;
	}
}
