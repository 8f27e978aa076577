package org.concord.registrations.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.concord.registrations.Assistance;
import org.concord.registrations.AssistanceKind;
import org.concord.registrations.AssistanceView;
import org.concord.registrations.AttributionRole;
import org.concord.registrations.ContactType;
import org.concord.registrations.DealSummary;
import org.concord.registrations.Deals;
import org.concord.registrations.Opportunity;
import org.concord.registrations.OpportunitySourceView;
import org.concord.registrations.Pipeline;
import org.concord.registrations.PipelineStage;
import org.concord.registrations.RegistrationDetails;
import org.concord.registrations.RegistrationId;
import org.concord.registrations.RegistrationLists;
import org.concord.registrations.RegistrationSettings;
import org.concord.registrations.RegistrationStatus;
import org.concord.registrations.RegistrationSummary;
import org.concord.registrations.Registrations;
import org.concord.registrations.RejectionReason;
import org.concord.registrations.RenewalUpdate;
import org.concord.registrations.Renewals;
import org.concord.registrations.SlaReport;
import org.concord.registrations.Stage;
import org.concord.registrations.WaitingView;
import org.concord.shared.InvalidInputException;
import org.concord.shared.KeysetPage;
import org.concord.shared.PageView;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.KeysetDocs;
import org.concord.shared.web.PortalRoom;
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
@Tag(name = "Registrations", description = "Opportunity registration, review and the contact log")
@InRoom({ PortalRoom.LEADS, PortalRoom.DEALS })
class RegistrationApi {

	/** What the partner learns of a submission; never who registered it first. */
	record SubmissionResult(RegistrationId id, RegistrationStatus status, boolean alreadyRegistered, String message) {
	}

	enum Verdict {
		APPROVE, REJECT, RETURN
	}

	record ReviewDecision(@NotNull Verdict decision, RejectionReason reason, String note) {
	}

	record ContactLogRequest(@NotNull LocalDate contactedOn, @NotNull ContactType type, String summary) {
	}

	private final Registrations registrations;
	private final RegistrationLists registrationLists;
	private final Deals deals;
	private final Renewals renewals;
	private final Assistance assistance;
	private final RegistrationSettings registrationSettings;
	private final Pipeline pipeline;
	private final Clock clock;

	RegistrationApi(Registrations registrations, RegistrationLists registrationLists, Deals deals, Renewals renewals, Assistance assistance, RegistrationSettings registrationSettings, Pipeline pipeline, Clock clock) {
		this.registrations = registrations;
		this.registrationLists = registrationLists;
		this.deals = deals;
		this.renewals = renewals;
		this.assistance = assistance;
		this.registrationSettings = registrationSettings;
		this.pipeline = pipeline;
		this.clock = clock;
	}

	@Operation(summary = "Registrations in the caller's scope, newest first, with filters", description = KeysetDocs.LIST)
	@InRoom(PortalRoom.LEADS)
	@GetMapping("/registrations")
	KeysetPage<RegistrationSummary> list(@RequestParam(required = false) RegistrationStatus status,
			@RequestParam(required = false) String product, @RequestParam(required = false) UUID partnerId,
			@Parameter(description = KeysetDocs.CURSOR) @RequestParam(required = false) String cursor,
			@Parameter(description = KeysetDocs.PAGE) @RequestParam(required = false) Integer page,
			@Parameter(description = KeysetDocs.SIZE) @RequestParam(required = false) Integer size) {
		return registrationLists.list(status, product, partnerId, cursor, page, size);
	}

	@Operation(summary = "Register an opportunity (partner users); every field is required")
	@InRoom(PortalRoom.LEADS)
	@PostMapping("/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	SubmissionResult submit(@Valid @RequestBody Opportunity opportunity) {
		var submission = registrations.submit(opportunity);
		return new SubmissionResult(submission.id(), submission.status(), submission.alreadyRegistered(),
				submission.alreadyRegistered() ? "This opportunity is already registered." : "Registered.");
	}

	@Operation(summary = "One registration with history, contact log and attribution; 404 outside the caller's scope")
	@GetMapping("/registrations/{id}")
	RegistrationDetails get(@PathVariable UUID id) {
		return registrations.get(new RegistrationId(id));
	}

