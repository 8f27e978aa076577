package org.concord.partners;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.concord.shared.AccountManagers;
import org.concord.shared.Audited;
import org.concord.shared.BrandHosts;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.LimitReachedException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.RateLimits;
import org.concord.shared.UserId;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.access.SendProspects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruitment: prospective partners from the public application form, the intake API and the channel team; their
 * owners, stages, notes and history; the pipeline board, the conversion report, and conversion into a partner.
 */
@Service
public class Prospects {

	private static final Logger log = LoggerFactory.getLogger(Prospects.class);

	/** Applications from one client address: 5 an hour. */
	static final RateLimits.Limit PER_CLIENT = new RateLimits.Limit("prospect-client:", 5, Duration.ofHours(1));
	/** Applications for one e-mail address: 3 a day. */
	static final RateLimits.Limit PER_EMAIL = new RateLimits.Limit("prospect-email:", 3, Duration.ofDays(1));
	/** How many prospects a column of the board shows; the column says how many there are in all. */
	static final int BOARD_COLUMN = 20;

	private final ProspectRepository prospects;
	private final PartnerCompanyRepository partners;
	private final PartnerDirectory directory;
	private final CompanyMatching matching;
	private final AccountManagers managers;
	private final RateLimits rateLimits;
	private final BrandHosts brands;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;
	private final BusinessCalendar calendar;
	private final Clock clock;

