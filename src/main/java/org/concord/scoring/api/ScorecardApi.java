package org.concord.scoring.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.concord.scoring.ScorecardFormulaView;
import org.concord.scoring.ScorecardKpi;
import org.concord.scoring.ScorecardView;
import org.concord.scoring.Scorecards;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.PartnerId;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Scorecards", description = "The channel scorecard: KPIs per partner, formulas per type and region, targets,"
		+ " rank and percentile among peers of the same type")
@InRoom(PortalRoom.PERFORMANCE)
class ScorecardApi {

	private final Scorecards scorecards;

	ScorecardApi(Scorecards scorecards) {
		this.scorecards = scorecards;
	}

	@Operation(summary = "A partner's last scorecard: KPIs against their targets, the formula, score, rank and percentile"
			+ " among the partners of its type (no peer is named); 404 outside the caller's scope or before the first")
	@GetMapping("/partners/{id}/scorecard")
	ScorecardView of(@PathVariable UUID id) {
		return scorecards.of(new PartnerId(id)).orElseThrow(() -> new NotFoundException("Scorecard"));
	}

	@Operation(summary = "The ranking of one partner type (its code), best first, paged (vendor staff)")
	@GetMapping("/scorecards")
	PageView<ScorecardView> ranking(@RequestParam(required = false) String type, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return scorecards.ranking(type, page, size);
	}

	/** How many scorecards a computation made. */
	record Computed(int partners) {
	}

	@Operation(summary = "Compute every scorecard now (vendor admin), as the monthly job does on the 1st at 03:15")
	@PostMapping("/scorecards")
	Computed compute() {
		return new Computed(scorecards.computeNow());
	}

	@Operation(summary = "The scorecard formulas: the default, and those of a partner type, a region, or both")
	@GetMapping("/scorecard-formulas")
	List<ScorecardFormulaView> formulas() {
		return scorecards.formulas();
	}

	/** Where a formula applies (blank: any) and the formula itself. */
	record Formula(String partnerType, String region, String expression) {
	}

	@Operation(summary = "Set the formula for a partner type, a region, both, or neither (the default), replacing one there"
			+ " (vendor admin): arithmetic over revenue, pipeline, engagement, certifications, contact_misses and conflicts,"
			+ " with MIN, MAX, ABS and ROUND; a formula that names anything else is refused (400, field expression)")
	@PostMapping("/scorecard-formulas")
	@ResponseStatus(HttpStatus.CREATED)
	ScorecardFormulaView setFormula(@RequestBody Formula formula) {
		return scorecards.setFormula(formula.partnerType(), formula.region(), formula.expression());
	}

	@Operation(summary = "Remove a type's or region's formula (vendor admin); the default stays")
	@DeleteMapping("/scorecard-formulas/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeFormula(@PathVariable UUID id) {
		scorecards.removeFormula(id);
	}

	@Operation(summary = "The target of each KPI")
	@GetMapping("/scorecard-targets")
	Map<ScorecardKpi, BigDecimal> targets() {
		return scorecards.targets();
	}

	@Operation(summary = "Set the targets of the KPIs given (vendor admin): a value to reach, or for contact misses and"
			+ " conflicts a ceiling to stay under")
	@PutMapping("/scorecard-targets")
	Map<ScorecardKpi, BigDecimal> setTargets(@RequestBody Map<ScorecardKpi, BigDecimal> targets) {
		return scorecards.setTargets(targets);
	}
}
