package org.concord.partners.web;

import org.concord.partners.PartnerTypeDetails;
import org.concord.partners.PartnerTypes;
import org.concord.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vendor admin's partner types: what each is called and what it decides. */
@Controller
class PartnerTypeController {

	private static final String PAGE = "partners/types";

	private final PartnerTypes partnerTypes;

	PartnerTypeController(PartnerTypes partnerTypes) {
		this.partnerTypes = partnerTypes;
	}

	@GetMapping("/admin/partner-types")
	String list(Model model) {
		model.addAttribute("types", partnerTypes.list());
		return PAGE;
	}

	@PostMapping("/admin/partner-types")
	String add(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "false") boolean takesVendorLeads,
			@RequestParam(defaultValue = "false") boolean mayRequestAssistance, RedirectAttributes redirect) {
		try {
			var added = partnerTypes.add(code, new PartnerTypeDetails(name, takesVendorLeads, mayRequestAssistance));
			redirect.addFlashAttribute("notice", "Partner type " + added.name() + " added.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/admin/partner-types";
	}

	@PostMapping("/admin/partner-types/{code}")
	String change(@PathVariable String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "false") boolean takesVendorLeads,
			@RequestParam(defaultValue = "false") boolean mayRequestAssistance, RedirectAttributes redirect) {
		try {
			var changed = partnerTypes.change(code, new PartnerTypeDetails(name, takesVendorLeads, mayRequestAssistance));
			redirect.addFlashAttribute("notice", "Partner type " + changed.name() + " saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/admin/partner-types";
	}
}
