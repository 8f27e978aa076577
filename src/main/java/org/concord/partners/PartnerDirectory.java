package org.concord.partners;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.concord.shared.Audited;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NodeCache;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.PartnerScope;
import org.concord.shared.access.EditCompany;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.access.SwitchLeadFlow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partner companies, as far as the current actor may see them. */
@Service
public class PartnerDirectory {

	private final PartnerCompanyRepository partners;
	private final PartnerTypeRepository types;
	private final CurrentActor actor;
	private final Clock clock;
	private final BusinessCalendar calendar;
	private final ApplicationEventPublisher events;
	private final CompanyMatching matching;
	private final NodeCache<List<RoutablePartner>> routing;

	PartnerDirectory(PartnerCompanyRepository partners, PartnerTypeRepository types, CurrentActor actor, Clock clock,
			ApplicationEventPublisher events, BusinessCalendar calendar, CompanyMatching matching,
			@Value("${concord.partners.routing-cache:PT30S}") Duration routingCacheFor) {
		this.matching = matching;
		this.calendar = calendar;
		this.partners = partners;
		this.types = types;
		this.events = events;
		this.actor = actor;
		this.clock = clock;
		this.routing = new NodeCache<>(clock, routingCacheFor, this::loadRouting);
	}

	/** Partners in the actor's scope: all for vendor staff, the own company for a partner's people. */
	@Transactional(readOnly = true)
	public PageView<PartnerSummary> list(Integer page, Integer size) {
		var pageable = Paging.of(page, size, Sort.by("name"));
		PartnerScope scope = actor.scope();
		var rows = scope.company().map(own -> partners.findPageByIdIn(
				scope.readable().stream().map(PartnerId::value).toList(), pageable)).orElseGet(() -> partners.findAll(pageable));
		return PageView.of(rows, company -> shown(company.toSummary(), scope));
	}

	@Transactional(readOnly = true)
	public PartnerSummary get(PartnerId id) {
		PartnerScope scope = actor.scope();
		scope.requireReadable(id, "Partner");
		return shown(find(id).orElseThrow(() -> new NotFoundException("Partner")), scope);
	}

	/** A sub-account's parent is named only to those who may read the parent. */
	private static PartnerSummary shown(PartnerSummary partner, PartnerScope scope) {
		return partner.parentId() == null || scope.reads(partner.parentId()) ? partner : partner.withoutParent();
	}

	/** Unscoped lookup for other modules' own checks; never hand its result to a partner unchecked. */
	@Transactional(readOnly = true)
	public Optional<PartnerSummary> find(PartnerId id) {
		return partners.findById(id.value()).map(PartnerCompany::toSummary);
	}

	/** The routing profile of a partner in the caller's scope. */
	@Transactional(readOnly = true)
	public RoutingProfile routingProfile(PartnerId id) {
		actor.scope().requireReadable(id, "Partner");
		return company(id).routingProfile();
	}

	/** The channel team sets where a partner works, what it knows, and how many open leads it takes. */
	@ManageChannel
	@Transactional
	public void changeRoutingProfile(PartnerId id, RoutingProfile profile) {
		company(id).changeRoutingProfile(profile);
		routingChanged();
	}

	/** Lead flow on or off: the channel team for any partner, a partner admin for its own company. */
	@SwitchLeadFlow
	@Transactional
	public void switchLeadFlow(PartnerId id, boolean on) {
		actor.scope().requireVisible(id, "Partner");
		company(id).switchLeadFlow(on);
		routingChanged();
	}

	/** The names of these partners, in one read, unscoped: for other modules' lists that name many partners. */
	@Transactional(readOnly = true)
	public Map<UUID, String> namesOf(Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		partners.findAllById(Set.copyOf(ids)).forEach(p -> names.put(p.toSummary().id().value(), p.toSummary().name()));
		return names;
	}

	/** Sets a routing profile without a logged-in actor: for the demo data and installers. */
	@Transactional
	public void setUpRouting(PartnerId id, RoutingProfile profile) {
		company(id).changeRoutingProfile(profile);
		routingChanged();
	}

	/**
	 * Every partner with its routing profile, unscoped: for lead routing only. Routing reads it for every lead, so
	 * each node keeps it for {@code concord.partners.routing-cache} (30 s): a change on this node applies at once,
	 * a change on another node within that time.
	 */
	@Transactional(readOnly = true)
	public List<RoutablePartner> routablePartners() {
		return routing.get();
	}

	private List<RoutablePartner> loadRouting(Instant now) {
		Map<UUID, Set<String>> certified = certifiedOn(LocalDate.ofInstant(now, calendar.zone()));
		return partners.routingRows().stream().map(row -> row.toRoutable(certified.getOrDefault(row.id(), Set.of()))).toList();
	}

	/** Each partner's certifications that have not expired on this day, as routing compares them (lower case). */
	private Map<UUID, Set<String>> certifiedOn(LocalDate today) {
		Map<UUID, Set<String>> certified = new HashMap<>();
		for (Object[] row : partners.heldCertifications()) {
			LocalDate expires = (LocalDate) row[2];
			if (expires == null || !expires.isBefore(today)) {
				certified.computeIfAbsent((UUID) row[0], id -> new LinkedHashSet<>())
						.add(((String) row[1]).toLowerCase(Locale.ROOT));
			}
		}
		return certified;
	}

