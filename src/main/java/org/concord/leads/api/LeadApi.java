package org.concord.leads.api;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.concord.leads.ContactInitiation;
import org.concord.leads.LeadDetails;
import org.concord.leads.LeadId;
import org.concord.leads.LeadScorecard;
import org.concord.leads.LeadSettingsView;
import org.concord.leads.LeadStatus;
import org.concord.leads.LeadSummary;
import org.concord.leads.Leads;
import org.concord.leads.NewLead;
import org.concord.leads.RoutingProposal;
import org.concord.registrations.ContactType;
import org.concord.registrations.RegistrationId;
import org.concord.shared.ClosureDays;
import org.concord.shared.PageView;
import org.concord.shared.PartnerId;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.web.CsvBody;
import org.concord.shared.web.Imports;
import org.concord.shared.web.InRoom;
import org.concord.shared.web.PortalRoom;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
@Tag(name = "Leads", description = "Leads the vendor routes to partners, the contact rule and its scorecard")
@InRoom(PortalRoom.LEADS)
class LeadApi {

	record LeadAssignment(@NotNull UUID partnerId) {
	}

	record Decline(String reason) {
	}

	record ContactStep(boolean actionChecked, LocalDate contactInitiatedOn, ContactType contactType, String summary) {
	}

	record ContactResult(RegistrationId opportunityId, String message) {
	}

	record ClosureDay(@NotNull LocalDate day, String reason) {
	}

	private final Leads leads;
	private final ClosureDays closureDays;

	LeadApi(Leads leads, ClosureDays closureDays) {
		this.leads = leads;
		this.closureDays = closureDays;
	}

	@Operation(summary = "Leads in the caller's scope: all for vendor staff; for a partner, those offered to it or that it works")
	@GetMapping("/leads")
	PageView<LeadSummary> list(@RequestParam(required = false) LeadStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@Parameter(description = "Only the partners the caller looks after as account manager, those nobody looks after yet, and the leads no partner holds (vendor staff)")
			@RequestParam(defaultValue = "false") boolean mine) {
		return leads.list(status, mine, page, size);
	}

	@Operation(summary = "Enter a qualified lead and route it (vendor admin or channel manager)")
	@PostMapping("/leads")
	@ResponseStatus(HttpStatus.CREATED)
	LeadDetails create(@Valid @RequestBody NewLead lead) {
		return leads.get(leads.create(lead));
	}

	@Operation(summary = "Enter the leads of a CSV file, all or none (text/csv body of at most 10 MB; vendor admin or channel manager)")
	@CsvBody
	@ManageChannel
	@PostMapping(path = "/leads/import", consumes = { "text/csv", "text/plain", "application/octet-stream" })
	ResponseEntity<Leads.ImportResult> importCsv(InputStream file) {
		Leads.ImportResult result = leads.importCsv(file);
		return Imports.answer(result, result.problems());
	}

	@Operation(summary = "One lead with its routing history; 404 for a partner it is not offered to")
	@GetMapping("/leads/{id}")
	LeadDetails get(@PathVariable UUID id) {
		return leads.get(new LeadId(id));
	}

	@Operation(summary = "The ranking routing would make now, with reasons (vendor staff)")
	@GetMapping("/leads/{id}/proposal")
	RoutingProposal proposal(@PathVariable UUID id) {
		return leads.proposal(new LeadId(id));
	}

	@Operation(summary = "Offer the lead to a partner by hand (vendor admin or channel manager)")
	@PostMapping("/leads/{id}/assignment")
	LeadDetails assign(@PathVariable UUID id, @Valid @RequestBody LeadAssignment assignment) {
		leads.assign(new LeadId(id), new PartnerId(assignment.partnerId()));
		return leads.get(new LeadId(id));
	}

	@Operation(summary = "Accept a lead offered to the caller's company")
	@PostMapping("/leads/{id}/acceptance")
	LeadDetails accept(@PathVariable UUID id) {
		leads.accept(new LeadId(id));
		return leads.get(new LeadId(id));
	}

	@Operation(summary = "Decline a lead with a reason; it goes to the next partner at once")
	@PostMapping("/leads/{id}/decline")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void decline(@PathVariable UUID id, @RequestBody Decline decline) {
		leads.decline(new LeadId(id), decline.reason());
	}

	@Operation(summary = "Make contact in one step: action checked, Contact Initiated On, first Contact Log row; the lead becomes an active opportunity")
	@PostMapping("/leads/{id}/contact")
	@ResponseStatus(HttpStatus.CREATED)
	ContactResult initiateContact(@PathVariable UUID id, @RequestBody ContactStep step) {
		RegistrationId opportunity = leads.initiateContact(new LeadId(id), new ContactInitiation(step.actionChecked(),
				step.contactInitiatedOn(), step.contactType(), step.summary()));
		return new ContactResult(opportunity, "Contact recorded: the lead is now an active opportunity.");
	}

	@Operation(summary = "The contact rule scorecard: offers, contacts, misses, declines and median time to contact per partner")
	@GetMapping("/leads/scorecard")
	PageView<LeadScorecard> scorecards(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return leads.scorecards(page, size);
	}

	@Operation(summary = "The lead routing settings")
	@GetMapping("/lead-settings")
	LeadSettingsView settings() {
		return leads.settings();
	}

	@Operation(summary = "Change the lead routing settings (vendor admin)")
	@PutMapping("/lead-settings")
	LeadSettingsView changeSettings(@RequestBody LeadSettingsView settings) {
		leads.changeSettings(settings);
		return leads.settings();
	}

	@Operation(summary = "The vendor's closure days, which are not working days")
	@GetMapping("/closure-days")
	List<LocalDate> closureDays() {
		return closureDays.all();
	}

	@Operation(summary = "Add a closure day (vendor admin)")
	@PostMapping("/closure-days")
	@ResponseStatus(HttpStatus.CREATED)
	List<LocalDate> addClosureDay(@Valid @RequestBody ClosureDay day) {
		closureDays.close(day.day(), day.reason());
		return closureDays.all();
	}
}
