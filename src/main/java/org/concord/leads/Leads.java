package org.concord.leads;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.concord.customers.ConsentStatus;
import org.concord.customers.ContactId;
import org.concord.customers.Contacts;
import org.concord.identity.Brands;
import org.concord.partners.PartnerAccounts;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerSummary;
import org.concord.registrations.LeadHandover;
import org.concord.registrations.RegisteredOpportunities;
import org.concord.registrations.RegistrationId;
import org.concord.shared.Audited;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.concord.shared.WebAddresses;
import org.concord.shared.access.Administer;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.access.SeeProgram;
import org.concord.shared.access.WorkAsPartner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads from the vendor: the channel team enters them (one at a time or as a CSV file) and routing offers each
 * to the best partner; the partner accepts, declines, or makes contact in one step, which turns the lead into an
 * active opportunity. A partner sees a lead only while it is offered to them and once they work it.
 */
@Service
public class Leads {

	/** A CSV row the import refused, by its line in the file and the field at fault. */
	public record RowProblem(int row, String field, String message) {
	}

	/** What an import did: every row created, or none and the problems of each bad row. */
	public record ImportResult(int created, List<RowProblem> problems) {
	}

	static final int MAX_IMPORT_ROWS = 500;

	private final LeadRepository leads;
	private final LeadSettingsRepository settings;
	private final LeadRouter router;
	private final Contacts contacts;
	private final RegisteredOpportunities registrations;
	private final PartnerDirectory partners;
	private final Brands brands;
	private final BusinessCalendar calendar;
	private final CurrentActor actor;
	private final Validator validator;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final LeadScorecardTally scorecardTally;
	private final PartnerAccounts accounts;

	Leads(LeadRepository leads, LeadSettingsRepository settings, LeadRouter router, Contacts contacts,
			RegisteredOpportunities registrations, PartnerDirectory partners, Brands brands, BusinessCalendar calendar,
			CurrentActor actor, Validator validator, ApplicationEventPublisher events, Clock clock,
			LeadScorecardTally scorecardTally, PartnerAccounts accounts) {
		this.scorecardTally = scorecardTally;
		this.accounts = accounts;
		this.events = events;
		this.leads = leads;
		this.settings = settings;
		this.router = router;
		this.contacts = contacts;
		this.registrations = registrations;
		this.partners = partners;
		this.brands = brands;
		this.calendar = calendar;
		this.actor = actor;
		this.validator = validator;
		this.clock = clock;
	}

	/** Enters a qualified lead and routes it at once: offered to the best partner, or to a channel manager. */
	@ManageChannel
	@Transactional
	public LeadId create(NewLead details) {
		check(details);
		return enter(details);
	}

	/**
	 * Creates a lead for each row of a CSV file (see {@link LeadCsv} for the columns), all or none: when any
	 * row is wrong, nothing is created and every problem is reported with its row and field.
	 */
	@ManageChannel
	@Transactional
	public ImportResult importCsv(InputStream file) {
		LeadCsv.Parsed parsed = LeadCsv.parse(file, MAX_IMPORT_ROWS);
		List<RowProblem> problems = new ArrayList<>(parsed.problems());
		for (LeadCsv.Row row : parsed.rows()) {
			validator.validate(row.lead()).forEach(v -> problems.add(new RowProblem(row.number(),
					LeadCsv.column(v.getPropertyPath().toString()), v.getMessage())));
			try {
				check(row.lead());
			}
			catch (InvalidInputException ex) {
				problems.add(new RowProblem(row.number(), LeadCsv.column(ex.field()), ex.getMessage()));
			}
		}
		if (!problems.isEmpty()) {
			return new ImportResult(0, problems.stream().distinct().toList());
		}
		parsed.rows().forEach(row -> enter(row.lead()));
		return new ImportResult(parsed.rows().size(), List.of());
	}

	/** The header and an example row of the CSV file {@link #importCsv} reads. */
	public static String csvTemplate() {
		return LeadCsv.template();
	}

	@Transactional(readOnly = true)
	public PageView<LeadSummary> list(LeadStatus status, Integer page, Integer size) {
		return list(status, false, page, size);
	}

