package org.concord.registrations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.concord.customers.ConsentStatus;
import org.concord.customers.ContactId;
import org.concord.customers.ContactView;
import org.concord.customers.Contacts;
import org.concord.identity.Brands;
import org.concord.identity.People;
import org.concord.identity.Person;
import org.concord.partners.PartnerDirectory;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.LimitReachedException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.access.SeeProgram;
import org.concord.shared.access.WorkAsPartner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registering opportunities and deciding on them. A partner's people see their company's registrations only;
 * the channel team sees and decides all of them.
 */
@Service
public class Registrations {

	/** What the partner learns of a submission: accepted for review (or approved), or already registered. */
	public record Submission(RegistrationId id, RegistrationStatus status, boolean alreadyRegistered) {
	}

	private final RegistrationRepository registrations;
	private final VisibleRegistrations visible;
	private final DuplicateCheck duplicates;
	private final ProgramSettingsRepository settings;
	private final OpportunitySourceRepository sources;
	private final PartnerSubmissionCapRepository caps;
	private final WaitingEntryRepository waiting;
	private final Contacts contacts;
	private final People people;
	private final Brands brands;
	private final PartnerDirectory partners;
	private final CurrentActor actor;
	private final TransactionTemplate transactions;
	private final BusinessCalendar calendar;
	private final Clock clock;

