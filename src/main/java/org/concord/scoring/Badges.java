package org.concord.scoring;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.concord.partners.Engagement;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.ScoredPartners;
import org.concord.registrations.RegisteredOpportunities;
import org.concord.shared.Audited;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.ConflictingRequestException;
import org.concord.shared.CurrentActor;
import org.concord.shared.EngagementKind;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.access.Administer;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.access.SeeProgram;
import org.concord.training.Training;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Badges: the vendor defines them with an award rule (first deal, deals won, a certification, events attended, the
 * sales target reached) or as manual; the rules award them as partners reach them, the channel team awards manual ones
 * (or any) with a reason and may revoke one, saying why. Every award and revocation is kept.
 */
@Service
public class Badges {

	private static final String AWARD_COLUMNS = "a.id, a.badge_id, b.name, a.partner_id, a.awarded_at, a.reason, a.awarded_by,"
			+ " a.revoked_at, a.revoke_reason";

	private final BadgeRepository badges;
	private final ScoredPartners scored;
	private final Engagement engagement;
	private final RegisteredOpportunities opportunities;
	private final Training training;
	private final PartnerDirectory partners;
	private final JdbcTemplate jdbc;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;
	private final BusinessCalendar calendar;
	private final Clock clock;

	Badges(BadgeRepository badges, ScoredPartners scored, Engagement engagement, RegisteredOpportunities opportunities,
			Training training, PartnerDirectory partners, JdbcTemplate jdbc, CurrentActor actor,
			ApplicationEventPublisher events, BusinessCalendar calendar, Clock clock) {
		this.badges = badges;
		this.scored = scored;
		this.engagement = engagement;
		this.opportunities = opportunities;
		this.training = training;
		this.partners = partners;
		this.jdbc = jdbc;
		this.actor = actor;
		this.events = events;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The badges, by name, paged, with how many partners hold each: anyone sees what can be earned. */
	@Transactional(readOnly = true)
	public PageView<BadgeView> list(Integer page, Integer size) {
		var rows = badges.findAll(Paging.of(page, size, Sort.by("name", "id")));
		Map<UUID, Long> holders = new HashMap<>();
		jdbc.query("select badge_id, count(distinct partner_id) from badge_award where revoked_at is null group by badge_id",
				row -> {
					holders.put(row.getObject(1, UUID.class), row.getLong(2));
				});
		return PageView.of(rows, b -> b.toView(holders.getOrDefault(b.id(), 0L)));
	}

	@Administer
	@Transactional
	public BadgeView define(NewBadge badge) {
		if (badge.name() != null && badges.existsByNameIgnoreCase(badge.name().strip())) {
			throw new ConflictingRequestException("name", "A badge of this name exists already.");
		}
		Badge saved = badges.save(new Badge(badge, clock.instant()));
		events.publishEvent(new Audited("BADGE_DEFINED", saved.id().toString(), saved.name()));
		evaluate(null);
		return saved.toView(0);
	}

	/** The channel team awards a badge to a partner, saying why; a partner holds a badge once. */
	@ManageChannel
	@Transactional
	public BadgeAwardView award(PartnerId partner, UUID badgeId, String reason) {
		partners.get(partner);
		Badge badge = badges.findById(badgeId).orElseThrow(() -> new InvalidInputException("badgeId", "Choose a badge."));
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new InvalidInputException("reason", "Say why the partner earns the badge, at most 500 characters.");
		}
		if (holds(partner.value(), badgeId)) {
			throw new ConflictingRequestException("badgeId", "The partner holds this badge already.");
		}
		UUID id = insert(badgeId, partner.value(), reason.strip(), actor.userId().value());
		events.publishEvent(new Audited("BADGE_AWARDED", partner.toString(), badge.name() + ": " + reason.strip()));
		return award(id);
	}

