package org.concord.partners;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.concord.shared.InvalidInputException;

/**
 * A kind of partner the vendor defines (Reseller, System Integrator, OEM...): it decides whether its partners take
 * leads from the vendor and may ask for assistance; commission rates may be set per type. The code never changes,
 * as partners, rates and history name it; the name, the rules and the order do.
 */
@Entity
@Table(name = "partner_type")
class PartnerType {

	@Id
	private String code;

	private String name;

	private boolean takesVendorLeads;

	private boolean mayRequestAssistance;

	private int position;

	/** Its onboarding checklist, which each new partner of the type gets a copy of. */
	@ElementCollection
	@CollectionTable(name = "onboarding_step", joinColumns = @JoinColumn(name = "type_code"))
	@OrderBy("position")
	private List<OnboardingStep> steps = new ArrayList<>();

	protected PartnerType() {
	}

	PartnerType(String code, PartnerTypeDetails details, int position) {
		if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
			throw new InvalidInputException("code", "Use 2 to 40 capital letters, digits or _, starting with a letter, e.g. MSP.");
		}
		this.code = code;
		this.position = position;
		change(details);
	}

	void change(PartnerTypeDetails details) {
		if (details.name() == null || details.name().isBlank() || details.name().strip().length() > 80) {
			throw new InvalidInputException("name", "Enter the type's name, at most 80 characters.");
		}
		this.name = details.name().strip();
		this.takesVendorLeads = details.takesVendorLeads();
		this.mayRequestAssistance = details.mayRequestAssistance();
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	boolean takesVendorLeads() {
		return takesVendorLeads;
	}

	boolean mayRequestAssistance() {
		return mayRequestAssistance;
	}

	/** Replaces the checklist; a partner who joined before keeps the checklist it started with. */
	void changeSteps(List<OnboardingStepView> changed) {
		if (changed.size() > 30) {
			throw new InvalidInputException("steps", "At most 30 steps.");
		}
		List<OnboardingStep> next = new ArrayList<>();
		for (int i = 0; i < changed.size(); i++) {
			next.add(new OnboardingStep(i + 1, changed.get(i)));
		}
		steps.clear();
		steps.addAll(next);
	}

	List<OnboardingStepView> steps() {
		return steps.stream().map(OnboardingStep::toView).toList();
	}

	/** The checklist a partner joining on this day starts with. */
	List<OnboardingTask> onboardingFrom(LocalDate joined) {
		return steps.stream().map(step -> step.startOn(joined)).toList();
	}

	PartnerTypeView toView() {
		return new PartnerTypeView(code, name, takesVendorLeads, mayRequestAssistance);
	}
}
