package org.concord.registrations;

import org.concord.shared.matching.MatchKeys;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.concord.partners.PartnerAccounts;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.access.SeeProgram;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Direct-sales opportunities and their collisions with partner registrations. A collision is found by the
 * same match keys as duplicates, whichever side comes second, and settled by {@link ConflictRule}.
 */
@Service
public class ChannelConflicts {

	private final DirectOpportunityRepository directs;
	private final DirectOpportunityKeyRepository directKeys;
	private final ChannelConflictRepository conflicts;
	private final RegistrationRepository registrations;
	private final RegistrationClaimRepository claims;
	private final CurrentActor actor;
	private final BusinessCalendar calendar;
	private final Clock clock;

	private final JdbcTemplate jdbc;
	private final PartnerAccounts accounts;

	ChannelConflicts(DirectOpportunityRepository directs, DirectOpportunityKeyRepository directKeys,
			ChannelConflictRepository conflicts, RegistrationRepository registrations, RegistrationClaimRepository claims,
			CurrentActor actor, BusinessCalendar calendar, Clock clock,
			JdbcTemplate jdbc, PartnerAccounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.calendar = calendar;
		this.directs = directs;
		this.directKeys = directKeys;
		this.conflicts = conflicts;
		this.registrations = registrations;
		this.claims = claims;
		this.actor = actor;
		this.clock = clock;
	}

	/** The vendor's sales team enters a direct opportunity; protected registrations it collides with are checked. */
	@SeeProgram
	@Transactional
	public UUID addDirectOpportunity(NewDirectOpportunity details) {
		DirectOpportunity direct = directs.save(new DirectOpportunity(details, actor.userId().value(), clock.instant()));
		directKeys.saveAll(direct.keys().stream().map(k -> new DirectOpportunityKey(direct.id(), direct.product(), k)).toList());
		byKind(direct.keys()).forEach((kind, values) -> claims.claimants(direct.product(), kind, values)
				.forEach(registrationId -> registrations.findById(registrationId)
						.ifPresent(registration -> record(registration, direct))));
		return direct.id();
	}

