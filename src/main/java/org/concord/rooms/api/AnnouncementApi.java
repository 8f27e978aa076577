package org.concord.rooms.api;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.rooms.AnnouncementDraft;
import org.concord.rooms.AnnouncementView;
import org.concord.rooms.Announcements;
import org.concord.shared.BrandHosts;
import org.concord.shared.PageView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/announcements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Announcements", description = "The vendor's announcements to partners, targeted by type, tier and brand")
class AnnouncementApi {

	private final Announcements announcements;
	private final BrandHosts brands;

	AnnouncementApi(Announcements announcements, BrandHosts brands) {
		this.announcements = announcements;
		this.brands = brands;
	}

	@Operation(summary = "Vendor staff: every announcement, newest first. A partner's people: the live ones meant for "
			+ "their type, tier and the brand whose host was called, pinned first. Paged")
	@GetMapping
	PageView<AnnouncementView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			HttpServletRequest request) {
		return announcements.list(brands.brandOf(request.getServerName()), page, size);
	}

	@Operation(summary = "One announcement; 404 to a partner it is not meant for, or not live")
	@GetMapping("/{id}")
	AnnouncementView get(@PathVariable UUID id, HttpServletRequest request) {
		return announcements.get(id, brands.brandOf(request.getServerName()));
	}

	@Operation(summary = "Post an announcement (channel team): title, Markdown body, pinned, publishAt (none: now), "
			+ "expiresAt (none: until withdrawn), and the type codes, tiers and brand codes it is for (empty: all)")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	AnnouncementView post(@RequestBody AnnouncementDraft draft) {
		return announcements.post(draft);
	}

	@Operation(summary = "Change an announcement (channel team); a withdrawn one cannot change")
	@PutMapping("/{id}")
	AnnouncementView change(@PathVariable UUID id, @RequestBody AnnouncementDraft draft) {
		return announcements.change(id, draft);
	}

	@Operation(summary = "Withdraw an announcement (channel team): partners no longer see it; it is kept")
	@PostMapping("/{id}/withdrawal")
	AnnouncementView withdraw(@PathVariable UUID id) {
		return announcements.withdraw(id);
	}
}
