package org.concord.commissions.web;

import java.math.BigDecimal;
import org.concord.commissions.ProgramTerms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.concord.commissions.CommissionKind;
import org.concord.commissions.RateScope;
import org.concord.commissions.RateView;
import org.concord.commissions.TermsView;
import org.concord.partners.PartnerTier;
import org.concord.partners.PartnerTypes;
import org.concord.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The vendor admin's program terms and commission rates: every version, and new terms announced with notice. */
@Controller
class ProgramTermsController {

	private static final String PAGE = "commissions/program-terms";
	private static final int BLANK_ROWS = 3;

	private final ProgramTerms programTerms;
	private final PartnerTypes partnerTypes;
	private final Clock clock;

	ProgramTermsController(ProgramTerms programTerms, PartnerTypes partnerTypes, Clock clock) {
		this.programTerms = programTerms;
		this.partnerTypes = partnerTypes;
		this.clock = clock;
	}

	@GetMapping("/admin/program-terms")
	String show(Model model) {
		List<TermsView> versions = programTerms.all().reversed();
		Map<Integer, List<RateView>> rates = new LinkedHashMap<>();
		versions.forEach(v -> rates.put(v.version(), programTerms.ratesOf(v.version())));
		List<RateView> draft = new ArrayList<>(versions.isEmpty() ? List.of() : rates.get(versions.getFirst().version()));
		for (int i = 0; i < BLANK_ROWS; i++) {
			draft.add(new RateView(null, null, null, null));
		}
		model.addAttribute("versions", versions);
		model.addAttribute("rates", rates);
		model.addAttribute("draft", draft);
		model.addAttribute("kinds", CommissionKind.values());
		model.addAttribute("scopes", RateScope.values());
		model.addAttribute("partnerTypes", partnerTypes.list());
		model.addAttribute("tiers", PartnerTier.values());
		model.addAttribute("earliest", LocalDate.now(clock).plusDays(ProgramTerms.NOTICE_DAYS));
		return PAGE;
	}

	/** Rates come as parallel rows; a row without a percentage is left out. Percentages are entered as 5 for 5%. */
	@PostMapping("/admin/program-terms")
	String announce(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(defaultValue = "") String summary, @RequestParam(defaultValue = "") List<String> kind,
			@RequestParam(defaultValue = "") List<String> scope, @RequestParam(defaultValue = "") List<String> scopeValue,
			@RequestParam(defaultValue = "") List<String> percent, RedirectAttributes redirect) {
		try {
			TermsView announced = programTerms.announce(effectiveFrom, summary, rows(kind, scope, scopeValue, percent));
			redirect.addFlashAttribute("notice", "Terms version " + announced.version() + " announced; partners have been told. "
					+ "They apply to opportunities registered from " + announced.effectiveFrom() + ".");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.field() + ": " + ex.getMessage());
		}
		return "redirect:/admin/program-terms";
	}

	private static List<RateView> rows(List<String> kind, List<String> scope, List<String> scopeValue, List<String> percent) {
		List<RateView> rows = new ArrayList<>();
		for (int i = 0; i < percent.size(); i++) {
			if (percent.get(i).isBlank()) {
				continue;
			}
			int row = i + 1;
			BigDecimal rate;
			try {
				rate = new BigDecimal(percent.get(i).trim()).movePointLeft(2);
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("rates", "Row " + row + ": enter the rate as a percentage, e.g. 5 or 2.5.");
			}
			RateScope rateScope = parse(RateScope.class, at(scope, i), row, "scope");
			String value = rateScope == RateScope.PROGRAM ? "*" : at(scopeValue, i).trim();
			if (value.isEmpty()) {
				throw new InvalidInputException("rates", "Row " + row + ": say which partner type, tier or partner the rate is for.");
			}
			rows.add(new RateView(parse(CommissionKind.class, at(kind, i), row, "kind"), rateScope, value, rate));
		}
		return rows;
	}

	private static String at(List<String> values, int i) {
		return i < values.size() ? values.get(i) : "";
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, int row, String what) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("rates", "Row " + row + ": choose the " + what + ".");
		}
	}
}