	/**
	 * The leads in the caller's scope; for vendor staff, of every partner or (mine) of the partners they look after,
	 * those nobody looks after yet, and the leads no partner holds.
	 */
	@Transactional(readOnly = true)
	public PageView<LeadSummary> list(LeadStatus status, boolean mine, Integer page, Integer size) {
		var pageable = Paging.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt", "id"));
		UUID own = actor.scope().company().map(PartnerId::value).orElse(null);
		Page<Lead> rows;
		if (own != null && status == LeadStatus.WITH_CHANNEL_MANAGER) {
			rows = Page.empty(pageable); // not the partner's until the channel manager offers it
		}
		else if (own != null) {
			rows = status == null ? leads.ofPartner(own, pageable) : leads.findByPartnerIdAndStatus(own, status, pageable);
		}
		else {
			Set<UUID> partners = mine ? accounts.mine().orElse(null) : null;
			if (partners != null) {
				Set<UUID> ids = partners.isEmpty() ? Set.of(new UUID(0, 0)) : partners; // none: only the leads no partner holds
				rows = status == null ? leads.ofPartnersOrNone(ids, pageable) : leads.ofPartnersOrNone(status, ids, pageable);
			}
			else {
				rows = status == null ? leads.findAll(pageable) : leads.findByStatus(status, pageable);
			}
		}
		return PageView.of(rows, Lead::toSummary);
	}

	/** One lead; a partner sees only the routing steps about itself, never why other partners were passed over. */
	@Transactional(readOnly = true)
	public LeadDetails get(LeadId id) {
		LeadDetails details = visible(id).toDetails();
		return actor.scope().company().map(details::stepsAbout).orElse(details);
	}

	/** The ranking routing would make now, with why each partner is where it is or was passed over. */
	@SeeProgram
	@Transactional(readOnly = true)
	public RoutingProposal proposal(LeadId id) {
		return router.propose(visible(id), settings.current());
	}

	/** The channel team offers the lead to a partner of its choice; a partner holding it now is told. */
	@ManageChannel
	@Transactional
	public void assign(LeadId id, PartnerId partner) {
		Lead lead = visible(id);
		PartnerSummary chosen = partner == null ? null : partners.find(partner).orElse(null);
		if (chosen == null) {
			throw new InvalidInputException("partnerId", "Choose one of the partners.");
		}
		if (lead.isOfferedTo(partner)) {
			throw new InvalidInputException("partnerId", "The lead is offered to " + chosen.name() + " already.");
		}
		lead.withdrawOffer(actor.userId(), clock.instant());
		router.offer(lead, partner, actor.userId(), "Assigned by hand by " + actor.username() + ".", settings.current());
		leads.save(lead);
	}

	@WorkAsPartner
	@Transactional
	public void accept(LeadId id) {
		Lead lead = visible(id);
		lead.accept(ownCompany(), actor.userId(), clock.instant());
		leads.save(lead);
	}

	/** Declined with a reason: the lead goes to the next partner at once. */
	@WorkAsPartner
	@Transactional
	public void decline(LeadId id, String reason) {
		Lead lead = visible(id);
		LeadSettings current = settings.current();
		lead.decline(ownCompany(), actor.userId(), reason, clock.instant());
		router.route(lead, current, "Rerouted after a decline.");
		leads.save(lead);
	}

	/**
	 * The contact rule in one step: the partner checks off the action, gives the date contact was made and the
	 * first Contact Log row. The contact becomes the partner's, and the lead an active opportunity.
	 */
	@WorkAsPartner
	@Transactional
	public RegistrationId initiateContact(LeadId id, ContactInitiation step) {
		PartnerId partner = ownCompany();
		Lead lead = visible(id);
		Instant now = clock.instant();
		lead.requireContactStep(partner, step, calendar.zone(), now);
		UserId rep = actor.userId();
		ContactId contact = contacts.handOver(partner, lead.contactDetails(), rep);
		Money mrr = lead.estimatedMrr();
		RegistrationId registration = registrations.openFromLead(new LeadHandover(partner, rep, contact, lead.product(),
				mrr.amount(), mrr.currency().getCurrencyCode(), lead.notes(), step.contactInitiatedOn(), step.contactType(),
				step.summary().trim()));
		lead.contactInitiated(partner, rep, registration.value(), step.contactInitiatedOn(), now);
		leads.save(lead);
		return registration;
	}

	/** Leads offered to the actor's company and waiting for contact, soonest deadline first (the Overview). */
	@Transactional(readOnly = true)
	public List<LeadSummary> waitingForMe() {
		PartnerId partner = actor.scope().company().orElse(null);
		if (partner == null) {
			return leads.findTop10ByStatusOrderByCreatedAt(LeadStatus.WITH_CHANNEL_MANAGER).stream().map(Lead::toSummary).toList();
		}
		return leads.findTop10ByPartnerIdAndStatusOrderByContactDueAt(partner.value(), LeadStatus.OFFERED).stream()
				.map(Lead::toSummary).toList();
	}