	/** Forgets the routing data, so the next lead is routed on what changed. */
	void routingChanged() {
		routing.forget();
	}

	PartnerCompany company(PartnerId id) {
		return partners.findById(id.value()).orElseThrow(() -> new NotFoundException("Partner"));
	}

	@ManageChannel
	@Transactional
	public PartnerId register(NewPartner details) {
		return add(details, actor.userId().value());
	}

	/** Adds a partner without a logged-in actor: for the demo data and installers. */
	@Transactional
	public PartnerId add(NewPartner details) {
		return add(details, null);
	}

	/**
	 * The channel team moves a partner to another type or tier, saying why. Each change is kept in the partner's
	 * history and the audit log; lead routing sees it at once.
	 */
	@ManageChannel
	@Transactional
	public PartnerSummary classify(PartnerId id, String type, PartnerTier tier, String reason) {
		if (tier == null) {
			throw new InvalidInputException("tier", "Choose the tier.");
		}
		PartnerCompany company = company(id);
		PartnerSummary before = company.toSummary();
		company.classify(typeOf(type), tier, reason, actor.userId().value(), clock.instant());
		PartnerSummary after = company.toSummary();
		events.publishEvent(new Audited("PARTNER_CLASSIFIED", id.toString(), before.typeName() + ", " + before.tier().label()
				+ " -> " + after.typeName() + ", " + after.tier().label() + ": " + reason.strip()));
		routingChanged();
		return after;
	}

	/** A partner's profile: contact details, size, regions served, specialisations and programs. */
	@Transactional(readOnly = true)
	public CompanyProfile profile(PartnerId id) {
		actor.scope().requireReadable(id, "Partner");
		return company(id).profile();
	}

	/** The channel team changes a partner's profile; a partner admin its own company's contact details. */
	@EditCompany
	@Transactional
	public CompanyProfile changeProfile(PartnerId id, CompanyProfile changed) {
		actor.scope().requireVisible(id, "Partner");
		PartnerCompany company = company(id);
		CompanyProfile before = company.profile();
		company.changeProfile(changed, actor.isVendorStaff());
		CompanyProfile now = company.profile();
		matching.keepPartner(id.value(), company.toSummary().name(), now.website(), now.email(), now.phone());
		events.publishEvent(new Audited("PARTNER_PROFILE_CHANGED", id.toString(), "changed: " + company.profile().changesFrom(before)));
		return company.profile();
	}

	/** The partner's type and tier changes, newest first: the channel team's, and a partner's own. */
	@Transactional(readOnly = true)
	public List<PartnerChangeView> history(PartnerId id) {
		actor.scope().requireReadable(id, "Partner");
		Map<String, String> names = new HashMap<>();
		types.findAll().forEach(t -> names.put(t.code(), t.name()));
		return company(id).history().stream().map(c -> c.toView(code -> names.getOrDefault(code, code))).toList();
	}

	/**
	 * A new partner must not be one already in the program: the same name (its words run together, so "Acme Inc." is
	 * "ACME"), or the same web domain, refuses it; a similar name refuses it unless the channel team confirms that it
	 * is another company. The installers' path (no actor) checks the exact keys only.
	 */
	private PartnerId add(NewPartner details, UUID by) {
		if (partners.existsByNameIgnoreCase(details.name().trim())) {
			throw new InvalidInputException("name", "A partner with this name already exists.");
		}
		requireNew(details.name(), details.website(), by == null || details.confirmedDifferent());
		routingChanged();
		PartnerCompany company = partners.saveAndFlush(new PartnerCompany(details, typeOf(details.type()), by, clock.instant(),
				LocalDate.ofInstant(clock.instant(), calendar.zone())));
		matching.keepPartner(company.toSummary().id().value(), details.name(), details.website(), null, null);
		return company.toSummary().id();
	}

	/** Refuses a company that is a partner already; a similar name unless {@code similarConfirmed}. */
	void requireNew(String name, String website, boolean similarConfirmed) {
		for (CompanyMatch match : matching.matches(name, website, null, null, null)) {
			if (!match.partner() || (!match.exact() && similarConfirmed)) {
				continue;
			}
			boolean byName = !match.exact() || "same name".equals(match.reason());
			throw new InvalidInputException(byName ? "name" : "website", match.exact()
					? "This company is a partner already: " + match.name() + " (" + match.reason() + ")."
					: "A partner has a similar name: " + match.name()
							+ ". If this is another company, confirm it and add it again.");
		}
	}

	boolean typeExists(String code) {
		return types.existsById(code);
	}

	private PartnerType typeOf(String code) {
		return (code == null ? Optional.<PartnerType>empty() : types.findById(code))
				.orElseThrow(() -> new InvalidInputException("type", "Choose one of the partner types."));
	}
}
