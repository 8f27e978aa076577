package org.concord.partners;

/** A step of a partner type's onboarding checklist: what, who does it, and within how many days of joining. */
public record OnboardingStepView(int position, String title, OnboardingOwner owner, int dueDays) {
}