	Prospects(ProspectRepository prospects, PartnerCompanyRepository partners, PartnerDirectory directory,
			CompanyMatching matching, AccountManagers managers, RateLimits rateLimits, BrandHosts brands,
			CurrentActor actor, ApplicationEventPublisher events, BusinessCalendar calendar, Clock clock) {
		this.prospects = prospects;
		this.partners = partners;
		this.directory = directory;
		this.matching = matching;
		this.managers = managers;
		this.rateLimits = rateLimits;
		this.brands = brands;
		this.actor = actor;
		this.events = events;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * A company applies on a brand's public form. A filled-in honeypot (a field people never see) marks a robot: it is
	 * told the same as anyone and nothing is kept. Each client address and each e-mail address may apply a few times.
	 */
	@Transactional
	public void apply(NewProspect details, String host, String clientAddress, boolean robot) {
		if (robot) {
			log.info("Partner application from {} dropped: the honeypot field was filled in", clientAddress);
			return;
		}
		String email = details.email().strip().toLowerCase(Locale.ROOT);
		Duration wait = rateLimits.admit(List.of(keyed(PER_CLIENT, clientAddress), keyed(PER_EMAIL, email)));
		if (wait.isPositive()) {
			throw new LimitReachedException("email", "We have received several applications from here already. Try again in "
					+ Math.max(1, wait.toMinutes()) + " minutes, or write to us.");
		}
		create(details, ProspectSource.FORM, brands.brandOf(host), null, null);
	}

	/** The vendor's own systems send a prospect with an integration key; {@code brand} is the portal it came for. */
	@SendProspects
	@Transactional
	public ProspectView receive(NewProspect details, String brand) {
		if (brand != null && !brand.isBlank() && !brands.exists(brand.strip())) {
			throw new InvalidInputException("brand", "There is no brand with this code.");
		}
		return view(create(details, ProspectSource.API, brand == null || brand.isBlank() ? null : brand.strip(), null, null));
	}

	/** The channel team enters a prospect; the one who enters it owns it. */
	@ManageChannel
	@Transactional
	public ProspectView add(NewProspect details) {
		UUID me = actor.userId().value();
		return view(create(details, ProspectSource.CHANNEL, null, me, me));
	}

	private Prospect create(NewProspect details, ProspectSource source, String brand, UUID owner, UUID by) {
		Prospect prospect = new Prospect(details, source, brand, owner, by, clock.instant());
		requireType(details.interestedType());
		List<CompanyMatch> found = matching.matches(details.companyName(), details.website(), details.email(), details.phone(), null);
		prospect.noteMatches(found.isEmpty() ? null : found.stream().map(CompanyMatch::describe).collect(Collectors.joining("; ")));
		prospects.saveAndFlush(prospect);
		matching.keepProspect(prospect.id(), prospect.companyName(), prospect.website(), prospect.email(), prospect.phone());
		events.publishEvent(new Audited("PROSPECT_RECEIVED", prospect.id().toString(), prospect.companyName() + " by "
				+ source.label().toLowerCase(Locale.ROOT) + (found.isEmpty() ? "" : "; " + found.getFirst().describe())));
		if (source != ProspectSource.CHANNEL) {
			events.publishEvent(new ProspectApplied(prospect.id().toString(), brand, prospect.email(), prospect.contactName(),
					prospect.companyName()));
		}
		return prospect;
	}

	private void requireType(String code) {
		if (code != null && !code.isBlank() && !directory.typeExists(code.strip())) {
			throw new InvalidInputException("interestedType", "Choose one of the partner types.");
		}
	}

	private static RateLimits.Limit keyed(RateLimits.Limit limit, String value) {
		String key = value == null ? "" : value;
		return new RateLimits.Limit(limit.key() + (key.length() > 150 ? key.substring(0, 150) : key), limit.attempts(), limit.window());
	}

	/** Prospects newest first: of one stage, or all; only the actor's and nobody's when {@code mine}. */
	@ManageChannel
	@Transactional(readOnly = true)
	public PageView<ProspectView> list(ProspectStage stage, boolean mine, Integer page, Integer size) {
		var rows = prospects.findFiltered(stage, mine ? actor.userId().value() : null, mine,
				Paging.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id"))));
		Map<UUID, String> names = ownerNames();
		return PageView.of(rows, p -> p.toView(names.get(p.ownerId())));
	}

	@ManageChannel
	@Transactional(readOnly = true)
	public ProspectView get(UUID id) {
		return view(prospect(id));
	}

	/** The partners and other prospects this one matches now, exact matches first. */
	@ManageChannel
	@Transactional(readOnly = true)
	public List<CompanyMatch> matches(UUID id) {
		Prospect p = prospect(id);
		return matching.matches(p.companyName(), p.website(), p.email(), p.phone(), p.id());
	}

	/** What happened to it, newest first. */
	@ManageChannel
	@Transactional(readOnly = true)
	public List<ProspectEntryView> history(UUID id) {
		Map<UUID, String> names = new HashMap<>();
		List<ProspectEntry> entries = prospect(id).entries();
		return entries.reversed().stream().map(e -> e.toView(e.byUser() == null ? "Received"
				: names.computeIfAbsent(e.byUser(), u -> managers.find(new UserId(u)).map(AccountManagers.Candidate::name)
						.orElse("A former team member")))).toList();
	}

	@ManageChannel
	@Transactional
	public ProspectView move(UUID id, ProspectStage stage, String reason) {
		Prospect prospect = prospect(id);
		ProspectStage before = prospect.stage();
		prospect.moveTo(stage, reason, actor.userId().value(), clock.instant());
		if (before != prospect.stage()) {
			events.publishEvent(new Audited("PROSPECT_MOVED", id.toString(), before.label() + " -> " + stage.label()
					+ (reason == null || reason.isBlank() ? "" : ": " + reason.strip())));
		}
		return view(prospect);
	}

	/** Gives the prospect an owner (a channel manager or vendor admin), or none. */
	@ManageChannel
	@Transactional
	public ProspectView assign(UUID id, UserId owner) {
		Optional<AccountManagers.Candidate> chosen = owner == null ? Optional.empty() : managers.find(owner);
		if (owner != null && chosen.isEmpty()) {
			throw new InvalidInputException("owner", "Choose an active channel manager or vendor admin.");
		}
		Prospect prospect = prospect(id);
		prospect.assignOwner(owner == null ? null : owner.value(), chosen.map(AccountManagers.Candidate::name).orElse(null),
				actor.userId().value(), clock.instant());
		return view(prospect);
	}

	/** A note, or a call, meeting or e-mail with the prospect. */
	@ManageChannel
	@Transactional
	public void log(UUID id, String kind, String text) {
		ProspectEntry.Kind parsed;
		try {
			parsed = ProspectEntry.Kind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("kind", "Choose a note, a call, a meeting or an e-mail.");
		}
		prospect(id).log(parsed, text, actor.userId().value(), clock.instant());
	}

	/**
	 * The prospect becomes a partner in one step: the partner company is created (refused when it is a partner
	 * already, see {@link PartnerDirectory#requireNew}), its onboarding checklist starts, the prospect's owner becomes
	 * its account manager, and its first partner admin is invited. Any refusal undoes all of it.
	 */
	@ManageChannel
	@Transactional
	public PartnerId convert(UUID id, Conversion conversion) {
		Prospect prospect = prospect(id);
		if (!prospect.stage().mayConvert()) {
			throw new InvalidInputException("stage", prospect.stage() == ProspectStage.NEW
					? "Qualify the prospect before converting it." : "This prospect cannot be converted: it is " + prospect.stage().label() + ".");
		}
		PartnerId partner = directory.register(new NewPartner(conversion.name(), conversion.type(), conversion.tier(),
				prospect.country(), prospect.region(), prospect.city(), prospect.website(), conversion.confirmedDifferent()));
		UUID me = actor.userId().value();
		partners.findById(partner.value()).orElseThrow().assignAccountManager(prospect.ownerId() != null ? prospect.ownerId() : me);
		prospect.converted(partner.value(), conversion.name().strip(), me, clock.instant());
		events.publishEvent(new Audited("PROSPECT_CONVERTED", id.toString(), "became partner " + partner));
		events.publishEvent(new ProspectConverted(id.toString(), partner, prospect.brand(), conversion.username().strip(),
				conversion.email().strip(), conversion.displayName().strip()));
		return partner;
	}

	/** The pipeline board: each stage's count and its longest-waiting prospects; the actor's and nobody's when {@code mine}. */
	@ManageChannel
	@Transactional(readOnly = true)
	public Map<ProspectStage, PageView<ProspectView>> board(boolean mine) {
		Map<UUID, String> names = ownerNames();
		UUID me = mine ? actor.userId().value() : null;
		Map<ProspectStage, PageView<ProspectView>> columns = new LinkedHashMap<>();
		for (ProspectStage stage : ProspectStage.values()) {
			var rows = prospects.findFiltered(stage, me, mine, Paging.of(0, BOARD_COLUMN, Sort.by("stageSince").and(Sort.by("id"))));
			columns.put(stage, PageView.of(rows, p -> p.toView(names.get(p.ownerId()))));
		}
		return columns;
	}

	/** How many prospects are in each stage; the actor's and nobody's when {@code mine}. */
	@ManageChannel
	@Transactional(readOnly = true)
	public Map<ProspectStage, Long> counts(boolean mine) {
		Map<ProspectStage, Long> counts = new EnumMap<>(ProspectStage.class);
		for (ProspectStage stage : ProspectStage.values()) {
			counts.put(stage, 0L);
		}
		prospects.countByStage(mine ? actor.userId().value() : null).forEach(row -> counts.put((ProspectStage) row[0], (Long) row[1]));
		return counts;
	}

	/** The conversion report for prospects that came in from {@code from} to {@code to}, both days included. */
	@ManageChannel
	@Transactional(readOnly = true)
	public ProspectReport report(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw new InvalidInputException(from == null ? "from" : "to", "Choose the first and the last day.");
		}
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "The last day comes on or after the first.");
		}
		ZoneId zone = calendar.zone();
		List<ProspectReport.Move> moves = prospects.stageEntries(from.atStartOfDay(zone).toInstant(),
				to.plusDays(1).atStartOfDay(zone).toInstant()).stream()
				.map(row -> new ProspectReport.Move(row[0], (ProspectStage) row[1], (Instant) row[2])).toList();
		return ProspectReport.of(from, to, moves);
	}

	/** Today in the vendor's time zone: the default end of the report's period. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(calendar.zone()));
	}

	private Map<UUID, String> ownerNames() {
		return managers.candidates().stream().collect(Collectors.toMap(c -> c.id().value(), AccountManagers.Candidate::name,
				(a, b) -> a));
	}

	private ProspectView view(Prospect prospect) {
		String owner = prospect.ownerId() == null ? null
				: managers.find(new UserId(prospect.ownerId())).map(AccountManagers.Candidate::name).orElse("A former team member");
		return prospect.toView(owner);
	}

	private Prospect prospect(UUID id) {
		return prospects.findById(id).orElseThrow(() -> new NotFoundException("Prospect"));
	}
}
