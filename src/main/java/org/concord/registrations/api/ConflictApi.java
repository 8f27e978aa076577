package org.concord.registrations.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.concord.registrations.ChannelConflictView;
import org.concord.registrations.ChannelConflicts;
import org.concord.registrations.ConflictDecision;
import org.concord.registrations.ConflictReport;
import org.concord.registrations.DirectOpportunityView;
import org.concord.registrations.NewDirectOpportunity;
import org.concord.registrations.Stage;
import org.concord.shared.PageView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Channel conflicts", description = "Direct-sales opportunities and their conflicts with registrations (vendor staff)")
class ConflictApi {

	/** A decision; {@code split} is the partner's share of a co-sell (0 to 1, 50/50 when left out). */
	record ConflictDecisionRequest(@NotNull ConflictDecision decision, String reason, BigDecimal split) {
	}

	/** The stage a direct deal moved to, and the CRM's date it moved there (today when left out). */
	record DirectStage(@NotNull Stage stage, LocalDate on) {
	}

	record Created(UUID id) {
	}

	private final ChannelConflicts conflicts;
	private final Clock clock;

	ConflictApi(ChannelConflicts conflicts, Clock clock) {
		this.conflicts = conflicts;
		this.clock = clock;
	}

	@Operation(summary = "Direct-sales opportunities, newest first")
	@GetMapping("/direct-opportunities")
	PageView<DirectOpportunityView> directs(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return conflicts.directOpportunities(page, size);
	}

	@Operation(summary = "Add a direct-sales opportunity; overlapping registrations are checked for conflicts")
	@PostMapping("/direct-opportunities")
	@ResponseStatus(HttpStatus.CREATED)
	Created addDirect(@Valid @RequestBody NewDirectOpportunity direct) {
		return new Created(conflicts.addDirectOpportunity(direct));
	}

	@Operation(summary = "Channel conflicts: pending=true for the queue awaiting a decision")
	@GetMapping("/conflicts")
	PageView<ChannelConflictView> list(@RequestParam(defaultValue = "true") boolean pending,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@Parameter(description = "Only the partners the caller looks after as account manager, those nobody looks after yet") @RequestParam(defaultValue = "false") boolean mine) {
		return conflicts.queue(pending, mine, page, size);
	}

	@Operation(summary = "Decide a pending conflict, with the reason")
	@PostMapping("/conflicts/{id}/decision")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void decide(@PathVariable UUID id, @Valid @RequestBody ConflictDecisionRequest decision) {
		conflicts.decide(id, decision.decision(), decision.reason(), decision.split());
	}

	@Operation(summary = "Move a direct-sales opportunity to another stage, on the CRM's date if given (vendor staff)")
	@PostMapping("/direct-opportunities/{id}/stage")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void advance(@PathVariable UUID id, @Valid @RequestBody DirectStage stage) {
		conflicts.advanceDirectOpportunity(id, stage.stage(), stage.on());
	}

	@Operation(summary = "A quarter's conflicts: share of registrations (over 10% flagged), outcomes and time to decide "
			+ "(channel team); quarter: any month of it, e.g. 2026-10, the current quarter when left out")
	@GetMapping("/conflicts/report")
	ConflictReport report(@RequestParam(required = false) YearMonth quarter) {
		return conflicts.quarterlyReport(quarter == null ? YearMonth.now(clock) : quarter);
	}
}