	/** How partners keep the contact rule: all partners for vendor staff, the own company for a partner. */
	@Transactional(readOnly = true)
	public PageView<LeadScorecard> scorecards(Integer page, Integer size) {
		UUID only = actor.scope().company().map(PartnerId::value).orElse(null);
		var pageable = Paging.of(page, size, Sort.unsorted());
		List<ScorecardCounts> counts = scorecardTally.counts(only, (int) pageable.getOffset(), pageable.getPageSize());
		List<UUID> shown = counts.stream().map(ScorecardCounts::partnerId).toList();
		Map<UUID, Double> medians = scorecardTally.medianHours(shown);
		Map<UUID, String> names = partners.namesOf(shown);
		return PageView.of(new PageImpl<>(counts, pageable, scorecardTally.partners(only)),
				c -> new LeadScorecard(new PartnerId(c.partnerId()), names.getOrDefault(c.partnerId(), "?"), c.offers(),
						c.contacted(), c.misses(), c.declines(), medians.get(c.partnerId())));
	}

	@Transactional(readOnly = true)
	public LeadSettingsView settings() {
		return settings.current().toView();
	}

	@Administer
	@Transactional
	public void changeSettings(LeadSettingsView changed) {
		LeadSettings current = settings.current();
		LeadSettingsView before = current.toView();
		current.change(changed);
		events.publishEvent(new Audited("LEAD_SETTINGS_CHANGED", "lead routing settings", before + " -> " + current.toView()));
	}

	/** The moment's deadline text, e.g. "the end of Tuesday, 2026-12-01 (America/Halifax)". */
	public String describeDeadline(Instant due) {
		if (due == null) {
			return "";
		}
		LocalDate lastDay = due.minusSeconds(1).atZone(calendar.zone()).toLocalDate();
		String weekday = lastDay.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		return "the end of " + weekday + ", " + lastDay + " (" + calendar.zone() + ")";
	}

	private LeadId enter(NewLead details) {
		Lead lead = new Lead(details, actor.userId(), clock.instant());
		router.route(lead, settings.current(), "Routed when entered.");
		return leads.save(lead).leadId();
	}

	/** The rules beyond the form's: a known product, consent that holds today, a company nobody protects. */
	private void check(NewLead details) {
		if (details.contact() == null || details.product() == null) {
			return; // the form's own validation names these
		}
		if (brands.catalogue().stream().noneMatch(b -> b.code().equals(details.product()))) {
			throw new InvalidInputException("product", "Choose one of the products.");
		}
		if (details.currency() != null && !registrations.currencies().contains(details.currency())) {
			throw new InvalidInputException("currency", "Choose one of " + String.join(", ", registrations.currencies()) + ".");
		}
		if ((details.latitude() == null) != (details.longitude() == null)) {
			throw new InvalidInputException(details.latitude() == null ? "latitude" : "longitude",
					"Enter both coordinates, or neither.");
		}
		if (WebAddresses.host(details.contact().website()).isEmpty()) {
			throw new InvalidInputException("contact.website", "Enter the company's website as an address, e.g. www.example.com.");
		}
		var consent = contacts.assessConsent(details.contact());
		if (consent.status() != ConsentStatus.VALID) {
			throw new InvalidInputException("contact.consentType", "The consent to contact this person is "
					+ consent.status().name().toLowerCase() + "; a lead needs consent that holds today.");
		}
		var c = details.contact();
		if (registrations.isRegistered(details.product(), c.companyName(), c.website(), c.email(), c.phone())) {
			throw new InvalidInputException("contact.companyName",
					"A partner has registered this company for this product; its registration protects it.");
		}
	}

	private PartnerId ownCompany() {
		return actor.scope().company().orElseThrow(() -> new AccessDeniedException("Only a partner works a lead"));
	}

	private Lead visible(LeadId id) {
		Lead lead = leads.findById(id.value()).orElseThrow(() -> new NotFoundException("Lead"));
		actor.scope().company().filter(own -> !lead.isVisibleTo(own)).ifPresent(other -> {
			throw new NotFoundException("Lead");
		});
		return lead;
	}
}