	@Operation(summary = "Approve, reject (with a reason) or return a submitted registration (channel team)")
	@PostMapping("/registrations/{id}/decision")
	RegistrationDetails decide(@PathVariable UUID id, @Valid @RequestBody ReviewDecision decision) {
		RegistrationId registration = new RegistrationId(id);
		switch (decision.decision()) {
			case APPROVE -> registrations.approve(registration);
			case REJECT -> registrations.reject(registration, decision.reason(), decision.note());
			case RETURN -> registrations.returnForInformation(registration, decision.note());
			default -> throw new InvalidInputException("decision", "Unknown decision");
		}
		return registrations.get(registration);
	}

	@Operation(summary = "Add a row to the Contact Log")
	@PostMapping("/registrations/{id}/contact-log")
	RegistrationDetails logContact(@PathVariable UUID id, @Valid @RequestBody ContactLogRequest entry) {
		deals.logContact(new RegistrationId(id), entry.contactedOn(), entry.type(), entry.summary());
		return registrations.get(new RegistrationId(id));
	}

	record RenewalResult(boolean granted, String message) {
	}

	@Operation(summary = "Ask to renew the protection, confirming or updating stage, expected close date and MRR (each optional); "
			+ "granted at once when the Contact Log shows work on two different days lately or the stage moved on, and it is the first renewal")
	@PostMapping("/registrations/{id}/renewal")
	RenewalResult requestRenewal(@PathVariable UUID id, @RequestBody(required = false) RenewalUpdate fresh) {
		boolean granted = renewals.request(new RegistrationId(id),
				fresh == null ? RenewalUpdate.confirmed() : fresh);
		return new RenewalResult(granted, granted ? "Renewed." : "Renewal requested; the channel team will decide.");
	}

	@Operation(summary = "Grant a pending renewal request (channel team)")
	@PostMapping("/registrations/{id}/renewal-grant")
	RegistrationDetails grantRenewal(@PathVariable UUID id) {
		renewals.grant(new RegistrationId(id));
		return registrations.get(new RegistrationId(id));
	}

	record TakeOver(String reason) {
	}

	@Operation(summary = "The vendor takes the opportunity over, saying why (channel team)")
	@PostMapping("/registrations/{id}/take-over")
	RegistrationDetails takeOver(@PathVariable UUID id, @RequestBody TakeOver takeOver) {
		renewals.takeOver(new RegistrationId(id), takeOver.reason());
		return registrations.get(new RegistrationId(id));
	}

	record AssistanceAsk(@NotNull AssistanceKind kind, String question) {
	}

	record CoWorkerInvitation(@NotNull UUID partnerId, UUID repId, @NotNull AttributionRole role) {
	}

	@Operation(summary = "Ask the vendor for sales support, product expertise or pricing advice")
	@PostMapping("/registrations/{id}/assistance")
	@ResponseStatus(HttpStatus.CREATED)
	List<AssistanceView> requestAssistance(@PathVariable UUID id, @Valid @RequestBody AssistanceAsk ask) {
		assistance.request(new RegistrationId(id), ask.kind(), ask.question());
		return assistance.of(new RegistrationId(id));
	}

	@Operation(summary = "Invite another partner to work the opportunity (channel team)")
	@PostMapping("/registrations/{id}/partners")
	RegistrationDetails invitePartner(@PathVariable UUID id, @Valid @RequestBody CoWorkerInvitation invitation) {
		deals.invitePartner(new RegistrationId(id), new PartnerId(invitation.partnerId()),
				invitation.repId() == null ? null : new UserId(invitation.repId()), invitation.role());
		return registrations.get(new RegistrationId(id));
	}

	@Operation(summary = "Open assistance requests, oldest first (vendor staff)")
	@GetMapping("/assistance")
	PageView<AssistanceView> openAssistance(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@Parameter(description = "Only the partners the caller looks after as account manager, those nobody looks after yet") @RequestParam(defaultValue = "false") boolean mine) {
		return assistance.open(mine, page, size);
	}

	record StageChange(@NotNull Stage stage) {
	}

	record Closing(boolean won, String note) {
	}

