package org.concord.identity.web;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.concord.identity.BrandView;
import org.concord.identity.Brands;
import org.concord.shared.InvalidInputException;
import org.concord.shared.web.Forms;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The brand's theme and logo for whichever host asks, and the vendor admin's brand pages. */
@Controller
class BrandController {

	private static final String LIST = "identity/brands";
	private static final String EDIT = "identity/brand";

	private final Brands brands;
	private final Validator validator;

	BrandController(Brands brands, Validator validator) {
		this.brands = brands;
		this.validator = validator;
	}

	@GetMapping(value = "/brand/theme.css", produces = "text/css")
	@ResponseBody
	ResponseEntity<String> theme(HttpServletRequest request) {
		BrandView brand = brands.forHost(request.getServerName());
		String css = ":root { --brand-primary: %s; --brand-accent: %s; }\n".formatted(brand.primaryColour(),
				brand.accentColour());
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).body(css);
	}

	@GetMapping("/brand/logo")
	ResponseEntity<byte[]> logo(HttpServletRequest request) {
		return brands.logo(request.getServerName())
				.map(logo -> ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.contentType()))
						.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).body(logo.bytes()))
				.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping("/admin/brands")
	String list(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("brands", brands.all(page, null));
		return LIST;
	}

	@GetMapping("/admin/brands/{id}")
	String edit(@PathVariable UUID id, Model model) {
		BrandView brand = brands.get(id);
		model.addAttribute("edited", brand);
		model.addAttribute("form", BrandDetailsForm.of(brand));
		return EDIT;
	}

	@PostMapping("/admin/brands/{id}")
	String save(@PathVariable UUID id, @ModelAttribute("form") BrandDetailsForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		var details = form.toDetails();
		Forms.validate(validator, details, binding);
		if (!binding.hasErrors()) {
			try {
				brands.change(id, details);
				redirect.addFlashAttribute("notice", "Brand saved.");
				return "redirect:/admin/brands/" + id;
			}
			catch (InvalidInputException ex) {
				Forms.reject(binding, ex);
			}
		}
		model.addAttribute("edited", brands.get(id));
		return EDIT;
	}

	@PostMapping("/admin/brands/{id}/logo")
	String uploadLogo(@PathVariable UUID id, @RequestParam("logo") MultipartFile logo, RedirectAttributes redirect)
			throws IOException {
		try {
			brands.replaceLogo(id, logo.getBytes());
			redirect.addFlashAttribute("notice", "Logo replaced.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/admin/brands/" + id;
	}
}
