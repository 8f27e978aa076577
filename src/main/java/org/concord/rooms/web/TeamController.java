package org.concord.rooms.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.rooms.TeamDirectory;
import org.concord.shared.PartnerId;
import org.concord.shared.access.WorkAsPartner;
import org.concord.shared.web.Htmx;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The Contacts room: the partnership's team directory and the feed of its changes. */
@Controller
@InRoom(PortalRoom.CONTACTS)
class TeamController {

	private static final String PAGE = "rooms/team";

	private final TeamDirectory team;

	TeamController(TeamDirectory team) {
		this.team = team;
	}

	@WorkAsPartner
	@GetMapping("/team")
	String mine() {
		return "redirect:/partners/" + team.own() + "/team";
	}

	@GetMapping("/partners/{id}/team")
	String show(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer feedPage, HttpServletRequest request, Model model) {
		model.addAttribute("team", team.of(new PartnerId(id), page, feedPage));
		return Htmx.view(request, PAGE, "directory");
	}
}
