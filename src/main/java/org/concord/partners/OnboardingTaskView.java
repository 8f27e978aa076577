package org.concord.partners;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A new partner's onboarding step: what, who does it, by when, and when it was done and by whom. */
public record OnboardingTaskView(int position, String title, OnboardingOwner owner, LocalDate dueOn, Instant doneAt,
		UUID doneBy) {

	public boolean done() {
		return doneAt != null;
	}

	public boolean overdue(LocalDate today) {
		return !done() && dueOn.isBefore(today);
	}
}
