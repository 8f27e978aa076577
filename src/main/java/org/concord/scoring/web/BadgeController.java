package org.concord.scoring.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.partners.PartnerDirectory;
import org.concord.scoring.BadgeAwardView;
import org.concord.scoring.BadgeRule;
import org.concord.scoring.Badges;
import org.concord.scoring.NewBadge;
import org.concord.shared.ConflictingRequestException;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.PartnerId;
import org.concord.shared.access.Administer;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.web.Htmx;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Badge pages: what can be earned and (for the vendor) recent awards; a partner's badges with the channel team's forms. */
@Controller
@InRoom(PortalRoom.PERFORMANCE)
class BadgeController {

	private final Badges badges;
	private final PartnerDirectory partners;
	private final CurrentActor actor;

	BadgeController(Badges badges, PartnerDirectory partners, CurrentActor actor) {
		this.badges = badges;
		this.partners = partners;
		this.actor = actor;
	}

	@GetMapping("/badges")
	String index(@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		model.addAttribute("badges", badges.list(0, 100));
		model.addAttribute("rules", BadgeRule.values());
		model.addAttribute("awards", actor.isVendorStaff() ? badges.recent(page, null) : null);
		model.addAttribute("mine", actor.isVendorStaff() ? null : actor.scope().company().map(badges::of).orElse(List.of()));
		return Htmx.view(request, "scoring/badges", "awards");
	}

	@Administer
	@PostMapping("/badges")
	String define(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
			@RequestParam(required = false) BadgeRule rule, @RequestParam(required = false) Integer threshold,
			@RequestParam(defaultValue = "") String certification, RedirectAttributes redirect) {
		try {
			badges.define(new NewBadge(name, description, rule, threshold, certification));
			redirect.addFlashAttribute("notice", "Badge defined; partners that meet it have it now.");
		}
		catch (InvalidInputException | ConflictingRequestException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/badges";
	}

	@GetMapping("/partners/{id}/badges")
	String partner(@PathVariable UUID id, Model model) {
		PartnerId partner = new PartnerId(id);
		model.addAttribute("partner", partners.get(partner));
		model.addAttribute("awards", badges.of(partner));
		model.addAttribute("badges", actor.isVendorStaff() ? badges.list(0, 100).content() : List.of());
		return "scoring/partner-badges";
	}

	@ManageChannel
	@PostMapping("/partners/{id}/badges")
	String award(@PathVariable UUID id, @RequestParam(required = false) UUID badgeId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			BadgeAwardView awarded = badges.award(new PartnerId(id), badgeId, reason);
			redirect.addFlashAttribute("notice", "Badge awarded: " + awarded.badgeName() + ".");
		}
		catch (InvalidInputException | ConflictingRequestException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/partners/" + id + "/badges";
	}

	@ManageChannel
	@PostMapping("/badge-awards/{id}/revocation")
	String revoke(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			BadgeAwardView revoked = badges.revoke(id, reason);
			redirect.addFlashAttribute("notice", "Badge revoked: " + revoked.badgeName() + ".");
			return "redirect:/partners/" + revoked.partnerId() + "/badges";
		}
		catch (InvalidInputException | ConflictingRequestException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/badges";
		}
	}
}
