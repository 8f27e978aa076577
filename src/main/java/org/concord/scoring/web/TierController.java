package org.concord.scoring.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.concord.partners.PartnerDirectory;
import org.concord.scoring.SatisfactionSurvey;
import org.concord.scoring.TierAssessments;
import org.concord.scoring.TierChanges;
import org.concord.scoring.TierCriterion;
import org.concord.scoring.TierRubric;
import org.concord.scoring.TierRubrics;
import org.concord.shared.ConflictingRequestException;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.PartnerId;
import org.concord.shared.access.Administer;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.access.SeeProgram;
import org.concord.shared.access.WorkAsPartner;
import org.concord.shared.web.Htmx;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tier pages: a partner's tier score, breakdown and what the next tier needs; the channel team's tier changes to
 * approve; the vendor admin's rubric; and the quarterly satisfaction question partners answer on their Overview.
 */
@Controller
class TierController {

	private static final String CHANGES = "scoring/tier-changes";
	private static final String SURVEY = "scoring/satisfaction";
	private static final int BAND_ROWS = 6;

	private final TierAssessments assessments;
	private final TierChanges changes;
	private final TierRubrics rubrics;
	private final SatisfactionSurvey survey;
	private final PartnerDirectory partners;
	private final CurrentActor actor;

	TierController(TierAssessments assessments, TierChanges changes, TierRubrics rubrics, SatisfactionSurvey survey,
			PartnerDirectory partners, CurrentActor actor) {
		this.assessments = assessments;
		this.changes = changes;
		this.rubrics = rubrics;
		this.survey = survey;
		this.partners = partners;
		this.actor = actor;
	}

	/** "Tier" in a partner's menu: its own company's tier page; the channel team's tier changes for vendor staff. */
	@InRoom(PortalRoom.PERFORMANCE)
	@GetMapping("/tier")
	String mine() {
		return actor.scope().company().map(id -> "redirect:/partners/" + id + "/tier").orElse("redirect:/tier-changes");
	}

	@InRoom(PortalRoom.PERFORMANCE)
	@GetMapping("/partners/{id}/tier")
	String partner(@PathVariable UUID id, Model model) {
		PartnerId partner = new PartnerId(id);
		model.addAttribute("partner", partners.get(partner));
		model.addAttribute("score", assessments.score(partner).orElse(null));
		model.addAttribute("rubric", rubrics.current());
		model.addAttribute("history", partners.history(partner).stream().filter(c -> "tier".equals(c.field())).toList());
		return "scoring/tier";
	}

	@SeeProgram
	@GetMapping("/tier-changes")
	String changes(@RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean all,
			@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		return changesView(status, all, page, request, model);
	}

	private String changesView(String status, boolean all, Integer page, HttpServletRequest request, Model model) {
		model.addAttribute("changes", changes.list(status, all, page, null));
		model.addAttribute("status", status == null || status.isBlank() ? "PROPOSED" : status.toUpperCase(Locale.ROOT));
		model.addAttribute("all", all);
		return Htmx.view(request, CHANGES, "rows");
	}

