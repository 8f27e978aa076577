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
import org.concord.shared.NotAllowedException;
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
	private final WaitingEntryRepository waiting;
	private final PartnerSubmissionCapRepository caps;
	private final ChannelConflicts conflicts;
	private final org.concord.shared.BusinessCalendar calendar;
	private final Clock clock;

	Registrations(RegistrationRepository registrations, DuplicateCheck duplicates, ProgramSettingsRepository settings,
			OpportunitySourceRepository sources, Contacts contacts, People people, Brands brands,
			AssistanceRequestRepository assistance, org.concord.partners.PartnerDirectory partners, CurrentActor actor,
			TransactionTemplate transactions, ApplicationEventPublisher events, WaitingEntryRepository waiting,
			PartnerSubmissionCapRepository caps, ChannelConflicts conflicts, org.concord.shared.BusinessCalendar calendar,
			Clock clock) {
		this.conflicts = conflicts;
		this.events = events;
		this.waiting = waiting;
		this.caps = caps;
		this.calendar = calendar;
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
			return transactions.execute(tx -> {
				requireUnderDailyCap(partner);
				return duplicates.register(partner, submitter, validate(form, partner), form);
			});
		}
		catch (DataIntegrityViolationException | PessimisticLockingFailureException lostTheRace) {
			return transactions.execute(tx -> duplicates.register(partner, submitter, validate(form, partner), form));
		}
	}

	/**
	 * A partner registers at most its daily cap a day (the program's, 50 by default, or its own the vendor raised): a
	 * script registering a whole prospect list cannot hold every company of it at once.
	 */
	private void requireUnderDailyCap(PartnerId partner) {
		int cap = caps.findById(partner.value()).map(PartnerSubmissionCap::dailyCap)
				.orElseGet(() -> settings.current().dailySubmissionCap());
		java.time.ZonedDateTime dayStart = LocalDate.now(clock.withZone(calendar.zone())).atStartOfDay(calendar.zone());
		long today = registrations.countSubmittedSince(partner.value(), dayStart.toInstant(), cap);
		if (today >= cap) {
			throw new org.concord.shared.LimitReachedException("partnerId", "Your company has registered " + cap
					+ " opportunities today, its daily limit. Register the rest tomorrow, or ask your channel manager to raise it.");
		}
	}

	/** The vendor raises (or sets back) one partner's daily cap on registrations. */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional
	public void setDailyCap(PartnerId partner, int cap) {
		if (partners.find(partner).isEmpty()) {
			throw new NotFoundException("Partner");
		}
		if (cap < 1 || cap > 100_000) {
			throw new InvalidInputException("dailyCap", "Enter at least 1 registration a day.");
		}
		caps.findById(partner.value()).ifPresentOrElse(existing -> existing.change(cap),
				() -> caps.save(new PartnerSubmissionCap(partner.value(), cap)));
		events.publishEvent(new Audited("DAILY_CAP_SET", partner.toString(), cap + " registrations a day"));
	}

	/** Every partner's daily cap, a page at a time, for the settings page. */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional(readOnly = true)
	public org.concord.shared.PageView<PartnerDailyCap> dailyCaps(Integer page) {
		var partnersPage = partners.list(page, 20);
		int programCap = settings.current().dailySubmissionCap();
		var raised = new java.util.HashMap<java.util.UUID, Integer>();
		caps.findAllById(partnersPage.content().stream().map(p -> p.id().value()).toList())
				.forEach(cap -> raised.put(cap.partnerId(), cap.dailyCap()));
		return new org.concord.shared.PageView<>(partnersPage.content().stream()
				.map(p -> new PartnerDailyCap(p.id().toString(), p.name(), raised.getOrDefault(p.id().value(), programCap),
						raised.containsKey(p.id().value())))
				.toList(), partnersPage.page(), partnersPage.size(), partnersPage.totalElements(), partnersPage.totalPages());
	}

	/** A partner's daily cap on registrations: its own, or the program's. */
	@Transactional(readOnly = true)
	public int dailyCapOf(PartnerId partner) {
		actor.scope().requireVisible(partner, "Partner");
		return caps.findById(partner.value()).map(PartnerSubmissionCap::dailyCap).orElseGet(() -> settings.current().dailySubmissionCap());
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
		registration.resubmit(actor.userId(), information, settings.current().approvalSla(), clock.instant());
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
		Registration registration = visible(id);
		java.util.Set<org.concord.partners.PartnerType> offeredTo = settings.current().assistancePartnerTypes();
		partners.find(ownCompany()).filter(own -> !offeredTo.contains(own.type())).ifPresent(own -> {
			throw new NotAllowedException("Assistance is offered to " + offeredTo.stream().map(t -> t.label() + "s").sorted()
					.collect(java.util.stream.Collectors.joining(" and ")) + "; your company is a " + own.type().label() + ".");
		});
		assistance.save(new AssistanceRequest(registration, actor.userId().value(), kind, question, clock.instant()));
	}

	/** Whether the caller's company may ask for assistance (its partner type is one the vendor offers it to). */
	@Transactional(readOnly = true)
	public boolean mayRequestAssistance() {
		var offeredTo = settings.current().assistancePartnerTypes();
		return actor.scope().company().flatMap(partners::find).map(own -> offeredTo.contains(own.type())).orElse(false);
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

	/**
	 * The registering partner moves an opportunity it works; the channel team moves any; a vendor sales rep moves the
	 * ones assigned to them. A stage the vendor sets is told to the partner.
	 */
	@PreAuthorize("hasAnyRole('VENDOR_STAFF', 'PARTNER_USER')")
	@Transactional
	public void changeStage(RegistrationId id, Stage stage) {
		Registration registration = visible(id);
		java.util.Optional<PartnerId> own = actor.scope().company();
		if (own.isPresent()) {
			registration.requireRegistrant(own.get(), "move its stage");
			registration.requireWorkedByPartner();
		}
		else if (!isChannelTeam() && !registration.isWorkedByVendorRep(actor.userId())) {
			throw new NotAllowedException("A vendor sales rep moves the opportunities assigned to them.");
		}
		registration.changeStage(stage, actor.userId(), own.isEmpty(), clock.instant());
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
		return requestRenewal(id, RenewalUpdate.confirmed());
	}

	/** The same, confirming or updating the stage, expected close date and MRR (seed 004: renewal with fresh information). */
	@PreAuthorize("hasRole('PARTNER_USER')")
	@Transactional
	public boolean requestRenewal(RegistrationId id, RenewalUpdate fresh) {
		Registration registration = visible(id);
		registration.requireRegistrant(ownCompany(), "ask for its renewal");
		ProgramSettings program = settings.current();
		boolean granted = registration.requestRenewal(actor.userId(), fresh, program.protection(), program.renewalActivity(),
				program.laterRenewalsNeedVendor(), LocalDate.now(clock), clock.instant());
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
		// the vendor's sales team works it now: a direct deal, so a partner registering it later meets the conflict rules
		duplicates.release(registration);
		ContactView contact = contacts.get(new ContactId(registration.toDetails().contactId()));
		conflicts.addDirectOpportunity(new NewDirectOpportunity(registration.toSummary().companyName(), contact.website(),
				contact.email(), contact.phone(), registration.product(), registration.toSummary().stage(), null));
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

	/**
	 * The Deals room's list: approved, active and won deals by stage. A partner's own, and those the vendor invited it
	 * onto (marked co-sell or influence, without the registering partner); the vendor sees all.
	 */
	@Transactional(readOnly = true)
	public PageView<DealSummary> deals(Integer page, Integer size) {
		PartnerId partner = actor.scope().company().orElse(null);
		var pageable = Paging.of(page, size, Sort.by("stage", "expectedCloseDate"));
		if (partner == null) {
			return PageView.of(registrations.findByStatusIn(PIPELINE, pageable), r -> new DealSummary(r.toSummary(), null));
		}
		return PageView.of(registrations.dealsOf(partner.value(), PIPELINE, pageable), row -> {
			Registration r = (Registration) row[0];
			return new DealSummary(r.isRegisteredBy(partner) ? r.toSummary() : r.toSummary().withoutPartner(),
					(AttributionRole) row[1]);
		});
	}

	/** The share of registrations submitted since {@code since} that were decided within the SLA. */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional(readOnly = true)
	public SlaReport slaReport(Instant since) {
		return SlaReport.of(since, settings.current().approvalSla().toHours(), registrations.humanDecisionsSince(since),
				registrations.undecidedPastDueSince(since, clock.instant(), RegistrationStatus.SUBMITTED));
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

	/** The currencies partners register in and the vendor enters leads in (a vendor setting, ISO 4217). */
	@Transactional(readOnly = true)
	public List<String> currencies() {
		return settings.current().currencies();
	}

	/** The vendor's name as partners see it, e.g. in "Sales Partner Assigns to RPM". */
	@Transactional(readOnly = true)
	public String vendorName() {
		return settings.current().vendorName();
	}

	@PreAuthorize("hasRole('VENDOR_ADMIN')")
	@Transactional
	public void changeSettings(RegistrationSettingsView changed) {
		ProgramSettings current = settings.current();
		RegistrationSettingsView before = current.toView();
		current.change(changed.autoApprove(), changed.approvalSlaHours(), changed.protectionDays(),
				changed.warningDays(), changed.renewalActivityDays());
		current.changeRules(changed);
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

	/**
	 * A partner told "already registered" registers the company again in one step, once the claim it waited on has
	 * ended: the same form, through the same checks, first come first served.
	 */
	@PreAuthorize("hasRole('PARTNER_USER')")
	public Submission registerAgain(RegistrationId waitingDuplicate) {
		Opportunity form = transactions.execute(tx -> {
			Registration registration = visible(waitingDuplicate);
			registration.requireRegistrant(ownCompany(), "register it again");
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
	@PreAuthorize("hasRole('VENDOR_STAFF')")
	@Transactional(readOnly = true)
	public List<WaitingView> waitingList(RegistrationId id) {
		List<WaitingEntry> line = waiting.findByClaimRegistrationIdOrderByQueuedAt(visible(id).registrationId().value());
		Map<UUID, String> names = partners.namesOf(line.stream().map(WaitingEntry::partnerId).toList());
		List<WaitingView> views = new java.util.ArrayList<>();
		for (int i = 0; i < line.size(); i++) {
			views.add(line.get(i).toView(names.getOrDefault(line.get(i).partnerId(), ""), i + 1));
		}
		return views;
	}

	/** Whether this refused registration's partner was told the company is open again. */
	@Transactional(readOnly = true)
	public boolean mayRegisterAgain(RegistrationId id) {
		Registration registration = visible(id);
		return registration.isWaitingDuplicate()
				&& waiting.findByWaitingRegistrationId(id.value()).stream().anyMatch(WaitingEntry::isToldAndOpen);
	}

	/** "We'll assign this": the channel team gives a prospect assigned to the vendor to one of its sales reps. */
	@PreAuthorize("hasAnyRole('VENDOR_ADMIN', 'CHANNEL_MANAGER')")
	@Transactional
	public void assignVendorRep(RegistrationId id, UserId rep) {
		Registration registration = visible(id);
		boolean salesRep = rep != null && people.find(rep).map(p -> p.role() == org.concord.identity.Role.VENDOR_SALES_REP
				&& "ACTIVE".equals(p.status())).orElse(false);
		if (!salesRep) {
			throw new InvalidInputException("repId", "Choose one of the vendor's active sales reps.");
		}
		registration.assignVendorRep(rep, actor.userId(), clock.instant());
		registrations.save(registration);
	}

	/** A vendor sales rep's queue: the opportunities assigned to them, still open, by expected close date. */
	@PreAuthorize("hasRole('VENDOR_STAFF')")
	@Transactional(readOnly = true)
	public PageView<RegistrationSummary> assignedToMe(Integer page, Integer size) {
		return PageView.of(registrations.findByVendorRepIdAndStatusIn(actor.userId().value(), List.of(RegistrationStatus.SUBMITTED,
				RegistrationStatus.APPROVED, RegistrationStatus.ACTIVE), Paging.of(page, size, Sort.by("expectedCloseDate"))),
				Registration::toSummary);
	}

	/** A note on the deal after its submission (competition, insights), by anyone who works on it. */
	@Transactional
	public void addNote(RegistrationId id, String text) {
		Registration registration = visible(id);
		registration.addNote(actor.userId(), text, clock.instant());
		registrations.save(registration);
	}

	private boolean isChannelTeam() {
		return actor.isVendorStaff() && people.find(actor.userId()).map(p -> p.role() == org.concord.identity.Role.VENDOR_ADMIN
				|| p.role() == org.concord.identity.Role.CHANNEL_MANAGER).orElse(false);
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
		if (contact.consent().status() == org.concord.customers.ConsentStatus.WITHDRAWN) {
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
