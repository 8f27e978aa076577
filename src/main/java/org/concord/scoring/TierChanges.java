package org.concord.scoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.concord.partners.PartnerAccounts;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerTier;
import org.concord.partners.ScoredPartners;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.access.SeeProgram;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tier changes the monthly assessment proposes, and their decisions: a channel manager approves or rejects each;
 * an approved upgrade applies at once, an approved downgrade after the rubric's grace period (a daily job applies those
 * due), unless a later assessment finds the partner back at its tier first.
 */
@Service
public class TierChanges {

	private static final Set<TierChange.Status> OPEN = Set.of(TierChange.Status.PROPOSED, TierChange.Status.SCHEDULED);

	/** One partner's outcome of an assessment. */
	record Outcome(PartnerId partner, PartnerTier current, PartnerTier eligible, int total) {
	}

	private final TierChangeRepository changes;
	private final TierRubrics rubrics;
	private final PartnerDirectory partners;
	private final PartnerAccounts accounts;
	private final ScoredPartners scored;
	private final ApplicationEventPublisher events;
	private final CurrentActor actor;
	private final BusinessCalendar calendar;
	private final Clock clock;

	TierChanges(TierChangeRepository changes, TierRubrics rubrics, PartnerDirectory partners, PartnerAccounts accounts,
			ScoredPartners scored, ApplicationEventPublisher events, CurrentActor actor, BusinessCalendar calendar, Clock clock) {
		this.scored = scored;
		this.events = events;
		this.changes = changes;
		this.rubrics = rubrics;
		this.partners = partners;
		this.accounts = accounts;
		this.actor = actor;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Brings the open changes in line with an assessment: a partner eligible for another tier gets a proposal (one open
	 * change per partner at most); one back at its tier has its proposal or scheduled downgrade withdrawn. A scheduled
	 * downgrade stays while the partner is still below its tier.
	 */
	@Transactional
	void consider(Collection<Outcome> outcomes, LocalDate on) {
		Map<UUID, TierChange> open = changes.findByStatusIn(OPEN).stream()
				.collect(Collectors.toMap(TierChange::partnerId, Function.identity()));
		List<TierChange> touched = new ArrayList<>();
		// one instant for the assessment's proposals, to the microsecond the databases keep: the notices find them by it
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		int proposed = 0;
		for (Outcome outcome : outcomes) {
			TierChange existing = open.get(outcome.partner().value());
			if (outcome.eligible() == outcome.current()) {
				if (existing != null) {
					existing.withdraw("Assessed " + on + " at " + outcome.total() + ": back at " + outcome.current().label() + ".");
					touched.add(existing);
				}
				continue;
			}
			if (existing != null && existing.toTier() == outcome.eligible()) {
				existing.rescore(outcome.total(), on);
				touched.add(existing);
				continue;
			}
			if (existing != null) {
				boolean scheduledAndStillBelow = existing.status() == TierChange.Status.SCHEDULED
						&& outcome.eligible().ordinal() < outcome.current().ordinal();
				if (scheduledAndStillBelow) {
					continue;
				}
				existing.withdraw("Assessed " + on + " at " + outcome.total() + ": eligible for " + outcome.eligible().label()
						+ " instead.");
				touched.add(existing);
			}
			touched.add(TierChange.propose(outcome.partner().value(), outcome.current(), outcome.eligible(), outcome.total(),
					on, now));
			proposed++;
		}
		changes.saveAll(touched);
		if (proposed > 0) {
			events.publishEvent(new TierChangesProposed(on, now));
		}
	}

	/**
	 * The channel team's queue, oldest first: proposals waiting for a decision by default, or the changes in another
	 * status; of the partners the caller looks after (and nobody's) unless {@code all}.
	 */
	@SeeProgram
	@Transactional(readOnly = true)
	public PageView<TierChangeView> list(String status, boolean all, Integer page, Integer size) {
		TierChange.Status shown = statusOf(status);
		var pageable = Paging.of(page, size, Sort.by(shown == TierChange.Status.SCHEDULED ? "effectiveOn" : "proposedAt", "id"));
		Optional<Set<UUID>> mine = all ? Optional.empty() : accounts.mine();
		Page<TierChange> rows = mine.map(p -> p.isEmpty() ? Page.<TierChange>empty(pageable)
				: changes.findByStatusAndPartnerIdIn(shown, p, pageable)).orElseGet(() -> changes.findByStatus(shown, pageable));
		Map<UUID, String> names = partners.namesOf(rows.getContent().stream().map(TierChange::partnerId).toList());
		return PageView.of(rows, change -> change.toView(names.get(change.partnerId())));
	}

	private static TierChange.Status statusOf(String status) {
		if (status == null || status.isBlank()) {
			return TierChange.Status.PROPOSED;
		}
		try {
			return TierChange.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status", "Choose PROPOSED, SCHEDULED, APPLIED, REJECTED or WITHDRAWN.");
		}
	}

	/** One change, for the channel team. */
	@SeeProgram
	@Transactional(readOnly = true)
	public TierChangeView get(UUID id) {
		TierChange change = find(id);
		return change.toView(nameOf(change));
	}

	/** A channel manager approves: an upgrade applies now; a downgrade is scheduled after the grace period. */
	@ManageChannel
	@Transactional
	public TierChangeView approve(UUID id, String note) {
		TierChange change = find(id);
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		change.approve(actor.userId().value(), note, today, rubrics.current().graceMonths(), clock.instant());
		if (change.status() == TierChange.Status.APPLIED) {
			apply(change, actor.userId());
		}
		return changes.save(change).toView(nameOf(change));
	}

	/** A channel manager rejects, saying why; the partner keeps its tier until an assessment proposes again. */
	@ManageChannel
	@Transactional
	public TierChangeView reject(UUID id, String reason) {
		TierChange change = find(id);
		change.reject(actor.userId().value(), reason, clock.instant());
		return changes.save(change).toView(nameOf(change));
	}

	/** The daily job: approved downgrades whose grace period has ended apply. Returns how many did. */
	@Transactional
	public int applyDue(LocalDate today) {
		List<TierChange> due = changes.findByStatusAndEffectiveOnLessThanEqual(TierChange.Status.SCHEDULED, today);
		due.forEach(change -> {
			if (change.applyIfDue(today)) {
				apply(change, null);
			}
		});
		changes.saveAll(due);
		return due.size();
	}

	/** The partners an assessment's proposals made at this instant are for (the notices read them after it). */
	@Transactional(readOnly = true)
	List<UUID> proposedAt(Instant when) {
		return changes.partnersProposedAt(when);
	}

	/**
	 * A partner's open change, for its tier page: a proposal (shown to the vendor's staff only, until a channel manager
	 * decides it) or a downgrade scheduled (shown to the partner too: it is told ahead).
	 */
	@Transactional(readOnly = true)
	public Optional<TierChangeView> openFor(PartnerId partner) {
		actor.scope().requireReadable(partner, "Partner");
		boolean vendor = actor.isVendorStaff();
		return changes.findTop12ByPartnerIdOrderByProposedAtDesc(partner.value()).stream()
				.filter(c -> c.status() == TierChange.Status.SCHEDULED || (vendor && c.status() == TierChange.Status.PROPOSED))
				.findFirst().map(c -> c.toView(nameOf(c)));
	}

	private void apply(TierChange change, UserId by) {
		scored.changeTier(new PartnerId(change.partnerId()), change.toTier(), (change.upgrade() ? "Upgrade" : "Downgrade")
				+ " from the tier assessment (score " + change.toView(null).score() + ")", by);
	}

	private TierChange find(UUID id) {
		return changes.findById(id).orElseThrow(() -> new NotFoundException("Tier change"));
	}

	private String nameOf(TierChange change) {
		return partners.namesOf(List.of(change.partnerId())).get(change.partnerId());
	}
}
