package org.concord.content.api;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.content.Library;
import org.concord.content.ResourceCategory;
import org.concord.content.ResourceDraft;
import org.concord.content.ResourceFile;
import org.concord.content.ResourceVersionView;
import org.concord.content.ResourceView;
import org.concord.content.Upload;
import org.concord.shared.BrandHosts;
import org.concord.shared.PageView;
import org.concord.shared.web.Downloads;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1/resources", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Resources", description = "The vendor's library of files and links for partners")
@InRoom(PortalRoom.RESOURCES)
class ResourceApi {

	private final Library library;
	private final BrandHosts brands;

	ResourceApi(Library library, BrandHosts brands) {
		this.library = library;
		this.brands = brands;
	}

	@Operation(summary = "Library items, newest first, paged: vendor staff every one, a partner's people those meant for their "
			+ "type, tier and the brand whose host was called; q finds words (PostgreSQL full-text search in English on "
			+ "PostgreSQL), category filters; isNew marks what changed since the person's last visit to the room")
	@GetMapping
	PageView<ResourceView> list(@RequestParam(required = false) String q, @RequestParam(required = false) ResourceCategory category,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, HttpServletRequest request) {
		return library.list(brands.brandOf(request.getServerName()), false, category, q, page, size);
	}

	@Operation(summary = "The Brand Guidelines room: the brand assets (logos, templates, guidelines, co-branded materials, "
			+ "campaign assets) for the caller, on the brand whose host was called; paged")
	@InRoom(PortalRoom.BRAND_GUIDELINES)
	@GetMapping("/brand-assets")
	PageView<ResourceView> brandAssets(@RequestParam(required = false) ResourceCategory category,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, HttpServletRequest request) {
		return library.list(brands.brandOf(request.getServerName()), true, category, null, page, size);
	}

	@Operation(summary = "One library item; 404 to a partner it is not meant for")
	@InRoom({ PortalRoom.RESOURCES, PortalRoom.BRAND_GUIDELINES })
	@GetMapping("/{id}")
	ResourceView get(@PathVariable UUID id, HttpServletRequest request) {
		return library.get(id, brands.brandOf(request.getServerName()));
	}

	@Operation(summary = "Every version of an item, the newest first (vendor staff)")
	@GetMapping("/{id}/versions")
	List<ResourceVersionView> versions(@PathVariable UUID id) {
		return library.history(id);
	}

	@Operation(summary = "A co-branded material (a PDF) with the caller's company and contact on every page (partner people)")
	@InRoom(PortalRoom.BRAND_GUIDELINES)
	@GetMapping(path = "/{id}/co-branded", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<InputStreamResource> coBranded(@PathVariable UUID id, HttpServletRequest request) {
		return attachment(library.coBranded(id, brands.brandOf(request.getServerName())));
	}

	@Operation(summary = "The current version's file, as an attachment; recorded, and counted as the partner person's engagement")
	@InRoom({ PortalRoom.RESOURCES, PortalRoom.BRAND_GUIDELINES })
	@GetMapping(path = "/{id}/file", produces = MediaType.ALL_VALUE)
	ResponseEntity<InputStreamResource> file(@PathVariable UUID id, HttpServletRequest request) {
		return attachment(library.download(id, brands.brandOf(request.getServerName())));
	}

	private static ResponseEntity<InputStreamResource> attachment(ResourceFile file) {
		return Downloads.stream(file.content(), MediaType.parseMediaType(file.contentType()), file.size(), file.name());
	}

	@Operation(summary = "Add an item (channel team), multipart: the description as JSON in part 'resource' (title, "
			+ "description, category, tags, link, note, types, tiers, brands) and the file in part 'file' (at most 10 MB, "
			+ "judged by its bytes), or a link in the description")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	ResourceView add(@RequestPart("resource") ResourceDraft draft, @RequestPart(name = "file", required = false) MultipartFile file) {
		return library.add(draft, Upload.from(file));
	}

	@Operation(summary = "Change an item's description and audience and, with a file part or a new link, add its next version")
	@PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResourceView revise(@PathVariable UUID id, @RequestPart("resource") ResourceDraft draft,
			@RequestPart(name = "file", required = false) MultipartFile file) {
		return library.revise(id, draft, Upload.from(file));
	}

}