	Registrations(RegistrationRepository registrations, VisibleRegistrations visible, DuplicateCheck duplicates,
			ProgramSettingsRepository settings, OpportunitySourceRepository sources, PartnerSubmissionCapRepository caps,
			WaitingEntryRepository waiting, Contacts contacts, People people, Brands brands, PartnerDirectory partners,
			CurrentActor actor, TransactionTemplate transactions, BusinessCalendar calendar, Clock clock) {
		this.registrations = registrations;
		this.visible = visible;
		this.duplicates = duplicates;
		this.settings = settings;
		this.sources = sources;
		this.caps = caps;
		this.waiting = waiting;
		this.contacts = contacts;
		this.people = people;
		this.brands = brands;
		this.partners = partners;
		this.actor = actor;
		this.transactions = transactions;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Checks the form, then the opportunity against every protected registration of the same product. The
	 * earliest wins: of two simultaneous submissions the unique claim on the match keys lets exactly one in.
	 */
	public Submission submit(Opportunity form) {
		PartnerId partner = actor.scope().company()
				.orElseThrow(() -> new AccessDeniedException("Opportunities are registered by a partner's people"));
		UserId submitter = actor.userId();
		try {
			return transactions.execute(tx -> {
				requireUnderDailyCap(partner);
				return duplicates.registerOrRefuse(partner, submitter, validate(form, partner), form);
			});
		}
		catch (DataIntegrityViolationException | PessimisticLockingFailureException lostTheRace) {
			return transactions.execute(tx -> duplicates.registerOrRefuse(partner, submitter, validate(form, partner), form));
		}
	}

	/**
	 * A partner told "already registered" registers the company again in one step, once the claim it waited on has
	 * ended: the same form, through the same checks, first come first served.
	 */
	@WorkAsPartner
	public Submission registerAgain(RegistrationId waitingDuplicate) {
		Opportunity form = transactions.execute(tx -> {
			Registration registration = visible.find(waitingDuplicate);
			registration.requireRegistrant(visible.ownCompany(), "register it again");
			if (!registration.isWaitingDuplicate()) {
				throw new InvalidInputException("status", "Only a registration refused as already registered is registered again.");
			}
			return registration.asOpportunity(LocalDate.now(clock));
		});
		Submission submission = submit(form);
		transactions.executeWithoutResult(tx -> waiting.findByWaitingRegistrationId(waitingDuplicate.value())
				.forEach(entry -> entry.registeredAgain(clock.instant())));
		return submission;
	}

	/** The partners in line for this registration's company, in order (the channel team's view). */
	@SeeProgram
	@Transactional(readOnly = true)
	public List<WaitingView> waitingList(RegistrationId id) {
		List<WaitingEntry> line = waiting.findByClaimRegistrationIdOrderByQueuedAt(visible.find(id).registrationId().value());
		Map<UUID, String> names = partners.namesOf(line.stream().map(WaitingEntry::partnerId).toList());
		List<WaitingView> views = new ArrayList<>();
		for (int i = 0; i < line.size(); i++) {
			views.add(line.get(i).toView(names.getOrDefault(line.get(i).partnerId(), ""), i + 1));
		}
		return views;
	}

	/** Whether this refused registration's partner was told the company is open again. */
	@Transactional(readOnly = true)
	public boolean mayRegisterAgain(RegistrationId id) {
		Registration registration = visible.find(id);
		return registration.isWaitingDuplicate()
				&& waiting.findByWaitingRegistrationId(id.value()).stream().anyMatch(WaitingEntry::isToldAndOpen);
	}

	/**
	 * A partner's rep started working a vendor lead: the opportunity opens approved and active, with the first
	 * Contact Log row. The leads module calls this inside its own transaction, after its own checks.
	 */
	@Transactional
	public RegistrationId openFromLead(LeadHandover lead) {
		ContactView contact = contacts.get(lead.contact());
		return duplicates.openFromLead(lead, contact);
	}

	/** Whether a protected registration holds this company (by name, domain, e-mail or phone) for the product. */
	@Transactional(readOnly = true)
	public boolean isRegistered(String product, String companyName, String website, String email, String phone) {
		return duplicates.isProtected(product, companyName, website, email, phone);
	}

	/**
	 * One registration as the caller may see it: in full for the vendor; for its registering partner without the
	 * reviewer's notes or who the other partners on it are; for a partner the vendor invited onto it, the
	 * opportunity and its own part only.
	 */
	@Transactional(readOnly = true)
	public RegistrationDetails get(RegistrationId id) {
		Registration registration = visible.find(id);
		RegistrationDetails details = registration.toDetails();
		PartnerId own = actor.scope().company().orElse(null);
		if (own == null) {
			return details;
		}
		if (registration.isRegisteredBy(own)) {
			return details.forRegistrant(own, peopleOf(own, true));
		}
		return details.forInvitedPartner(own, peopleOf(own, false));
	}


	@ManageChannel
	@Transactional
	public void approve(RegistrationId id) {
		Registration registration = visible.find(id);
		registration.approve(actor.userId(), settings.current().protection(), clock.instant());
		registrations.save(registration);
	}

	@ManageChannel
	@Transactional
	public void reject(RegistrationId id, RejectionReason reason, String note) {
		Registration registration = visible.find(id);
		registration.reject(actor.userId(), reason, note, clock.instant());
		duplicates.release(registration);
		registrations.save(registration);
	}

	@ManageChannel
	@Transactional
	public void returnForInformation(RegistrationId id, String question) {
		Registration registration = visible.find(id);
		registration.returnForInformation(actor.userId(), question, clock.instant());
		registrations.save(registration);
	}

	@WorkAsPartner
	@Transactional
	public void resubmit(RegistrationId id, String information) {
		Registration registration = visible.find(id);
		registration.requireRegistrant(visible.ownCompany(), "answer the channel team's questions");
		registration.resubmit(actor.userId(), information, settings.current().approvalSla(), clock.instant());
		registrations.save(registration);
	}

	/**
	 * A partner registers at most its daily cap a day (the program's, 50 by default, or its own the vendor raised): a
	 * script registering a whole prospect list cannot hold every company of it at once.
	 */
	private void requireUnderDailyCap(PartnerId partner) {
		int cap = caps.findById(partner.value()).map(PartnerSubmissionCap::dailyCap)
				.orElseGet(() -> settings.current().dailySubmissionCap());
		ZonedDateTime dayStart = LocalDate.now(clock.withZone(calendar.zone())).atStartOfDay(calendar.zone());
		long today = registrations.countSubmittedSince(partner.value(), dayStart.toInstant(), cap);
		if (today >= cap) {
			throw new LimitReachedException("partnerId", "Your company has registered " + cap
					+ " opportunities today, its daily limit. Register the rest tomorrow, or ask your channel manager to raise it.");
		}
	}

	/** Whether a person is one of this partner's people (or, with {@code orVendor}, of the vendor's staff); looked up once each. */
	private Predicate<UUID> peopleOf(PartnerId own, boolean orVendor) {
		Map<UUID, Boolean> known = new HashMap<>();
		return person -> person != null && known.computeIfAbsent(person, p -> people.find(new UserId(p))
				.map(found -> found.partnerId() == null ? orVendor : found.partnerId().equals(own)).orElse(false));
	}

	private ContactView validate(Opportunity form, PartnerId partner) {
		ContactView contact;
		try {
			contact = contacts.get(new ContactId(form.contactId()));
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("contactId", "Choose one of your contacts.");
		}
		if (contact.consent().status() == ConsentStatus.WITHDRAWN) {
			throw new InvalidInputException("contactId", contact.name() + " withdrew their consent to be contacted on "
					+ contact.consent().withdrawnOn() + ": no opportunity may be registered for them.");
		}
		if (brands.catalogue().stream().noneMatch(b -> b.code().equals(form.product()))) {
			throw new InvalidInputException("product", "Choose one of the products.");
		}
		List<String> currencies = settings.current().currencies();
		if (!currencies.contains(form.currency())) {
			throw new InvalidInputException("currency", "Choose one of " + String.join(", ", currencies) + ".");
		}
		if (!form.expectedCloseDate().isAfter(LocalDate.now(clock).minusDays(1))) {
			throw new InvalidInputException("expectedCloseDate", "The expected close date cannot be in the past.");
		}
		if (sources.findById(form.opportunitySource()).filter(OpportunitySource::isActive).isEmpty()) {
			throw new InvalidInputException("opportunitySource", "Choose a source from the list.");
		}
		if (form.assignment() == Assignment.PARTNER_WORKING) {
			requirePartner("partnerAssignedId", form.partnerAssignedId(), partner,
					"Choose your company as Partner Assigned.");
			requireRep("partnerRepAssignedId", form.partnerRepAssignedId(), partner,
					"Choose the rep of your company who works the opportunity.");
		}
		requirePartner("partnerProvidingId", form.partnerProvidingId(), partner,
				"Choose your company as the partner providing the opportunity.");
		requireRep("partnerRepProvidingId", form.partnerRepProvidingId(), partner,
				"Choose the rep of your company who provides the opportunity.");
		return contact;
	}

	private static void requirePartner(String field, UUID given, PartnerId expected, String message) {
		if (given == null || !given.equals(expected.value())) {
			throw new InvalidInputException(field, message);
		}
	}

	private void requireRep(String field, UUID given, PartnerId partner, String message) {
		boolean ofPartner = given != null && people.find(new UserId(given)).map(Person::partnerId)
				.filter(partner::equals).isPresent();
		if (!ofPartner) {
			throw new InvalidInputException(field, message);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
