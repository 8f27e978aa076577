package org.concord.registrations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.concord.customers.ContactId;
import org.concord.customers.ContactView;
import org.concord.customers.Contacts;
import org.concord.shared.CurrentActor;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.access.WorkAsPartner;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping a protection running: a partner asks with fresh information, and it is granted at once when the Contact Log
 * shows work (seed 004); otherwise the channel team grants it, or takes the opportunity over.
 */
@Service
public class Renewals {

	private final RegistrationRepository registrations;
	private final VisibleRegistrations visible;
	private final ProgramSettingsRepository settings;
	private final DuplicateCheck duplicates;
	private final ChannelConflicts conflicts;
	private final Contacts contacts;
	private final CurrentActor actor;
	private final Clock clock;

	Renewals(RegistrationRepository registrations, VisibleRegistrations visible, ProgramSettingsRepository settings,
			DuplicateCheck duplicates, ChannelConflicts conflicts, Contacts contacts, CurrentActor actor, Clock clock) {
		this.registrations = registrations;
		this.visible = visible;
		this.settings = settings;
		this.duplicates = duplicates;
		this.conflicts = conflicts;
		this.contacts = contacts;
		this.actor = actor;
		this.clock = clock;
	}

	/** Returns whether the renewal was granted at once (recent work in the Contact Log) or waits for the vendor. */
	@WorkAsPartner
	@Transactional
	public boolean request(RegistrationId id) {
		return request(id, RenewalUpdate.confirmed());
	}

	/** The same, confirming or updating the stage, expected close date and MRR (seed 004: renewal with fresh information). */
	@WorkAsPartner
	@Transactional
	public boolean request(RegistrationId id, RenewalUpdate fresh) {
		Registration registration = visible.find(id);
		registration.requireRegistrant(visible.ownCompany(), "ask for its renewal");
		ProgramSettings program = settings.current();
		boolean granted = registration.requestRenewal(actor.userId(), fresh, program.protection(), program.renewalActivity(),
				program.laterRenewalsNeedVendor(), LocalDate.now(clock), clock.instant());
		registrations.save(registration);
		return granted;
	}

	@ManageChannel
	@Transactional
	public void grant(RegistrationId id) {
		Registration registration = visible.find(id);
		registration.grantRenewal(actor.userId(), settings.current().protection(), clock.instant());
		registrations.save(registration);
	}

	/** The vendor takes over an opportunity that is not being worked, saying why; the partner keeps its credit. */
	@ManageChannel
	@Transactional
	public void takeOver(RegistrationId id, String reason) {
		Registration registration = visible.find(id);
		registration.takeOver(actor.userId(), reason, clock.instant());
		// the vendor's sales team works it now: a direct deal, so a partner registering it later meets the conflict rules
		duplicates.release(registration);
		ContactView contact = contacts.get(new ContactId(registration.toDetails().contactId()));
		conflicts.addDirectOpportunity(new NewDirectOpportunity(registration.companyName(), contact.website(),
				contact.email(), contact.phone(), registration.product(), registration.toSummary().stage(), null));
		registrations.save(registration);
	}

	/** Renewal requests the Contact Log could not justify: the vendor decides (grant, or take over). */
	@ManageChannel
	@Transactional(readOnly = true)
	public PageView<RegistrationSummary> requests(Integer page, Integer size) {
		return PageView.of(registrations.renewalRequests(List.of(RegistrationStatus.APPROVED, RegistrationStatus.ACTIVE),
				Paging.of(page, size, Sort.by("protection.protectedUntil"))), Registration::toSummary);
	}
}
