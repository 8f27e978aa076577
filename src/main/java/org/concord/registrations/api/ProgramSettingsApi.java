package org.concord.registrations.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.concord.registrations.OpportunitySourceView;
import org.concord.registrations.RegistrationSettingsView;
import org.concord.registrations.Registrations;
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

	record Settings(@NotNull Boolean autoApprove, @NotNull Integer approvalSlaHours, @NotNull Integer protectionDays,
			@NotBlank String warningDays, @NotNull Integer renewalActivityDays) {
	}

	record NewSource(@NotBlank String label) {
	}

	private final Registrations registrations;

	ProgramSettingsApi(Registrations registrations) {
		this.registrations = registrations;
	}

	@Operation(summary = "The registration settings")
	@GetMapping("/registration-settings")
	RegistrationSettingsView settings() {
		return registrations.settings();
	}

	@Operation(summary = "Change the registration settings (vendor admin)")
	@PutMapping("/registration-settings")
	RegistrationSettingsView change(@Valid @RequestBody Settings settings) {
		registrations.changeSettings(new RegistrationSettingsView(settings.autoApprove(), settings.approvalSlaHours(),
				settings.protectionDays(), settings.warningDays(), settings.renewalActivityDays()));
		return registrations.settings();
	}

	@Operation(summary = "Every Opportunity Source, retired ones included")
	@GetMapping("/opportunity-sources/all")
	List<OpportunitySourceView> allSources() {
		return registrations.allOpportunitySources();
	}

	@Operation(summary = "Add an Opportunity Source (vendor admin)")
	@PostMapping("/opportunity-sources")
	@ResponseStatus(HttpStatus.CREATED)
	List<OpportunitySourceView> addSource(@Valid @RequestBody NewSource source) {
		registrations.addOpportunitySource(source.label());
		return registrations.allOpportunitySources();
	}

	@Operation(summary = "Retire an Opportunity Source: no longer offered on the form (vendor admin)")
	@PostMapping("/opportunity-sources/{code}/retirement")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void retire(@PathVariable String code) {
		registrations.retireOpportunitySource(code);
	}
}
