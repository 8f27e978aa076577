package org.concord.scoring.api;

import java.util.List;
import java.util.UUID;

import org.concord.scoring.BadgeAwardView;
import org.concord.scoring.BadgeView;
import org.concord.scoring.Badges;
import org.concord.scoring.NewBadge;
import org.concord.shared.PageView;
import org.concord.shared.PartnerId;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Badges", description = "Badges with automatic award rules or awarded by the channel team; the award history")
@InRoom(PortalRoom.PERFORMANCE)
class BadgeApi {

	private final Badges badges;

	BadgeApi(Badges badges) {
		this.badges = badges;
	}

	@Operation(summary = "The badges, by name, paged, with their rule and how many partners hold each")
	@GetMapping("/badges")
	PageView<BadgeView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return badges.list(page, size);
	}

	@Operation(summary = "Define a badge (vendor admin): rule FIRST_DEAL, DEALS_WON (threshold deals), CERTIFICATION (a"
			+ " certification's name, or any), EVENT_ATTENDED (threshold events), TARGET_REACHED or MANUAL; partners that"
			+ " already meet it receive it")
	@PostMapping("/badges")
	@ResponseStatus(HttpStatus.CREATED)
	BadgeView define(@RequestBody NewBadge badge) {
		return badges.define(badge);
	}

	@Operation(summary = "Every award, newest first, paged, revoked ones too (vendor staff): the badge report")
	@GetMapping("/badge-awards")
	PageView<BadgeAwardView> recent(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return badges.recent(page, size);
	}

	@Operation(summary = "A partner's badge awards, newest first, revoked ones too; 404 outside the caller's scope")
	@GetMapping("/partners/{id}/badges")
	List<BadgeAwardView> of(@PathVariable UUID id) {
		return badges.of(new PartnerId(id));
	}

	/** Which badge, and why. */
	record Award(UUID badgeId, String reason) {
	}

	@Operation(summary = "Award a badge to a partner, saying why (channel manager or vendor admin); 409 if it holds it")
	@PostMapping("/partners/{id}/badges")
	@ResponseStatus(HttpStatus.CREATED)
	BadgeAwardView award(@PathVariable UUID id, @RequestBody Award award) {
		return badges.award(new PartnerId(id), award.badgeId(), award.reason());
	}

	/** Why the badge is revoked. */
	record Revocation(String reason) {
	}

	@Operation(summary = "Revoke a badge award, saying why (channel manager or vendor admin); it stays in the history and its"
			+ " rule does not award it again")
	@PostMapping("/badge-awards/{id}/revocation")
	BadgeAwardView revoke(@PathVariable UUID id, @RequestBody Revocation revocation) {
		return badges.revoke(id, revocation.reason());
	}
}
