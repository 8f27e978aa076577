package org.concord.registrations.api;

import java.util.List;
import org.concord.registrations.RegistrationSettings;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.concord.registrations.OpportunitySourceView;
import org.concord.registrations.RegistrationSettingsView;
import org.concord.shared.PartnerId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Program settings", description = "The vendor's registration settings and Opportunity Source list")
class ProgramSettingsApi {

	/** The protection settings are required; a rule left out keeps its value. */
	record Settings(@NotNull Boolean autoApprove, @NotNull Integer approvalSlaHours, @NotNull Integer protectionDays,
			@NotBlank String warningDays, @NotNull Integer renewalActivityDays, Integer returnLapseDays,
			Integer dailySubmissionCap, Boolean laterRenewalsNeedVendor, String vendorName, List<String> currencies) {
	}

	record NewSource(@NotBlank String label) {
	}

	record DailyCap(@NotNull Integer dailyCap) {
	}

	private final RegistrationSettings registrationSettings;

	ProgramSettingsApi(RegistrationSettings registrationSettings) {
		this.registrationSettings = registrationSettings;
	}

	@Operation(summary = "The registration settings")
	@GetMapping("/registration-settings")
	RegistrationSettingsView settings() {
		return registrationSettings.current();
	}

	@Operation(summary = "Change the registration settings (vendor admin)")
	@PutMapping("/registration-settings")
	RegistrationSettingsView change(@Valid @RequestBody Settings settings) {
		registrationSettings.change(new RegistrationSettingsView(settings.autoApprove(), settings.approvalSlaHours(),
				settings.protectionDays(), settings.warningDays(), settings.renewalActivityDays(),
				settings.returnLapseDays(), settings.dailySubmissionCap(), settings.laterRenewalsNeedVendor(),
				settings.vendorName(), settings.currencies()));
		return registrationSettings.current();
	}

	@Operation(summary = "A partner's daily cap on registrations: its own, or the program's (404 for another partner)")
	@GetMapping("/partners/{id}/daily-cap")
	DailyCap dailyCap(@PathVariable UUID id) {
		return new DailyCap(registrationSettings.dailyCapOf(new PartnerId(id)));
	}

	@Operation(summary = "Raise (or set back) one partner's daily cap on registrations (vendor admin or channel manager)")
	@PutMapping("/partners/{id}/daily-cap")
	DailyCap setDailyCap(@PathVariable UUID id, @Valid @RequestBody DailyCap cap) {
		registrationSettings.setDailyCap(new PartnerId(id), cap.dailyCap());
		return new DailyCap(registrationSettings.dailyCapOf(new PartnerId(id)));
	}

	@Operation(summary = "Every Opportunity Source, retired ones included")
	@GetMapping("/opportunity-sources/all")
	List<OpportunitySourceView> allSources() {
		return registrationSettings.allOpportunitySources();
	}

	@Operation(summary = "Add an Opportunity Source (vendor admin)")
	@PostMapping("/opportunity-sources")
	@ResponseStatus(HttpStatus.CREATED)
	List<OpportunitySourceView> addSource(@Valid @RequestBody NewSource source) {
		registrationSettings.addOpportunitySource(source.label());
		return registrationSettings.allOpportunitySources();
	}

	@Operation(summary = "Retire an Opportunity Source: no longer offered on the form (vendor admin)")
	@PostMapping("/opportunity-sources/{code}/retirement")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void retire(@PathVariable String code) {
		registrationSettings.retireOpportunitySource(code);
	}
}