	@Operation(summary = "Move an approved opportunity to another pipeline stage (the registering partner, for an opportunity it works; or the channel team)")
	@PostMapping("/registrations/{id}/stage")
	RegistrationDetails changeStage(@PathVariable UUID id, @Valid @RequestBody StageChange change) {
		deals.changeStage(new RegistrationId(id), change.stage());
		return registrations.get(new RegistrationId(id));
	}

	@Operation(summary = "Close an approved opportunity as won or lost: the registering partner, for an opportunity it works (lost needs a note), or the channel team (always with a note)")
	@PostMapping("/registrations/{id}/closing")
	RegistrationDetails close(@PathVariable UUID id, @RequestBody Closing closing) {
		if (closing.won()) {
			deals.markWon(new RegistrationId(id), closing.note());
		}
		else {
			deals.markLost(new RegistrationId(id), closing.note());
		}
		return registrations.get(new RegistrationId(id));
	}

	record NoteText(String text) {
	}

	@Operation(summary = "Add a deal note (competition, insights), kept with who and when")
	@PostMapping("/registrations/{id}/notes")
	@ResponseStatus(HttpStatus.CREATED)
	RegistrationDetails addNote(@PathVariable UUID id, @RequestBody NoteText note) {
		deals.addNote(new RegistrationId(id), note.text());
		return registrations.get(new RegistrationId(id));
	}

	@Operation(summary = "Register again, in one step, a registration refused as already registered (the registering partner)")
	@PostMapping("/registrations/{id}/register-again")
	@ResponseStatus(HttpStatus.CREATED)
	SubmissionResult registerAgain(@PathVariable UUID id) {
		var submission = registrations.registerAgain(new RegistrationId(id));
		return new SubmissionResult(submission.id(), submission.status(), submission.alreadyRegistered(),
				submission.alreadyRegistered() ? "This opportunity is already registered." : "Registered.");
	}

	@Operation(summary = "The partners in line for this registration's company, in order (vendor staff)")
	@GetMapping("/registrations/{id}/waiting-list")
	List<WaitingView> waitingList(@PathVariable UUID id) {
		return registrations.waitingList(new RegistrationId(id));
	}

	record VendorRep(@NotNull UUID repId) {
	}

	@Operation(summary = "We'll assign this: give a prospect assigned to the vendor to a vendor sales rep (channel team)")
	@PostMapping("/registrations/{id}/vendor-rep")
	RegistrationDetails assignVendorRep(@PathVariable UUID id, @Valid @RequestBody VendorRep rep) {
		deals.assignVendorRep(new RegistrationId(id), new UserId(rep.repId()));
		return registrations.get(new RegistrationId(id));
	}

	@Operation(summary = "A vendor sales rep's queue: the prospects assigned to them, still open")
	@GetMapping("/registrations/assigned-to-me")
	PageView<RegistrationSummary> assignedToMe(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return deals.assignedToMe(page, size);
	}

	@Operation(summary = "The Deals room: approved, active and won deals with the caller's part in each (a partner's own, "
			+ "and those it was invited onto, marked co-sell or influence), by stage and expected close date",
			description = KeysetDocs.LIST)
	@InRoom(PortalRoom.DEALS)
	@GetMapping("/deals")
	KeysetPage<DealSummary> deals(@Parameter(description = KeysetDocs.CURSOR) @RequestParam(required = false) String cursor,
			@Parameter(description = KeysetDocs.PAGE) @RequestParam(required = false) Integer page,
			@Parameter(description = KeysetDocs.SIZE) @RequestParam(required = false) Integer size) {
		return pipeline.deals(cursor, page, size);
	}

	@Operation(summary = "Share of registrations decided within the approval SLA over the last N days (channel team)")
	@GetMapping("/registrations/sla-report")
	SlaReport slaReport(@RequestParam(defaultValue = "90") int days) {
		return pipeline.slaReport(Instant.now(clock).minus(Duration.ofDays(days)));
	}

	@Operation(summary = "The Deals room pipeline: deals, MRR and expected commission per stage")
	@InRoom(PortalRoom.DEALS)
	@GetMapping("/deals/pipeline")
	List<PipelineStage> pipeline() {
		return pipeline.all();
	}

	@Operation(summary = "The Opportunity Source list")
	@InRoom(PortalRoom.LEADS)
	@GetMapping("/opportunity-sources")
	List<OpportunitySourceView> sources() {
		return registrationSettings.opportunitySources();
	}
}
