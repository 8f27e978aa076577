package org.concord.rooms.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.rooms.NavRoom;
import org.concord.rooms.RoomSettings;
import org.concord.rooms.RoomView;
import org.concord.rooms.Rooms;
import org.concord.shared.BrandHosts;
import org.concord.shared.CurrentActor;
import org.concord.shared.access.Administer;
import org.concord.shared.access.WorkAsPartner;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rooms", description = "The partner portal's rooms: which partner types and tiers see each, in what order, under what name")
class RoomApi {

	private final Rooms rooms;
	private final BrandHosts brands;
	private final CurrentActor actor;

	RoomApi(Rooms rooms, BrandHosts brands, CurrentActor actor) {
		this.rooms = rooms;
		this.brands = brands;
		this.actor = actor;
	}

	@Operation(summary = "Every room in navigation order as the vendor set it (vendor admin): its name, its name per brand "
			+ "code, and the partner type codes and tiers that see it (empty: every type, every tier)")
	@Administer
	@GetMapping("/rooms")
	List<RoomView> all() {
		return rooms.all();
	}

	@Operation(summary = "Set a room (vendor admin): name, position (1-99), names per brand code, and the type codes and "
			+ "tiers that see it. The Overview is open to everyone and cannot be hidden. Partners whose company no longer "
			+ "sees a room get 404 from its pages and API")
	@PutMapping("/rooms/{key}")
	RoomView change(@PathVariable String key, @RequestBody RoomSettings settings) {
		return rooms.change(key, settings);
	}

	@Operation(summary = "The rooms the caller's company sees, in order, named for the brand whose host was called: "
			+ "the portal's navigation (partner people)")
	@WorkAsPartner
	@GetMapping("/me/rooms")
	List<NavRoom> mine(HttpServletRequest request) {
		return rooms.navigation(actor.scope().company().orElseThrow(), brands.brandOf(request.getServerName()));
	}
}