	/**
	 * The direct deal moved to another stage: today, or on the CRM's own date ({@code on}), so that the stage-2 rule
	 * compares the real timeline.
	 */
	@SeeProgram
	@Transactional
	public void advanceDirectOpportunity(UUID id, Stage stage, LocalDate on) {
		DirectOpportunity direct = directs.findById(id).orElseThrow(() -> new NotFoundException("Direct opportunity"));
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		if (on != null && (on.isAfter(today) || on.atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(direct.createdAt()))) {
			throw new InvalidInputException("on", "Enter the day it moved there: not before it was created, not in the future.");
		}
		direct.moveTo(stage, on == null ? clock.instant() : on.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/** Conflicts pending more than 5 business days are escalated to the channel team (seed 004), once each. */
	@Transactional
	public int escalateOverdue() {
		Instant now = clock.instant();
		// 5 business days back at most 5 + weekends and holidays: any conflict found before now - 5 days is a candidate
		return (int) conflicts.pendingSince(now.minus(Duration.ofDays(ESCALATE_AFTER_BUSINESS_DAYS))).stream()
				.filter(conflict -> conflict.escalateIfOverdue(calendar.deadline(conflict.detectedAt(), ESCALATE_AFTER_BUSINESS_DAYS), now))
				.peek(conflicts::save).count();
	}

	static final int ESCALATE_AFTER_BUSINESS_DAYS = 5;

	/**
	 * The quarter's conflicts (seed 004): as a share of the registrations submitted (over 10% is flagged), how they
	 * ended, and how long they took to decide.
	 */
	@ManageChannel
	@Transactional(readOnly = true)
	public ConflictReport quarterlyReport(YearMonth anyMonthOfQuarter) {
		YearMonth first = anyMonthOfQuarter.withMonth(((anyMonthOfQuarter.getMonthValue() - 1) / 3) * 3 + 1);
		Instant from = first.atDay(1).atStartOfDay(calendar.zone()).toInstant();
		Instant until = first.plusMonths(3).atDay(1).atStartOfDay(calendar.zone()).toInstant();
		return ConflictReport.of(first, registrations.countSubmittedBetween(from, until),
				conflicts.detectedBetween(from, until).stream().map(ChannelConflict::toView).toList(), calendar, clock.instant());
	}

	@SeeProgram
	@Transactional(readOnly = true)
	public PageView<DirectOpportunityView> directOpportunities(Integer page, Integer size) {
		return PageView.of(directs.findAll(Paging.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"))),
				DirectOpportunity::toView);
	}

	/** The conflict queue: open conflicts first, then the decided ones, newest first. */
	@ManageChannel
	@Transactional(readOnly = true)
	public PageView<ChannelConflictView> queue(boolean pending, Integer page, Integer size) {
		return queue(pending, false, page, size);
	}

	/** The same, of every partner or (mine) of the partners the caller looks after and those nobody looks after yet. */
	@ManageChannel
	@Transactional(readOnly = true)
	public PageView<ChannelConflictView> queue(boolean pending, boolean mine, Integer page, Integer size) {
		var pageable = Paging.of(page, size, Sort.by(Sort.Direction.DESC, "detectedAt"));
		var partners = mine ? accounts.mine() : Optional.<Set<UUID>>empty();
		var rows = partners.map(p -> p.isEmpty() ? Page.<ChannelConflict>empty(pageable) : conflicts.ofPartners(pending, p, pageable))
				.orElseGet(() -> conflicts.findByPending(pending, pageable));
		return PageView.of(rows, ChannelConflict::toView);
	}

	@ManageChannel
	@Transactional
	public void decide(UUID conflictId, ConflictDecision decision, String reason) {
		decide(conflictId, decision, reason, null);
	}

	/** The same; a co-sell gives the partner {@code split} of the credit (0 to 1, 50/50 when none is given). */
	@ManageChannel
	@Transactional
	public void decide(UUID conflictId, ConflictDecision decision, String reason, BigDecimal split) {
		ChannelConflict conflict = conflicts.findById(conflictId).orElseThrow(() -> new NotFoundException("Conflict"));
		conflict.decide(decision, reason, split, actor.userId().value(), clock.instant());
		registrations.findById(conflict.registrationId()).ifPresent(registration -> {
			registration.settleConflict(decision, reason, conflict.split() == null ? BigDecimal.ONE : conflict.split(),
					clock.instant());
			registrations.save(registration);
		});
		conflicts.save(conflict);
	}

	/**
	 * The direct opportunities a new registration with these keys collides with. Looked up before the
	 * registration is written, in one statement for all keys.
	 */
	List<DirectOpportunity> collidingWith(String product, List<MatchKeys.Key> keys) {
		List<String> values = keys.stream().map(MatchKeys.Key::value).distinct().toList();
		if (values.isEmpty()) {
			return List.of();
		}
		Set<UUID> ids = jdbc.query("select direct_id, key_kind, key_value from direct_opportunity_key where product = ? and key_value in ("
				+ DuplicateCheck.marks(values.size()) + ")", (row, n) -> new Object[] { row.getObject(1, UUID.class), row.getString(2),
						row.getString(3) }, DuplicateCheck.arguments(product, values)).stream()
				.filter(row -> keys.contains(new MatchKeys.Key(MatchKeys.Kind.valueOf((String) row[1]), (String) row[2])))
				.map(row -> (UUID) row[0]).collect(Collectors.toSet());
		return ids.isEmpty() ? List.of() : directs.findAllById(ids);
	}

	/** Records the conflicts of a just-submitted registration with the direct opportunities it collides with. */
	void recordConflicts(Registration registration, List<DirectOpportunity> colliding) {
		colliding.forEach(direct -> record(registration, direct));
	}

	private void record(Registration registration, DirectOpportunity direct) {
		if (conflicts.existsByRegistrationIdAndDirectId(registration.registrationId().value(), direct.id())) {
			return;
		}
		ConflictRule rule = ConflictRule.apply(registration.submittedAt(), direct.createdAt(), direct.advancedAt());
		conflicts.save(new ChannelConflict(registration.registrationId().value(), direct.id(), rule, clock.instant()));
		registration.settleConflict(rule.outcome(), rule.reason(), clock.instant());
		registrations.save(registration);
	}

	private static Map<MatchKeys.Kind, List<String>> byKind(List<MatchKeys.Key> keys) {
		return keys.stream().collect(Collectors.groupingBy(MatchKeys.Key::kind,
				Collectors.mapping(MatchKeys.Key::value, Collectors.toList())));
	}

	/** The owner of a direct opportunity, for notifications. */
	@Transactional(readOnly = true)
	UUID ownerOf(UUID directId) {
		return directs.findById(directId).map(DirectOpportunity::ownerId).orElse(null);
	}
}
