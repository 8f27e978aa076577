package org.concord.registrations.web;

import java.util.Arrays;
import org.concord.registrations.RegistrationSettings;
import java.util.UUID;

import org.concord.partners.PartnerTypeView;
import org.concord.partners.PartnerTypes;
import org.concord.registrations.RegistrationSettingsView;
import org.concord.shared.InvalidInputException;
import org.concord.shared.PartnerId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vendor admin's registration settings and the Opportunity Source list. */
@Controller
class ProgramSettingsController {

	private static final String PAGE = "registrations/settings";

	private final RegistrationSettings registrationSettings;
	private final PartnerTypes partnerTypes;

	ProgramSettingsController(RegistrationSettings registrationSettings, PartnerTypes partnerTypes) {
		this.registrationSettings = registrationSettings;
		this.partnerTypes = partnerTypes;
	}

	@GetMapping("/admin/registration-settings")
	String show(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("settings", registrationSettings.current());
		model.addAttribute("sources", registrationSettings.allOpportunitySources());
		model.addAttribute("assistanceTypes", partnerTypes.list().stream().filter(PartnerTypeView::mayRequestAssistance).toList());
		model.addAttribute("caps", registrationSettings.dailyCaps(page));
		return PAGE;
	}

	@PostMapping("/admin/registration-settings")
	String save(@RequestParam(defaultValue = "false") boolean autoApprove, @RequestParam int approvalSlaHours,
			@RequestParam int protectionDays, @RequestParam String warningDays, @RequestParam int renewalActivityDays,
			@RequestParam int returnLapseDays, @RequestParam int dailySubmissionCap,
			@RequestParam(defaultValue = "false") boolean laterRenewalsNeedVendor,
			@RequestParam String vendorName,
			@RequestParam String currencies, RedirectAttributes redirect) {
		try {
			registrationSettings.change(new RegistrationSettingsView(autoApprove, approvalSlaHours, protectionDays,
					warningDays, renewalActivityDays, returnLapseDays, dailySubmissionCap, laterRenewalsNeedVendor,
					vendorName, Arrays.asList(currencies.split("[,\\s]+"))));
			redirect.addFlashAttribute("notice", "Settings saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/admin/registration-settings";
	}

	@PostMapping("/admin/partners/{id}/daily-cap")
	String setDailyCap(@PathVariable UUID id, @RequestParam int dailyCap, RedirectAttributes redirect) {
		try {
			registrationSettings.setDailyCap(new PartnerId(id), dailyCap);
			redirect.addFlashAttribute("notice", "Daily cap set.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/admin/registration-settings#caps";
	}

	@PostMapping("/admin/opportunity-sources")
	String addSource(@RequestParam(defaultValue = "") String label, RedirectAttributes redirect) {
		try {
			registrationSettings.addOpportunitySource(label);
			redirect.addFlashAttribute("notice", "Source added.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/admin/registration-settings";
	}

	@PostMapping("/admin/opportunity-sources/{code}/retirement")
	String retireSource(@PathVariable String code, RedirectAttributes redirect) {
		registrationSettings.retireOpportunitySource(code);
		redirect.addFlashAttribute("notice", "Source retired: it is no longer offered on the form.");
		return "redirect:/admin/registration-settings";
	}
}
