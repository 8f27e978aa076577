package org.concord.leads.web;

import java.time.LocalDate;

import org.concord.leads.LeadSettingsView;
import org.concord.leads.Leads;
import org.concord.leads.OnTimeout;
import org.concord.leads.RuleMode;
import org.concord.partners.PartnerTier;
import org.concord.partners.PartnerTypeView;
import org.concord.partners.PartnerTypes;
import org.concord.shared.ClosureDays;
import org.concord.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vendor admin's lead routing settings and the vendor's closure days (not working days). */
@Controller
class LeadSettingsController {

	private static final String PAGE = "leads/settings";

	private final Leads leads;
	private final ClosureDays closureDays;
	private final PartnerTypes partnerTypes;

	LeadSettingsController(Leads leads, ClosureDays closureDays, PartnerTypes partnerTypes) {
		this.leads = leads;
		this.closureDays = closureDays;
		this.partnerTypes = partnerTypes;
	}

	@GetMapping("/admin/lead-settings")
	String show(Model model) {
		model.addAttribute("settings", leads.settings());
		model.addAttribute("modes", RuleMode.values());
		model.addAttribute("tiers", PartnerTier.values());
		model.addAttribute("leadTypes", partnerTypes.list().stream().filter(PartnerTypeView::takesVendorLeads).toList());
		model.addAttribute("timeouts", OnTimeout.values());
		model.addAttribute("closureDays", closureDays.all());
		return PAGE;
	}

	@PostMapping("/admin/lead-settings")
	String save(@RequestParam(required = false) RuleMode tierMode, @RequestParam(required = false) PartnerTier minimumTier,
			@RequestParam(required = false) RuleMode territoryMode, @RequestParam(defaultValue = "0") int maxDistanceKm,
			@RequestParam(required = false) RuleMode expertiseMode,
			@RequestParam(defaultValue = "0") int contactWorkingDays, @RequestParam(defaultValue = "0") int reminderHours,
			@RequestParam(required = false) OnTimeout onTimeout, RedirectAttributes redirect) {
		try {
			leads.changeSettings(new LeadSettingsView(tierMode, minimumTier, territoryMode, maxDistanceKm, expertiseMode,
					contactWorkingDays, reminderHours, onTimeout));
			redirect.addFlashAttribute("notice", "Lead routing settings saved.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/admin/lead-settings";
	}

	@PostMapping("/admin/closure-days")
	String close(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			closureDays.close(day, reason);
			redirect.addFlashAttribute("notice", "Closure day added: it no longer counts as a working day.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/admin/lead-settings";
	}
}