	/** The channel team revokes an award, saying why; it stays in the history. */
	@ManageChannel
	@Transactional
	public BadgeAwardView revoke(UUID awardId, String reason) {
		BadgeAwardView award = award(awardId);
		if (!award.held()) {
			throw new ConflictingRequestException("awardId", "This badge was revoked already.");
		}
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new InvalidInputException("reason", "Say why the badge is revoked, at most 500 characters.");
		}
		jdbc.update("update badge_award set revoked_at = ?, revoked_by = ?, revoke_reason = ? where id = ?",
				Timestamp.from(clock.instant()), actor.userId().value(), reason.strip(), awardId);
		events.publishEvent(new Audited("BADGE_REVOKED", award.partnerId(), award.badgeName() + ": " + reason.strip()));
		return award(awardId);
	}

	/** A partner's awards, newest first, revoked ones too (at most 100), for those who read the partner. */
	@Transactional(readOnly = true)
	public List<BadgeAwardView> of(PartnerId partner) {
		actor.scope().requireReadable(partner, "Partner");
		String name = partners.namesOf(List.of(partner.value())).get(partner.value());
		return jdbc.query("select " + AWARD_COLUMNS + " from badge_award a join badge b on b.id = a.badge_id"
				+ " where a.partner_id = ? order by a.awarded_at desc, a.id fetch first 100 rows only",
				(row, n) -> view(row, name), partner.value());
	}

	/** Every award, newest first, paged: the vendor's badge report. */
	@SeeProgram
	@Transactional(readOnly = true)
	public PageView<BadgeAwardView> recent(Integer page, Integer size) {
		var pageable = Paging.of(page, size, Sort.unsorted());
		long total = jdbc.queryForObject("select count(*) from badge_award", Long.class);
		List<BadgeAwardView> rows = jdbc.query("select " + AWARD_COLUMNS + " from badge_award a join badge b on b.id = a.badge_id"
				+ " order by a.awarded_at desc, a.id offset ? rows fetch next ? rows only", (row, n) -> view(row, null),
				pageable.getOffset(), pageable.getPageSize());
		Map<UUID, String> names = partners.namesOf(rows.stream().map(r -> UUID.fromString(r.partnerId())).toList());
		return PageView.of(new PageImpl<>(rows.stream().map(r -> new BadgeAwardView(r.id(), r.badgeId(), r.badgeName(),
				r.partnerId(), names.get(UUID.fromString(r.partnerId())), r.awardedAt(), r.reason(), r.awardedBy(), r.revokedAt(),
				r.revokeReason())).toList(), pageable, total), v -> v);
	}

	/** The badges each partner holds, by name (the partner directory). */
	@Transactional(readOnly = true)
	Map<UUID, List<String>> heldBy(Collection<UUID> partnerIds) {
		Map<UUID, List<String>> held = new HashMap<>();
		if (partnerIds.isEmpty()) {
			return held;
		}
		String marks = String.join(", ", partnerIds.stream().map(p -> "?").toList());
		jdbc.query("select a.partner_id, b.name from badge_award a join badge b on b.id = a.badge_id where a.revoked_at is null"
				+ " and a.partner_id in (" + marks + ") order by b.name", row -> {
					held.computeIfAbsent(row.getObject(1, UUID.class), p -> new ArrayList<>()).add(row.getString(2));
				}, partnerIds.toArray());
		return held;
	}

	/**
	 * Awards each rule's badge to the partners that reached it and do not hold it: of one partner (after something it
	 * did) or, with none, of every partner (the nightly run, which also sees sales targets reached). Returns how many
	 * badges were awarded.
	 */
	@Transactional
	public int evaluate(PartnerId only) {
		List<Badge> automatic = badges.findAll().stream().filter(b -> b.toView(0).rule() != BadgeRule.MANUAL).toList();
		if (automatic.isEmpty()) {
			return 0;
		}
		Map<PartnerId, Long> won = opportunities.dealsWon();
		Map<PartnerId, Long> attended = engagement.countsOf(EngagementKind.EVENT, only);
		Map<PartnerId, Set<String>> certified = training.certificationsEarned(only);
		Set<PartnerId> onTarget = only == null ? targetsReached() : Set.of();
		Set<PartnerId> candidates = new HashSet<>();
		if (only != null) {
			candidates.add(only);
		}
		else {
			candidates.addAll(won.keySet());
			candidates.addAll(attended.keySet());
			candidates.addAll(certified.keySet());
			candidates.addAll(onTarget);
		}
		Set<String> heldNow = new HashSet<>();
		Set<String> everRevoked = new HashSet<>();
		jdbc.query("select badge_id, partner_id, revoked_at from badge_award", row -> {
			(row.getTimestamp(3) == null ? heldNow : everRevoked).add(row.getObject(1, UUID.class) + ":" + row.getObject(2, UUID.class));
		});
		int awarded = 0;
		for (PartnerId partner : candidates) {
			Badge.Facts facts = new Badge.Facts(won.getOrDefault(partner, 0L), attended.getOrDefault(partner, 0L),
					certified.getOrDefault(partner, Set.of()), onTarget.contains(partner));
			for (Badge badge : automatic) {
				String key = badge.id() + ":" + partner.value();
				// a badge the channel team revoked is not given back by its rule
				if (!heldNow.contains(key) && !everRevoked.contains(key) && badge.earnedBy(facts)) {
					insert(badge.id(), partner.value(), badge.reasonFor(facts), null);
					heldNow.add(key);
					awarded++;
				}
			}
		}
		return awarded;
	}

	/** The partners whose deals won this year (at a year of their MRR) reach their sales target. */
	private Set<PartnerId> targetsReached() {
		Map<PartnerId, Money> targets = scored.salesTargets();
		ZoneId zone = calendar.zone();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		Instant yearStart = today.withDayOfYear(1).atStartOfDay(zone).toInstant();
		Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
		Map<String, Map<PartnerId, BigDecimal>> revenue = new HashMap<>();
		Set<PartnerId> reached = new HashSet<>();
		targets.forEach((partner, target) -> {
			String currency = target.currency().getCurrencyCode();
			var won = revenue.computeIfAbsent(currency, c -> opportunities.wonAnnualRevenue(yearStart, tomorrow, c));
			if (target.isPositive() && won.getOrDefault(partner, BigDecimal.ZERO).compareTo(target.amount()) >= 0) {
				reached.add(partner);
			}
		});
		return reached;
	}

	private boolean holds(UUID partner, UUID badge) {
		return jdbc.queryForObject("select count(*) from badge_award where partner_id = ? and badge_id = ? and revoked_at is null",
				Integer.class, partner, badge) > 0;
	}

	private UUID insert(UUID badge, UUID partner, String reason, UUID by) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into badge_award (id, badge_id, partner_id, awarded_at, reason, awarded_by) values (?, ?, ?, ?, ?, ?)",
				id, badge, partner, Timestamp.from(clock.instant()), reason, by);
		return id;
	}

	private BadgeAwardView award(UUID id) {
		return jdbc.query("select " + AWARD_COLUMNS + " from badge_award a join badge b on b.id = a.badge_id where a.id = ?",
				(row, n) -> view(row, null), id).stream().findFirst().orElseThrow(() -> new NotFoundException("Badge award"));
	}

	private static BadgeAwardView view(ResultSet row, String partnerName) throws SQLException {
		return new BadgeAwardView(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3),
				row.getObject(4, UUID.class).toString(), partnerName, row.getTimestamp(5).toInstant(), row.getString(6),
				row.getObject(7, UUID.class), row.getTimestamp(8) == null ? null : row.getTimestamp(8).toInstant(),
				row.getString(9));
	}
}
