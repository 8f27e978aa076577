package org.concord.content.web;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.content.Library;
import org.concord.content.ResourceCategory;
import org.concord.content.ResourceDraft;
import org.concord.content.ResourceFile;
import org.concord.content.ResourceView;
import org.concord.content.Upload;
import org.concord.partners.PartnerTier;
import org.concord.partners.PartnerTypes;
import org.concord.shared.BrandHosts;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.web.Downloads;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.concord.training.Courses;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Resources room: the library, searched and filtered; an item with its versions; the channel team adds and revises. */
@Controller
@InRoom(PortalRoom.RESOURCES)
class ResourceController {

	private static final String LIST = "content/resources";
	private static final String ITEM = "content/resource";
	private static final String FORM = "content/resource-form";

	private final Library library;
	private final Courses courses;
	private final PartnerTypes types;
	private final BrandHosts brands;
	private final CurrentActor actor;

	ResourceController(Library library, Courses courses, PartnerTypes types, BrandHosts brands, CurrentActor actor) {
		this.actor = actor;
		this.library = library;
		this.courses = courses;
		this.types = types;
		this.brands = brands;
	}

	@GetMapping("/resources")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) ResourceCategory category,
			@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		model.addAttribute("resources", library.list(brands.brandOf(request.getServerName()), false, category, q, page, null));
		model.addAttribute("courses", courses.list(0, 5));
		model.addAttribute("categories", ResourceCategory.of(false));
		model.addAttribute("category", category);
		model.addAttribute("q", q);
		if (page == null && q == null && category == null) {
			library.visit();
		}
		return LIST;
	}

	@InRoom({ PortalRoom.RESOURCES, PortalRoom.BRAND_GUIDELINES })
	@GetMapping("/resources/{id}")
	String show(@PathVariable UUID id, HttpServletRequest request, Model model) {
		ResourceView item = library.get(id, brands.brandOf(request.getServerName()));
		model.addAttribute("item", item);
		if (actor.isVendorStaff()) {
			model.addAttribute("history", library.history(id));
			model.addAttribute("downloads", library.downloadsOf(id));
		}
		return ITEM;
	}

	/** The current version's file, as an attachment under its own name, never shown inline. */
	@InRoom({ PortalRoom.RESOURCES, PortalRoom.BRAND_GUIDELINES })
	@GetMapping("/resources/{id}/file")
	ResponseEntity<InputStreamResource> download(@PathVariable UUID id, HttpServletRequest request) {
		ResourceFile file = library.download(id, brands.brandOf(request.getServerName()));
		return Downloads.stream(file.content(), MediaType.parseMediaType(file.contentType()), file.size(), file.name());
	}

	@ManageChannel
	@GetMapping("/resources/new")
	String newForm(Model model) {
		return form(model, null, new ResourceDraft("", "", ResourceCategory.SALES_TOOLS, "", "", "", null, null, null));
	}

	@ManageChannel
	@PostMapping("/resources/new")
	String add(ResourceForm form, @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
		ResourceDraft draft = form.toDraft();
		try {
			ResourceView added = library.add(draft, Upload.from(file));
			redirect.addFlashAttribute("notice", "Added " + added.title() + ".");
			return "redirect:/resources/" + added.id();
		}
		catch (InvalidInputException ex) {
			return refused(model, null, draft, ex);
		}
	}

	@ManageChannel
	@GetMapping("/resources/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		ResourceView item = library.get(id, null);
		return form(model, item, new ResourceDraft(item.title(), item.description(), item.category(), item.tags(), item.link(), "",
				item.types(), item.tiers(), item.brands()));
	}

	@ManageChannel
	@PostMapping("/resources/{id}")
	String revise(@PathVariable UUID id, ResourceForm form, @RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		ResourceDraft draft = form.toDraft();
		try {
			ResourceView revised = library.revise(id, draft, Upload.from(file));
			redirect.addFlashAttribute("notice", "Saved; partners get version " + revised.currentVersion() + ".");
			return "redirect:/resources/" + id;
		}
		catch (InvalidInputException ex) {
			return refused(model, library.get(id, null), draft, ex);
		}
	}

	/** The form as typed. */
	record ResourceForm(String title, String description, ResourceCategory category, String tags, String link, String note,
			List<String> types, List<PartnerTier> tiers, List<String> brands) {

		ResourceDraft toDraft() {
			Set<PartnerTier> tierSet = tiers == null || tiers.isEmpty() ? Set.of() : EnumSet.copyOf(tiers);
			return new ResourceDraft(title, description, category, tags, link, note, types == null ? Set.of() : new HashSet<>(types),
					tierSet, brands == null ? Set.of() : new HashSet<>(brands));
		}
	}


	private String refused(Model model, ResourceView item, ResourceDraft draft, InvalidInputException ex) {
		model.addAttribute("problem", ex.getMessage());
		model.addAttribute("problemField", ex.field());
		return form(model, item, draft);
	}

	private String form(Model model, ResourceView item, ResourceDraft draft) {
		model.addAttribute("item", item);
		model.addAttribute("draft", draft);
		model.addAttribute("categories", ResourceCategory.values());
		model.addAttribute("types", types.list());
		model.addAttribute("tiers", PartnerTier.values());
		model.addAttribute("brandNames", brands.names());
		return FORM;
	}
}
