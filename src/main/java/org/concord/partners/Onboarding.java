package org.concord.partners;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.concord.shared.Audited;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.CurrentActor;
import org.concord.shared.NotFoundException;
import org.concord.shared.PartnerId;
import org.concord.shared.access.Administer;
import org.concord.shared.access.EditCompany;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding: each partner type's checklist (steps with who does them and their due days), which a new partner of
 * the type gets a copy of when it joins, and the partner's progress through it.
 */
@Service
public class Onboarding {

	private final PartnerTypeRepository types;
	private final PartnerCompanyRepository partners;
	private final CurrentActor actor;
	private final BusinessCalendar calendar;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Onboarding(PartnerTypeRepository types, PartnerCompanyRepository partners, CurrentActor actor, BusinessCalendar calendar,
			ApplicationEventPublisher events, Clock clock) {
		this.types = types;
		this.partners = partners;
		this.actor = actor;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
	}

	/** A partner type's checklist, in order. */
	@Transactional(readOnly = true)
	public List<OnboardingStepView> steps(String typeCode) {
		return type(typeCode).steps();
	}

	/** A vendor admin replaces a type's checklist; partners who joined before keep theirs. */
	@Administer
	@Transactional
	public List<OnboardingStepView> changeSteps(String typeCode, List<OnboardingStepView> steps) {
		PartnerType type = type(typeCode);
		type.changeSteps(steps);
		events.publishEvent(new Audited("ONBOARDING_STEPS_CHANGED", typeCode, steps.size() + " steps"));
		return type.steps();
	}

	/** A partner's checklist, with what is done. */
	@Transactional(readOnly = true)
	public List<OnboardingTaskView> checklist(PartnerId id) {
		actor.scope().requireReadable(id, "Partner");
		return company(id).onboarding();
	}

	/** A step is done: the partner's admin checks off the partner's steps, the channel team any. */
	@EditCompany
	@Transactional
	public void complete(PartnerId id, int position) {
		actor.scope().requireVisible(id, "Partner");
		company(id).completeOnboarding(position, actor.isVendorStaff(), actor.userId().value(), clock.instant());
	}

	/** Today in the vendor's time zone: what "overdue" is measured against. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), calendar.zone());
	}

	private PartnerType type(String code) {
		return types.findById(code).orElseThrow(() -> new NotFoundException("Partner type"));
	}

	private PartnerCompany company(PartnerId id) {
		return partners.findById(id.value()).orElseThrow(() -> new NotFoundException("Partner"));
	}
}
