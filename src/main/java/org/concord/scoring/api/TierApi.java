package org.concord.scoring.api;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.concord.scoring.SatisfactionSurvey;
import org.concord.scoring.TierAssessments;
import org.concord.scoring.TierChangeView;
import org.concord.scoring.TierChanges;
import org.concord.scoring.TierCriterion;
import org.concord.scoring.TierRubric;
import org.concord.scoring.TierRubrics;
import org.concord.scoring.TierScore;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.PartnerId;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
@Tag(name = "Tiers", description = "Seed 004's tier rubric, the monthly tier assessment, tier changes to approve, and the"
		+ " quarterly satisfaction (NPS) question")
class TierApi {

	private final TierRubrics rubrics;
	private final TierAssessments assessments;
	private final TierChanges changes;
	private final SatisfactionSurvey survey;

	TierApi(TierRubrics rubrics, TierAssessments assessments, TierChanges changes, SatisfactionSurvey survey) {
		this.rubrics = rubrics;
		this.assessments = assessments;
		this.changes = changes;
		this.survey = survey;
	}

	/** A band of a criterion: from this value on, these points. */
	record Band(@NotNull BigDecimal from, @NotNull Integer points) {
	}

	/** One criterion of the rubric: what it measures, its bands, and its top points (its weight). */
	record Criterion(@NotNull TierCriterion criterion, String label, String measure, @NotNull List<@Valid Band> bands,
			Integer maxPoints) {
	}

	/** The rubric: criteria and bands, tier thresholds, the downgrade grace period, revenue currency, "all" certifications. */
	record Rubric(@NotNull List<@Valid Criterion> criteria, @NotNull Integer silverFrom, @NotNull Integer goldFrom,
			@NotNull Integer platinumFrom, @NotNull Integer graceMonths, @NotNull String revenueCurrency,
			@NotNull Integer allCertifications) {

		static Rubric of(TierRubric rubric) {
			return new Rubric(Arrays.stream(TierCriterion.values()).map(c -> new Criterion(c, c.label(), c.measure(),
					rubric.bands().get(c).stream().map(b -> new Band(new BigDecimal(b.from().toPlainString()), b.points())).toList(), rubric.maxPoints(c)))
					.toList(), rubric.silverFrom(), rubric.goldFrom(), rubric.platinumFrom(), rubric.graceMonths(),
					rubric.revenueCurrency(), rubric.allCertifications());
		}

		TierRubric toRubric() {
			Map<TierCriterion, List<TierRubric.Band>> bands = new EnumMap<>(TierCriterion.class);
			for (Criterion criterion : criteria) {
				if (bands.put(criterion.criterion(), criterion.bands().stream()
						.map(b -> new TierRubric.Band(b.from(), b.points())).toList()) != null) {
					throw new InvalidInputException("criteria", criterion.criterion() + " is given twice.");
				}
			}
			return new TierRubric(bands, silverFrom, goldFrom, platinumFrom, graceMonths, revenueCurrency, allCertifications);
		}
	}

	@Operation(summary = "The tier rubric in force (seed 004's until a vendor admin changes it)")
	@GetMapping("/tier-rubric")
	Rubric rubric() {
		return Rubric.of(rubrics.current());
	}

	@Operation(summary = "Replace the tier rubric (vendor admin): every criterion's bands, whose top points add up to 100;"
			+ " Silver, Gold and Platinum thresholds rising; the downgrade grace period in months. It counts from the next"
			+ " assessment")
	@PutMapping("/tier-rubric")
	Rubric change(@Valid @RequestBody Rubric rubric) {
		return Rubric.of(rubrics.change(rubric.toRubric()));
	}

	/** How many partners an assessment assessed. */
	record Assessed(int partnersAssessed) {
	}

	@Operation(summary = "Assess every partner now (vendor admin), as the monthly job does on the 1st at 03:00 vendor time;"
			+ " proposes or withdraws tier changes")
	@PostMapping("/tier-assessments")
	Assessed assess() {
		return new Assessed(assessments.assessNow());
	}

	@Operation(summary = "A partner's tier score from its last assessment: each criterion's value and points, the total, the"
			+ " tier it is eligible for, what the next tier needs, and the change under way; 404 outside the caller's scope"
			+ " or before the first assessment")
	@InRoom(PortalRoom.PERFORMANCE)
	@GetMapping("/partners/{id}/tier-score")
	TierScore score(@PathVariable UUID id) {
		return assessments.score(new PartnerId(id)).orElseThrow(() -> new NotFoundException("Tier score"));
	}

	@Operation(summary = "Tier changes (vendor staff), oldest first, paged: status PROPOSED (default: waiting for approval),"
			+ " SCHEDULED (approved downgrades waiting for the grace period), APPLIED, REJECTED or WITHDRAWN; of the caller's"
			+ " partners and those nobody looks after unless all=true")
	@GetMapping("/tier-changes")
	PageView<TierChangeView> list(@RequestParam(required = false) String status,
			@RequestParam(defaultValue = "false") boolean all, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return changes.list(status, all, page, size);
	}

	@Operation(summary = "One tier change (vendor staff)")
	@GetMapping("/tier-changes/{id}")
	TierChangeView get(@PathVariable UUID id) {
		return changes.get(id);
	}

	/** An approval's optional note. */
	record Approval(String note) {
	}

	@Operation(summary = "Approve a proposed tier change (channel manager or vendor admin): an upgrade applies at once, a"
			+ " downgrade after the grace period, and the partner is told; 409 unless it is proposed")
	@PostMapping("/tier-changes/{id}/approval")
	TierChangeView approve(@PathVariable UUID id, @RequestBody(required = false) Approval approval) {
		return changes.approve(id, approval == null ? null : approval.note());
	}

	/** Why the partner keeps its tier. */
	record Rejection(String reason) {
	}

	@Operation(summary = "Reject a proposed tier change, saying why (channel manager or vendor admin); 409 unless it is proposed")
	@PostMapping("/tier-changes/{id}/rejection")
	TierChangeView reject(@PathVariable UUID id, @RequestBody Rejection rejection) {
		return changes.reject(id, rejection.reason());
	}

	@Operation(summary = "This quarter's satisfaction question for the calling partner person, and their answer if given")
	@GetMapping("/satisfaction-survey")
	SatisfactionSurvey.Question question() {
		return survey.current();
	}

	/** A 0 to 10 answer, with an optional comment. */
	record Answer(Integer score, String comment) {
	}

	@Operation(summary = "Answer this quarter's satisfaction question (partner people): 0 (not at all likely) to 10; once a"
			+ " quarter (409 the second time)")
	@PostMapping("/satisfaction-survey/answers")
	@ResponseStatus(HttpStatus.CREATED)
	SatisfactionSurvey.Question answer(@RequestBody Answer answer) {
		return survey.answer(answer.score(), answer.comment());
	}
}
