package org.concord.rooms.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.partners.PartnerTier;
import org.concord.partners.PartnerTypes;
import org.concord.rooms.AnnouncementDraft;
import org.concord.rooms.AnnouncementView;
import org.concord.rooms.Announcements;
import org.concord.shared.BrandHosts;
import org.concord.shared.InvalidInputException;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.web.Dates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Announcements: the channel team posts, changes and withdraws them; partners read the ones meant for them. */
@Controller
class AnnouncementController {

	private static final String LIST = "rooms/announcements";
	private static final String DETAIL = "rooms/announcement";
	private static final String FORM = "rooms/announcement-form";

	private final Announcements announcements;
	private final PartnerTypes types;
	private final BrandHosts brands;
	private final Dates dates;

	AnnouncementController(Announcements announcements, PartnerTypes types, BrandHosts brands, Dates dates) {
		this.announcements = announcements;
		this.types = types;
		this.brands = brands;
		this.dates = dates;
	}

	@GetMapping("/announcements")
	String list(@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		model.addAttribute("announcements", announcements.list(brands.brandOf(request.getServerName()), page, null));
		return LIST;
	}

	@ManageChannel
	@GetMapping("/announcements/new")
	String newForm(Model model) {
		return form(model, null, new Typed("", "", false, "", "", List.of(), List.of(), List.of()));
	}

	@ManageChannel
	@PostMapping("/announcements/new")
	String post(Typed typed, Model model, RedirectAttributes redirect) {
		try {
			AnnouncementView posted = announcements.post(draft(typed));
			redirect.addFlashAttribute("notice", "Posted: " + posted.title() + ".");
			return "redirect:/announcements/" + posted.id();
		}
		catch (InvalidInputException ex) {
			return refused(model, null, typed, ex);
		}
	}

	@GetMapping("/announcements/{id}")
	String show(@PathVariable UUID id, HttpServletRequest request, Model model) {
		AnnouncementView announcement = announcements.get(id, brands.brandOf(request.getServerName()));
		model.addAttribute("announcement", announcement);
		return DETAIL;
	}

	@ManageChannel
	@GetMapping("/announcements/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		AnnouncementView a = announcements.get(id, null);
		return form(model, a, new Typed(a.title(), a.body(), a.pinned(), local(a.publishAt()), local(a.expiresAt()),
				List.copyOf(a.types()), a.tiers().stream().map(Enum::name).toList(), List.copyOf(a.brands())));
	}

	@ManageChannel
	@PostMapping("/announcements/{id}")
	String change(@PathVariable UUID id, Typed typed, Model model, RedirectAttributes redirect) {
		try {
			announcements.change(id, draft(typed));
			redirect.addFlashAttribute("notice", "Saved.");
			return "redirect:/announcements/" + id;
		}
		catch (InvalidInputException ex) {
			return refused(model, announcements.get(id, null), typed, ex);
		}
	}

	@ManageChannel
	@PostMapping("/announcements/{id}/withdrawal")
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
		announcements.withdraw(id);
		redirect.addFlashAttribute("notice", "Withdrawn: partners no longer see it.");
		return "redirect:/announcements/" + id;
	}

	/** The form as typed: moments as the person's own local date and time. */
	record Typed(String title, String body, Boolean pinned, String publishAt, String expiresAt, List<String> types,
			List<String> tiers, List<String> brands) {

		Typed {
			pinned = pinned != null && pinned;
			types = types == null ? List.of() : types;
			tiers = tiers == null ? List.of() : tiers;
			brands = brands == null ? List.of() : brands;
		}
	}

	private AnnouncementDraft draft(Typed typed) {
		Set<PartnerTier> tiers = EnumSet.noneOf(PartnerTier.class);
		for (String tier : typed.tiers()) {
			try {
				tiers.add(PartnerTier.valueOf(tier));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("tiers", "There is no tier " + tier + ".");
			}
		}
		return new AnnouncementDraft(typed.title(), typed.body(), typed.pinned(), moment("publishAt", typed.publishAt()),
				moment("expiresAt", typed.expiresAt()), new HashSet<>(typed.types()), tiers, new HashSet<>(typed.brands()));
	}

	private Instant moment(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip()).atZone(dates.zone()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "Enter a day and time such as 2026-12-01T09:00.");
		}
	}

	private String local(Instant instant) {
		return instant == null ? "" : LocalDateTime.ofInstant(instant, dates.zone()).toString();
	}

	private String refused(Model model, AnnouncementView announcement, Typed typed, InvalidInputException ex) {
		model.addAttribute("problem", ex.getMessage());
		model.addAttribute("problemField", ex.field());
		return form(model, announcement, typed);
	}

	private String form(Model model, AnnouncementView announcement, Typed typed) {
		model.addAttribute("announcement", announcement);
		model.addAttribute("typed", typed);
		model.addAttribute("types", types.list());
		model.addAttribute("tiers", PartnerTier.values());
		model.addAttribute("brandNames", brands.names());
		model.addAttribute("zone", dates.zone().getId());
		return FORM;
	}
}
