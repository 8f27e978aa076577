package org.concord.content.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.content.Library;
import org.concord.content.ResourceCategory;
import org.concord.content.ResourceFile;
import org.concord.shared.BrandHosts;
import org.concord.shared.web.Downloads;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The Brand Guidelines room: the brand's logos, templates, guidelines, co-branded materials and campaign assets. */
@Controller
@InRoom(PortalRoom.BRAND_GUIDELINES)
class BrandGuidelinesController {

	private final Library library;
	private final BrandHosts brands;

	BrandGuidelinesController(Library library, BrandHosts brands) {
		this.library = library;
		this.brands = brands;
	}

	@GetMapping("/brand-guidelines")
	String list(@RequestParam(required = false) ResourceCategory category, @RequestParam(required = false) Integer page,
			HttpServletRequest request, Model model) {
		model.addAttribute("assets", library.list(brands.brandOf(request.getServerName()), true, category, null, page, 50));
		model.addAttribute("categories", ResourceCategory.of(true));
		model.addAttribute("category", category);
		return "content/brand-guidelines";
	}

	/** A co-branded material with the partner's own name and contact on every page. */
	@GetMapping("/resources/{id}/co-branded")
	ResponseEntity<InputStreamResource> coBranded(@PathVariable UUID id, HttpServletRequest request) {
		ResourceFile file = library.coBranded(id, brands.brandOf(request.getServerName()));
		return Downloads.stream(file.content(), MediaType.parseMediaType(file.contentType()), file.size(), file.name());
	}
}