	/** Approve by htmx (the list comes back without the change) or a plain form post (the page again). */
	@ManageChannel
	@PostMapping("/tier-changes/{id}/approval")
	String approve(@PathVariable UUID id, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "false") boolean fromPartnerPage,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return decided(id, fromPartnerPage, () -> {
			var approved = changes.approve(id, note);
			return approved.partnerName() + ": " + approved.fromTier() + " → " + approved.toTier() + ("SCHEDULED"
					.equals(approved.status()) ? ", from " + approved.effectiveOn() + " (the partner is told now)." : ", now.");
		}, all, request, model, redirect);
	}

	@ManageChannel
	@PostMapping("/tier-changes/{id}/rejection")
	String reject(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "false") boolean fromPartnerPage,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return decided(id, fromPartnerPage, () -> changes.reject(id, reason).partnerName() + " keeps its tier.", all, request, model, redirect);
	}

	/** The queue again (the fragment for htmx), or the partner's tier page the decision was made on. */
	private String decided(UUID id, boolean fromPartnerPage, Supplier<String> decision, boolean all,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		String notice = null;
		String problem = null;
		try {
			notice = decision.get();
		}
		catch (InvalidInputException | ConflictingRequestException ex) {
			problem = ex.getMessage();
		}
		if (Htmx.isHtmx(request) && !fromPartnerPage) {
			model.addAttribute("notice", notice);
			model.addAttribute("problem", problem);
			return changesView(null, all, null, request, model);
		}
		redirect.addFlashAttribute(notice == null ? "problem" : "notice", notice == null ? problem : notice);
		if (fromPartnerPage) {
			return "redirect:/partners/" + changes.get(id).partnerId() + "/tier";
		}
		return "redirect:/tier-changes" + (all ? "?all=true" : "");
	}

	@Administer
	@PostMapping("/tier-assessments")
	String assess(RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", assessments.assessNow() + " partners assessed; the tier changes below follow.");
		return "redirect:/tier-changes?all=true";
	}

	@WorkAsPartner
	@GetMapping("/satisfaction-survey")
	String question(HttpServletRequest request, Model model) {
		model.addAttribute("question", survey.current());
		return Htmx.view(request, SURVEY, "card");
	}

	@WorkAsPartner
	@PostMapping("/satisfaction-survey")
	String answer(@RequestParam(required = false) Integer score, @RequestParam(defaultValue = "") String comment,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			model.addAttribute("question", survey.answer(score, comment));
			model.addAttribute("notice", "Thank you: your answer is saved. The question comes again next quarter.");
		}
		catch (InvalidInputException | ConflictingRequestException ex) {
			response.setStatus(ex instanceof InvalidInputException ? HttpStatus.BAD_REQUEST.value() : HttpStatus.CONFLICT.value());
			model.addAttribute("question", survey.current());
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("comment", comment);
		}
		return Htmx.view(request, SURVEY, "card");
	}

	@Administer
	@GetMapping("/admin/tier-rubric")
	String rubric(Model model) {
		model.addAttribute("form", TierRubricForm.of(rubrics.current(), BAND_ROWS));
		model.addAttribute("criteria", TierCriterion.values());
		return "scoring/tier-rubric";
	}

	@Administer
	@PostMapping("/admin/tier-rubric")
	String changeRubric(TierRubricForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			rubrics.change(form.toRubric());
			redirect.addFlashAttribute("notice", "Rubric saved; it counts from the next assessment.");
			return "redirect:/admin/tier-rubric";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("form", form.padded(BAND_ROWS));
			model.addAttribute("criteria", TierCriterion.values());
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("problemField", ex.field());
			return "scoring/tier-rubric";
		}
	}

	/** The rubric form: per criterion a fixed number of band rows (blank rows are ignored), and the settings. */
	static class TierRubricForm {

		private Map<TierCriterion, List<String>> from = new EnumMap<>(TierCriterion.class);
		private Map<TierCriterion, List<String>> points = new EnumMap<>(TierCriterion.class);
		private String silverFrom;
		private String goldFrom;
		private String platinumFrom;
		private String graceMonths;
		private String revenueCurrency;
		private String allCertifications;

		static TierRubricForm of(TierRubric rubric, int rows) {
			TierRubricForm form = new TierRubricForm();
			for (TierCriterion criterion : TierCriterion.values()) {
				List<String> f = new ArrayList<>();
				List<String> p = new ArrayList<>();
				for (TierRubric.Band band : rubric.bands().getOrDefault(criterion, List.of())) {
					f.add(band.from().toPlainString());
					p.add(String.valueOf(band.points()));
				}
				while (f.size() < rows) {
					f.add("");
					p.add("");
				}
				form.from.put(criterion, f);
				form.points.put(criterion, p);
			}
			form.silverFrom = String.valueOf(rubric.silverFrom());
			form.goldFrom = String.valueOf(rubric.goldFrom());
			form.platinumFrom = String.valueOf(rubric.platinumFrom());
			form.graceMonths = String.valueOf(rubric.graceMonths());
			form.revenueCurrency = rubric.revenueCurrency();
			form.allCertifications = String.valueOf(rubric.allCertifications());
			return form;
		}

		/** What was typed, with every criterion's rows there to show again. */
		TierRubricForm padded(int rows) {
			for (TierCriterion criterion : TierCriterion.values()) {
				from.put(criterion, pad(from.get(criterion), rows));
				points.put(criterion, pad(points.get(criterion), rows));
			}
			return this;
		}

		private static List<String> pad(List<String> typed, int rows) {
			List<String> padded = new ArrayList<>(typed == null ? List.of() : typed);
			while (padded.size() < rows) {
				padded.add("");
			}
			return padded;
		}

		TierRubric toRubric() {
			Map<TierCriterion, List<TierRubric.Band>> bands = new EnumMap<>(TierCriterion.class);
			for (TierCriterion criterion : TierCriterion.values()) {
				List<String> f = from.getOrDefault(criterion, List.of());
				List<String> p = points.getOrDefault(criterion, List.of());
				List<TierRubric.Band> list = new ArrayList<>();
				for (int i = 0; i < f.size(); i++) {
					String start = f.get(i) == null ? "" : f.get(i).strip();
					String earned = i < p.size() && p.get(i) != null ? p.get(i).strip() : "";
					if (start.isEmpty() && earned.isEmpty()) {
						continue;
					}
					String field = "bands." + criterion.name();
					list.add(new TierRubric.Band(decimal(start, field, criterion.label() + ": each band needs the value it starts"
							+ " from."), number(earned, field, criterion.label() + ": each band needs its points, a whole number.")));
				}
				bands.put(criterion, list);
			}
			return new TierRubric(bands, number(silverFrom, "thresholds", "Give Silver's threshold as a whole number."),
					number(goldFrom, "thresholds", "Give Gold's threshold as a whole number."),
					number(platinumFrom, "thresholds", "Give Platinum's threshold as a whole number."),
					number(graceMonths, "graceMonths", "Give the grace period in whole months."),
					revenueCurrency == null ? null : revenueCurrency.strip().toUpperCase(Locale.ROOT),
					number(allCertifications, "allCertifications", "Give how many certifications make \"all\"."));
		}

		private static BigDecimal decimal(String text, String field, String message) {
			try {
				return new BigDecimal(text.replace(",", ""));
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException(field, message);
			}
		}

		private static int number(String text, String field, String message) {
			try {
				return Integer.parseInt(text == null ? "" : text.strip());
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException(field, message);
			}
		}

		public Map<TierCriterion, List<String>> getFrom() {
			return from;
		}

		public void setFrom(Map<TierCriterion, List<String>> from) {
			this.from = from;
		}

		public Map<TierCriterion, List<String>> getPoints() {
			return points;
		}

		public void setPoints(Map<TierCriterion, List<String>> points) {
			this.points = points;
		}

		public String getSilverFrom() {
			return silverFrom;
		}

		public void setSilverFrom(String silverFrom) {
			this.silverFrom = silverFrom;
		}

		public String getGoldFrom() {
			return goldFrom;
		}

		public void setGoldFrom(String goldFrom) {
			this.goldFrom = goldFrom;
		}

		public String getPlatinumFrom() {
			return platinumFrom;
		}

		public void setPlatinumFrom(String platinumFrom) {
			this.platinumFrom = platinumFrom;
		}

		public String getGraceMonths() {
			return graceMonths;
		}

		public void setGraceMonths(String graceMonths) {
			this.graceMonths = graceMonths;
		}

		public String getRevenueCurrency() {
			return revenueCurrency;
		}

		public void setRevenueCurrency(String revenueCurrency) {
			this.revenueCurrency = revenueCurrency;
		}

		public String getAllCertifications() {
			return allCertifications;
		}

		public void setAllCertifications(String allCertifications) {
			this.allCertifications = allCertifications;
		}
	}
}
