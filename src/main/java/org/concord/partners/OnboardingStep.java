package org.concord.partners;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.concord.shared.InvalidInputException;

/** A step of a partner type's onboarding checklist, kept with the type. */
@Embeddable
class OnboardingStep {

	private int position;

	private String title;

	@Enumerated(EnumType.STRING)
	private OnboardingOwner owner;

	@Column(name = "due_days")
	private int dueDays;

	protected OnboardingStep() {
	}

	OnboardingStep(int position, OnboardingStepView step) {
		if (step.title() == null || step.title().isBlank() || step.title().strip().length() > 200) {
			throw new InvalidInputException("steps", "Step " + position + ": enter what to do, at most 200 characters.");
		}
		if (step.owner() == null) {
			throw new InvalidInputException("steps", "Step " + position + ": say who does it, the partner or the vendor.");
		}
		if (step.dueDays() < 0 || step.dueDays() > 365) {
			throw new InvalidInputException("steps", "Step " + position + ": enter between 0 and 365 days.");
		}
		this.position = position;
		this.title = step.title().strip();
		this.owner = step.owner();
		this.dueDays = step.dueDays();
	}

	OnboardingStepView toView() {
		return new OnboardingStepView(position, title, owner, dueDays);
	}

	OnboardingTask startOn(LocalDate joined) {
		return new OnboardingTask(position, title, owner, joined.plusDays(dueDays));
	}
}
