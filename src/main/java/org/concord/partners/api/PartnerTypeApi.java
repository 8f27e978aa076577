package org.concord.partners.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.concord.partners.Onboarding;
import org.concord.partners.OnboardingOwner;
import org.concord.partners.OnboardingStepView;
import org.concord.partners.PartnerTypeDetails;
import org.concord.partners.PartnerTypeView;
import org.concord.partners.PartnerTypes;
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
@RequestMapping(path = "/api/v1/partner-types", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Partner types", description = "The kinds of partner the vendor defines, and what each decides")
class PartnerTypeApi {

	/** A type's name and rules. */
	record TypeDetails(@NotBlank String name, @NotNull Boolean takesVendorLeads, @NotNull Boolean mayRequestAssistance) {

		PartnerTypeDetails toDetails() {
			return new PartnerTypeDetails(name, takesVendorLeads, mayRequestAssistance);
		}
	}

	/** A step of a checklist, in the order sent: what, who does it, within how many days of joining (0 to 365). */
	record Step(String title, OnboardingOwner owner, Integer dueDays) {
	}

	/** A new type: its code, which never changes, its name and rules. */
	record NewType(@NotBlank String code, @NotBlank String name, @NotNull Boolean takesVendorLeads,
			@NotNull Boolean mayRequestAssistance) {
	}

	private final PartnerTypes partnerTypes;
	private final Onboarding onboarding;

	PartnerTypeApi(PartnerTypes partnerTypes, Onboarding onboarding) {
		this.partnerTypes = partnerTypes;
		this.onboarding = onboarding;
	}

	@Operation(summary = "Every partner type, in the vendor's order (a short list: not paged)")
	@GetMapping
	List<PartnerTypeView> list() {
		return partnerTypes.list();
	}

	@Operation(summary = "One partner type by its code")
	@GetMapping("/{code}")
	PartnerTypeView get(@PathVariable String code) {
		return partnerTypes.get(code);
	}

	@Operation(summary = "A partner type's onboarding checklist, in order")
	@GetMapping("/{code}/onboarding-steps")
	List<OnboardingStepView> steps(@PathVariable String code) {
		return onboarding.steps(code);
	}

	@Operation(summary = "Replace a partner type's onboarding checklist (vendor admin); partners who joined before keep theirs")
	@PutMapping("/{code}/onboarding-steps")
	List<OnboardingStepView> changeSteps(@PathVariable String code, @RequestBody List<Step> steps) {
		// the checklist's own rules name the step at fault; a missing number of days is one of them
		return onboarding.changeSteps(code, steps.stream().map(s -> new OnboardingStepView(0, s.title(), s.owner(),
				s.dueDays() == null ? -1 : s.dueDays())).toList());
	}

	@Operation(summary = "Add a partner type (vendor admin)")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	PartnerTypeView add(@Valid @RequestBody NewType type) {
		return partnerTypes.add(type.code(), new PartnerTypeDetails(type.name(), type.takesVendorLeads(),
				type.mayRequestAssistance()));
	}

	@Operation(summary = "Rename a partner type or change what it decides (vendor admin)")
	@PutMapping("/{code}")
	PartnerTypeView change(@PathVariable String code, @Valid @RequestBody TypeDetails details) {
		return partnerTypes.change(code, details.toDetails());
	}
}
