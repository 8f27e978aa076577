package org.concord.rooms.web;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.concord.partners.PartnerTier;
import org.concord.partners.PartnerTypes;
import org.concord.rooms.RoomSettings;
import org.concord.rooms.Rooms;
import org.concord.shared.InvalidInputException;
import org.concord.shared.access.Administer;
import org.concord.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vendor admin sets the portal's rooms: order, names per brand, and the partner types and tiers that see each. */
@Controller
@Administer
class RoomController {

	private static final String PAGE = "rooms/settings";

	private final Rooms rooms;
	private final PartnerTypes types;

	RoomController(Rooms rooms, PartnerTypes types) {
		this.rooms = rooms;
		this.types = types;
	}

	@GetMapping("/admin/rooms")
	String settings(Model model) {
		model.addAttribute("roomList", rooms.all());
		model.addAttribute("types", types.list());
		model.addAttribute("tiers", PartnerTier.values());
		model.addAttribute("brands", rooms.brands());
		model.addAttribute("audiences", rooms.audiences());
		return PAGE;
	}

	@PostMapping("/admin/rooms/{key}")
	String change(@PathVariable String key, @RequestParam Map<String, String> form,
			@RequestParam(required = false) List<String> types, @RequestParam(required = false) List<PartnerTier> tiers,
			RedirectAttributes redirect) {
		try {
			Integer position = Forms.wholeNumber("position", form.get("position"));
			Map<String, String> brandNames = new HashMap<>();
			form.forEach((name, value) -> {
				if (name.startsWith("brandName.")) {
					brandNames.put(name.substring("brandName.".length()), value);
				}
			});
			var room = rooms.change(key, new RoomSettings(form.get("name"), position == null ? 0 : position, brandNames,
					types == null ? Set.of() : new HashSet<>(types), tiers == null ? Set.of() : EnumSet.copyOf(tiers)));
			redirect.addFlashAttribute("notice", "Saved the room " + room.name() + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", key + ": " + ex.getMessage());
			redirect.addFlashAttribute("problemField", ex.field());
		}
		return "redirect:/admin/rooms#room-" + key;
	}
}
