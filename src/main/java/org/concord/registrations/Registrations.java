package org.concord.registrations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.concord.customers.ContactId;
import org.concord.customers.ContactView;
import org.concord.customers.Contacts;
import org.concord.identity.Brands;
import org.concord.identity.People;
import org.concord.identity.Person;
import org.concord.shared.Audited;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.PartnerId;
import org.concord.shared.Paging;
import org.concord.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
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

	private static final List<RegistrationStatus> PIPELINE = List.of(RegistrationStatus.APPROVED,
			RegistrationStatus.ACTIVE, RegistrationStatus.WON);

	private final RegistrationRepository registrations;
	private final DuplicateCheck duplicates;
	private final ProgramSettingsRepository settings;
	private final OpportunitySourceRepository sources;
	private final Contacts contacts;
	private final People people;
	private final Brands brands;
	private final AssistanceRequestRepository assistance;
	private final org.concord.partners.PartnerDirectory partners;
	private final CurrentActor actor;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Registrations(RegistrationRepository registrations, DuplicateCheck duplicates, ProgramSettingsRepository settings,
			OpportunitySourceRepository sources, Contacts contacts, People people, Brands brands,
			AssistanceRequestRepository assistance, org.concord.partners.PartnerDirectory partners, CurrentActor actor,
			TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.assistance = assistance;
		this.partners = partners;
		this.registrations = registrations;
		this.duplicates = duplicates;
		this.settings = settings;
		this.sources = sources;
		this.contacts = contacts;
		this.people = people;
		this.brands = brands;
		this.actor = actor;
		this.transactions = transactions;
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
			return transactions.execute(tx -> duplicates.register(partner, submitter, validate(form, partner), form));
		}
		catch (DataIntegrityViolationException | PessimisticLockingFailureException lostTheRace) {
			return transactions.execute(tx -> duplicates.register(partner, submitter, validate(form, partner), form));
		}
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

	@Transactional(readOnly = true)
	public PageView<RegistrationSummary> list(RegistrationStatus status, String product, UUID partnerFilter,
			Integer page, Integer size) {
		UUID partner = actor.scope().company().map(PartnerId::value).orElse(partnerFilter);
		var pageable = Paging.of(page, size, Sort.by(Sort.Direction.DESC, "submittedAt"));
		PartnerId own = actor.scope().company().orElse(null);
		return PageView.of(registrations.search(partner, status, blankToNull(product), pageable),
				r -> own == null || r.isRegisteredBy(own) ? r.toSummary() : r.toSummary().withoutPartner());
	}

	/**
	 * One registration as the caller may see it: in full for the vendor; for its registering partner without the
	 * reviewer's notes or who the other partners on it are; for a partner the vendor invited onto it, the
	 * opportunity and its own part only.
	 */
	@Transactional(readOnly = true)
	public RegistrationDetails get(RegistrationId id) {
		Registration registration = visible(id);
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

	/** Whether a person is one of this partner's people (or, with {@code orVendor}, of the vendor's staff); looked up once each. */
	private java.util.function.Predicate<UUID> peopleOf(PartnerId own, boolean orVendor) {
		Map<UUID, Boolean> known = new HashMap<>();
		return person -> person != null && known.computeIfAbsent(person, p -> people.find(new UserId(p))
				.map(found -> found.partnerId() == null ? orVendor : found.partnerId().equals(own)).orElse(false));
	}

	/** The review queue: submitted registrations, oldest first, so the most overdue stand at the top. */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional(readOnly = true)
	public PageView<RegistrationSummary> reviewQueue(Integer page, Integer size) {
		var pageable = Paging.of(page, size, Sort.by("submittedAt"));
		return PageView.of(registrations.findByStatus(RegistrationStatus.SUBMITTED, pageable), Registration::toSummary);
	}

	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional
	public void approve(RegistrationId id) {
		Registration registration = visible(id);
		registration.approve(actor.userId(), settings.current().protection(), clock.instant());
		registrations.save(registration);
	}

	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional
	public void reject(RegistrationId id, RejectionReason reason, String note) {
		Registration registration = visible(id);
		registration.reject(actor.userId(), reason, note, clock.instant());
		duplicates.release(registration);
		registrations.save(registration);
	}

	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional
	public void returnForInformation(RegistrationId id, String question) {
		Registration registration = visible(id);
		registration.returnForInformation(actor.userId(), question, clock.instant());
		registrations.save(registration);
	}

	@PreAuthorize("hasRole('PARTNER_USER')")
	@Transactional
	public void resubmit(RegistrationId id, String information) {
		Registration registration = visible(id);
		registration.requireRegistrant(ownCompany(), "answer the channel team's questions");
		registration.resubmit(actor.userId(), information, clock.instant());
		registrations.save(registration);
	}

	@Transactional
	public void logContact(RegistrationId id, LocalDate contactedOn, ContactType type, String summary) {
		Registration registration = visible(id);
		registration.logContact(actor.userId(), contactedOn, type, summary, LocalDate.now(clock), clock.instant());
		registrations.save(registration);
	}

	/** Sales support, product expertise or pricing advice, asked from an approved opportunity. */
	@PreAuthorize("hasRole('PARTNER_USER')")
	@Transactional
	public void requestAssistance(RegistrationId id, AssistanceKind kind, String question) {
		assistance.save(new AssistanceRequest(visible(id), actor.userId().value(), kind, question, clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<AssistanceView> assistanceFor(RegistrationId id) {
		visible(id);
		return assistance.findByRegistrationIdOrderByRequestedAt(id.value()).stream().map(AssistanceRequest::toView).toList();
	}

	@PreAuthorize("hasRole('VENDOR_STAFF')")
	@Transactional(readOnly = true)
	public PageView<AssistanceView> openAssistance(Integer page, Integer size) {
		return PageView.of(assistance.findByAnsweredAtIsNull(Paging.of(page, size, Sort.by("requestedAt"))),
				AssistanceRequest::toView);
	}

	@PreAuthorize("hasRole('VENDOR_STAFF')")
	@Transactional
	public void answerAssistance(UUID requestId, String answer) {
		AssistanceRequest request = assistance.findById(requestId).orElseThrow(() -> new NotFoundException("Request"));
		request.answer(actor.userId().value(), answer, clock.instant());
		assistance.save(request);
	}

	/** The vendor brings another partner in to work the opportunity (influence or co-sell credit). */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional
	public void invitePartner(RegistrationId id, PartnerId partner, UserId rep, AttributionRole role) {
		Registration registration = visible(id);
		if (partners.find(partner).isEmpty()) {
			throw new InvalidInputException("partnerId", "There is no such partner.");
		}
		if (rep != null && people.find(rep).map(Person::partnerId).filter(partner::equals).isEmpty()) {
			throw new InvalidInputException("repId", "Choose a rep of the invited partner.");
		}
		registration.invitePartner(partner.value(), rep == null ? null : rep.value(), role, clock.instant());
		registrations.save(registration);
	}

	/** The registering partner moves an opportunity it works; the channel team moves any. */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER', 'PARTNER_USER')")
	@Transactional
	public void changeStage(RegistrationId id, Stage stage) {
		Registration registration = visible(id);
		actor.scope().company().ifPresent(own -> {
			registration.requireRegistrant(own, "move its stage");
			registration.requireWorkedByPartner();
		});
		registration.changeStage(stage, actor.userId(), clock.instant());
		registrations.save(registration);
	}

	/**
	 * Won or lost; a lost opportunity lets go of its match keys, so it can be registered again. The registering
	 * partner closes an opportunity it works; the channel team closes any, always with the reason. Nobody else does.
	 */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER', 'PARTNER_USER')")
	@Transactional
	public void close(RegistrationId id, boolean won, String note) {
		Registration registration = visible(id);
		PartnerId own = actor.scope().company().orElse(null);
		if (own == null) {
			registration.closeForPartner(won, actor.userId(), note, clock.instant());
		}
		else {
			registration.requireRegistrant(own, "close it");
			registration.requireWorkedByPartner();
			registration.close(won, actor.userId(), note, clock.instant());
		}
		if (!won) {
			duplicates.release(registration);
		}
		registrations.save(registration);
	}

	/** Returns whether the renewal was granted at once (recent Contact Log entry) or waits for the vendor. */
	@PreAuthorize("hasRole('PARTNER_USER')")
	@Transactional
	public boolean requestRenewal(RegistrationId id) {
		Registration registration = visible(id);
		registration.requireRegistrant(ownCompany(), "ask for its renewal");
		ProgramSettings program = settings.current();
		boolean granted = registration.requestRenewal(actor.userId(), program.protection(), program.renewalActivity(),
				LocalDate.now(clock), clock.instant());
		registrations.save(registration);
		return granted;
	}

	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional
	public void grantRenewal(RegistrationId id) {
		Registration registration = visible(id);
		registration.grantRenewal(actor.userId(), settings.current().protection(), clock.instant());
		registrations.save(registration);
	}

	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional
	public void takeOver(RegistrationId id, String reason) {
		Registration registration = visible(id);
		registration.takeOver(actor.userId(), reason, clock.instant());
		registrations.save(registration);
	}

	/** Renewal requests the Contact Log could not justify: the vendor decides (grant, or take over). */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional(readOnly = true)
	public PageView<RegistrationSummary> renewalRequests(Integer page, Integer size) {
		return PageView.of(registrations.renewalRequests(List.of(RegistrationStatus.APPROVED, RegistrationStatus.ACTIVE),
				Paging.of(page, size, Sort.by("protectedUntil"))), Registration::toSummary);
	}

	/** The Deals room: approved, active and won opportunities by stage, with value and expected commission. */
	@Transactional(readOnly = true)
	public List<PipelineStage> pipeline() {
		UUID partner = actor.scope().company().map(PartnerId::value).orElse(null);
		return registrations.pipeline(partner, PIPELINE).stream()
				.sorted(java.util.Comparator.comparing(PipelineStage::stage)).toList();
	}

	/** The open pipeline: approved and active opportunities by stage, not yet won (won ones earn real commission). */
	@Transactional(readOnly = true)
	public List<PipelineStage> openPipeline() {
		UUID partner = actor.scope().company().map(PartnerId::value).orElse(null);
		return registrations.pipeline(partner, List.of(RegistrationStatus.APPROVED, RegistrationStatus.ACTIVE));
	}

	@Transactional(readOnly = true)
	public PageView<RegistrationSummary> deals(Integer page, Integer size) {
		PartnerId partner = actor.scope().company().orElse(null);
		var pageable = Paging.of(page, size, Sort.by("stage", "expectedCloseDate"));
		return PageView.of(partner == null ? registrations.findByStatusIn(PIPELINE, pageable)
				: registrations.findByPartnerIdAndStatusIn(partner.value(), PIPELINE, pageable), Registration::toSummary);
	}

	/** The share of registrations submitted since {@code since} that were decided within the SLA. */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional(readOnly = true)
	public SlaReport slaReport(Instant since) {
		return new SlaReport(since, registrations.decidedInTimeSince(since), registrations.dueSince(since, clock.instant()),
				settings.current().approvalSla().toHours());
	}

	@Transactional(readOnly = true)
	public List<OpportunitySourceView> opportunitySources() {
		return sources.findByActiveTrueOrderByLabel().stream().map(OpportunitySource::toView).toList();
	}

	@Transactional(readOnly = true)
	public List<OpportunitySourceView> allOpportunitySources() {
		return sources.findAll(Sort.by("label")).stream().map(OpportunitySource::toView).toList();
	}

	@PreAuthorize("hasRole('VENDOR_ADMIN')")
	@Transactional
	public void addOpportunitySource(String label) {
		if (label == null || label.isBlank() || label.length() > 100) {
			throw new InvalidInputException("label", "Name the source in up to 100 characters.");
		}
		String code = label.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
		if (code.isEmpty() || sources.existsById(code)) {
			throw new InvalidInputException("label", "This source exists already.");
		}
		sources.save(new OpportunitySource(code, label.trim()));
		events.publishEvent(new Audited("OPPORTUNITY_SOURCE_ADDED", code, label.trim()));
	}

	@PreAuthorize("hasRole('VENDOR_ADMIN')")
	@Transactional
	public void retireOpportunitySource(String code) {
		sources.findById(code).orElseThrow(() -> new NotFoundException("Opportunity source")).retire();
		events.publishEvent(new Audited("OPPORTUNITY_SOURCE_RETIRED", code, null));
	}

	@Transactional(readOnly = true)
	public RegistrationSettingsView settings() {
		return settings.current().toView();
	}

	@PreAuthorize("hasRole('VENDOR_ADMIN')")
	@Transactional
	public void changeSettings(RegistrationSettingsView changed) {
		ProgramSettings current = settings.current();
		RegistrationSettingsView before = current.toView();
		current.change(changed.autoApprove(), changed.approvalSlaHours(), changed.protectionDays(),
				changed.warningDays(), changed.renewalActivityDays());
		events.publishEvent(new Audited("REGISTRATION_SETTINGS_CHANGED", "registration settings", before + " -> " + current.toView()));
	}

	private Registration visible(RegistrationId id) {
		Registration registration = registrations.findById(id.value())
				.orElseThrow(() -> new NotFoundException("Registration"));
		boolean coWorker = actor.scope().company().filter(registration::involves).isPresent();
		if (!coWorker) {
			actor.scope().requireVisible(registration.partner(), "Registration");
		}
		return registration;
	}

	private PartnerId ownCompany() {
		return actor.scope().company().orElseThrow(() -> new AccessDeniedException("A partner's people do this"));
	}

	private ContactView validate(Opportunity form, PartnerId partner) {
		ContactView contact;
		try {
			contact = contacts.get(new ContactId(form.contactId()));
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("contactId", "Choose one of your contacts.");
		}
		if (brands.catalogue().stream().noneMatch(b -> b.code().equals(form.product()))) {
			throw new InvalidInputException("product", "Choose one of the products.");
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
