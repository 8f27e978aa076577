package org.concord.partners.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.concord.partners.CompanyMatch;
import org.concord.partners.Conversion;
import org.concord.partners.NewProspect;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerSummary;
import org.concord.partners.ProspectEntryView;
import org.concord.partners.ProspectReport;
import org.concord.partners.ProspectStage;
import org.concord.partners.ProspectView;
import org.concord.partners.Prospects;
import org.concord.shared.PageView;
import org.concord.shared.UserId;
import org.springframework.format.annotation.DateTimeFormat;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Prospects", description = "Recruitment: companies that may become partners (vendor admin or channel manager)")
class ProspectApi {

	private final Prospects prospects;
	private final PartnerDirectory partners;

	ProspectApi(Prospects prospects, PartnerDirectory partners) {
		this.prospects = prospects;
		this.partners = partners;
	}

	/** A prospect sent by one of the vendor's systems, and the brand (portal) it applied for; none: the default. */
	record IntakeProspect(@Valid NewProspect prospect, String brand) {
	}

	@Operation(summary = "Send a prospect from one of the vendor's systems, authenticated by an integration key in the "
			+ "X-Integration-Key header (made by a vendor admin); the prospect is told we have it by e-mail")
	@PostMapping("/prospect-intake")
	@ResponseStatus(HttpStatus.CREATED)
	ProspectView intake(@Valid @RequestBody IntakeProspect sent) {
		return prospects.receive(sent.prospect(), sent.brand());
	}

	@Operation(summary = "Prospects, newest first, paged: of one stage or all; mine=true for the caller's and nobody's")
	@GetMapping("/prospects")
	PageView<ProspectView> list(@RequestParam(required = false) ProspectStage stage,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return prospects.list(stage, mine, page, size);
	}

	@Operation(summary = "Enter a prospect; the caller owns it")
	@PostMapping("/prospects")
	@ResponseStatus(HttpStatus.CREATED)
	ProspectView add(@Valid @RequestBody NewProspect prospect) {
		return prospects.add(prospect);
	}

	@Operation(summary = "One prospect")
	@GetMapping("/prospects/{id}")
	ProspectView get(@PathVariable UUID id) {
		return prospects.get(id);
	}

	@Operation(summary = "The partners and other prospects a prospect matches (same name, web domain, e-mail or phone; or a similar name)")
	@GetMapping("/prospects/{id}/matches")
	List<CompanyMatch> matches(@PathVariable UUID id) {
		return prospects.matches(id);
	}

	@Operation(summary = "A prospect's history, newest first: arrival, stage moves, owner changes, notes and activities")
	@GetMapping("/prospects/{id}/history")
	List<ProspectEntryView> history(@PathVariable UUID id) {
		return prospects.history(id);
	}

	/** A stage to move to, and why (required when declining). */
	record StageMove(ProspectStage stage, String reason) {
	}

	@Operation(summary = "Move a prospect to another stage before conversion, decline it saying why, take a declined one up "
			+ "again as New, or mark a converted one Active; 409 for a move its stage does not allow")
	@PutMapping("/prospects/{id}/stage")
	ProspectView move(@PathVariable UUID id, @RequestBody StageMove move) {
		return prospects.move(id, move.stage(), move.reason());
	}

	/** The owner: a channel manager's or vendor admin's user id, or null for nobody. */
	record Owner(UUID ownerId) {
	}

	@Operation(summary = "Give a prospect an owner, a channel manager or vendor admin, or nobody")
	@PutMapping("/prospects/{id}/owner")
	ProspectView assign(@PathVariable UUID id, @RequestBody Owner owner) {
		return prospects.assign(id, owner.ownerId() == null ? null : new UserId(owner.ownerId()));
	}

	/** A note, or a call, meeting or e-mail with the prospect. */
	record ProspectActivity(@Parameter(description = "NOTE, CALL, MEETING or EMAIL") String kind, String text) {
	}

	@Operation(summary = "Log a note or an activity (call, meeting, e-mail) on a prospect")
	@PostMapping("/prospects/{id}/activities")
	@ResponseStatus(HttpStatus.CREATED)
	List<ProspectEntryView> log(@PathVariable UUID id, @RequestBody ProspectActivity activity) {
		prospects.log(id, activity.kind(), activity.text());
		return prospects.history(id);
	}

	@Operation(summary = "Convert a qualified prospect in one step: the partner company is created, its onboarding "
			+ "checklist starts, the prospect's owner becomes its account manager and its first partner admin is invited")
	@PostMapping("/prospects/{id}/conversion")
	@ResponseStatus(HttpStatus.CREATED)
	PartnerSummary convert(@PathVariable UUID id, @Valid @RequestBody Conversion conversion) {
		return partners.get(prospects.convert(id, conversion));
	}

	@Operation(summary = "How many prospects are in each stage; mine=true for the caller's and nobody's")
	@GetMapping("/prospects/counts")
	Map<ProspectStage, Long> counts(@RequestParam(defaultValue = "false") boolean mine) {
		return prospects.counts(mine);
	}

	@Operation(summary = "The conversion report for prospects that came in between two days (both included): conversion "
			+ "rate and median days per stage")
	@GetMapping("/prospects/report")
	ProspectReport report(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return prospects.report(from, to);
	}
}
