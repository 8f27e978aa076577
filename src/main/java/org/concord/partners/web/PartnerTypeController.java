package org.concord.partners.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.concord.partners.Onboarding;
import org.concord.partners.OnboardingOwner;
import org.concord.partners.OnboardingStepView;
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
	private final Onboarding onboarding;

	PartnerTypeController(PartnerTypes partnerTypes, Onboarding onboarding) {
		this.partnerTypes = partnerTypes;
		this.onboarding = onboarding;
	}

	@GetMapping("/admin/partner-types")
	String list(Model model) {
		var types = partnerTypes.list();
		model.addAttribute("types", types);
		Map<String, String> steps = new LinkedHashMap<>();
		types.forEach(t -> steps.put(t.code(), onboarding.steps(t.code()).stream()
				.map(s -> s.owner().name().toLowerCase(Locale.ROOT) + " | " + s.dueDays() + " | " + s.title())
				.collect(Collectors.joining("\n"))));
		model.addAttribute("steps", steps);
		return PAGE;
	}

	/**
	 * A type's onboarding checklist, one step a line: who does it (partner or vendor), within how many days of
	 * joining, and what, e.g. "partner | 7 | Sign the partner agreement".
	 */
	@PostMapping("/admin/partner-types/{code}/onboarding-steps")
	String changeSteps(@PathVariable String code, @RequestParam(defaultValue = "") String steps, RedirectAttributes redirect) {
		try {
			onboarding.changeSteps(code, parseSteps(steps));
			redirect.addFlashAttribute("notice", "Onboarding checklist saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/admin/partner-types";
	}

	static List<OnboardingStepView> parseSteps(String text) {
		List<OnboardingStepView> steps = new ArrayList<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			String[] parts = lines[i].split("\\|", 3);
			String line = "Line " + (i + 1) + ": ";
			if (parts.length < 3) {
				throw new InvalidInputException("steps", line + "write who | days | what, e.g. partner | 7 | Sign the agreement.");
			}
			OnboardingOwner owner = switch (parts[0].strip().toLowerCase(Locale.ROOT)) {
				case "partner" -> OnboardingOwner.PARTNER;
				case "vendor" -> OnboardingOwner.VENDOR;
				default -> throw new InvalidInputException("steps", line + "who does it: partner or vendor.");
			};
			int days;
			try {
				days = Integer.parseInt(parts[1].strip());
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("steps", line + "the days are a whole number.");
			}
			steps.add(new OnboardingStepView(steps.size() + 1, parts[2].strip(), owner, days));
		}
		return steps;
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
