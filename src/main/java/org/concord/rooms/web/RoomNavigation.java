package org.concord.rooms.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.rooms.NavRoom;
import org.concord.rooms.Rooms;
import org.concord.shared.BrandHosts;
import org.concord.shared.CurrentActor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page a partner person sees the rooms of their navigation, named for the brand of the host. */
@ControllerAdvice
class RoomNavigation {

	private final Rooms rooms;
	private final BrandHosts brands;
	private final CurrentActor actor;

	RoomNavigation(Rooms rooms, BrandHosts brands, CurrentActor actor) {
		this.rooms = rooms;
		this.brands = brands;
		this.actor = actor;
	}

	@ModelAttribute("rooms")
	List<NavRoom> rooms(HttpServletRequest request) {
		if (request.getRequestURI().startsWith("/api/") || request.getUserPrincipal() == null || actor.isVendorStaff()) {
			return List.of();
		}
		return actor.scope().company().map(own -> rooms.navigation(own, brands.brandOf(request.getServerName())))
				.orElse(List.of());
	}
}
