package org.concord.rooms.api;

import java.util.UUID;

import org.concord.rooms.Team;
import org.concord.rooms.TeamDirectory;
import org.concord.shared.PartnerId;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rooms")
@InRoom(PortalRoom.CONTACTS)
class TeamApi {

	private final TeamDirectory team;

	TeamApi(TeamDirectory team) {
		this.team = team;
	}

	@Operation(summary = "A partnership's team (the Contacts room): its account manager and the vendor's channel managers, "
			+ "the partner's people (paged by page) with their roles, phone and preferred channel, and the feed of team "
			+ "changes (paged by feedPage); 404 for a partner outside the caller's scope")
	@GetMapping("/partners/{id}/team")
	Team team(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer feedPage) {
		return team.of(new PartnerId(id), page, feedPage);
	}
}
