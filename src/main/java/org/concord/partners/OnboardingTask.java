package org.concord.partners;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A new partner's copy of one onboarding step, and when it was done. */
@Embeddable
class OnboardingTask {

	private int position;

	private String title;

	@Enumerated(EnumType.STRING)
	private OnboardingOwner owner;

	private LocalDate dueOn;

	private Instant doneAt;

	private UUID doneBy;

	protected OnboardingTask() {
	}

	OnboardingTask(int position, String title, OnboardingOwner owner, LocalDate dueOn) {
		this.position = position;
		this.title = title;
		this.owner = owner;
		this.dueOn = dueOn;
	}

	int position() {
		return position;
	}

	OnboardingOwner owner() {
		return owner;
	}

	boolean isDone() {
		return doneAt != null;
	}

	void done(UUID by, Instant now) {
		this.doneAt = now;
		this.doneBy = by;
	}

	OnboardingTaskView toView() {
		return new OnboardingTaskView(position, title, owner, dueOn, doneAt, doneBy);
	}
}
