package org.concord.partners;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.concord.shared.CurrentActor;
import org.concord.shared.EngagementKind;
import org.concord.shared.EngagementRecorded;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.PartnerScope;
import org.concord.shared.UserId;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each partner person's engagement history: logins, deal registrations, training, downloads and events, as the
 * modules where they happen report them ({@link EngagementRecorded}). Kept with what reported it: a registration's
 * entry is written in the registration's own transaction.
 */
@Service
public class Engagement {

	/** A person's history, newest first, and how many of each kind in all. */
	public record History(PageView<EngagementView> entries, Map<EngagementKind, Long> counts) {
	}

	private final EngagementEntryRepository entries;
	private final CurrentActor actor;
	private final JdbcTemplate jdbc;

	Engagement(EngagementEntryRepository entries, CurrentActor actor, JdbcTemplate jdbc) {
		this.entries = entries;
		this.actor = actor;
		this.jdbc = jdbc;
	}

	/**
	 * How many entries of each kind each partner's people have in [from, to), partners marked as test data left out:
	 * one aggregate over the index on partner, kind and time, for the monthly scoring run.
	 */
	@Transactional(readOnly = true)
	public Map<PartnerId, Map<EngagementKind, Long>> countsBetween(Instant from, Instant to) {
		Map<PartnerId, Map<EngagementKind, Long>> counts = new HashMap<>();
		jdbc.query("select e.partner_id, e.kind, count(*) from engagement_entry e join partner_company p on p.id = e.partner_id"
				+ " where e.at >= ? and e.at < ? and not p.test_data group by e.partner_id, e.kind", row -> {
					counts.computeIfAbsent(new PartnerId(row.getObject(1, UUID.class)),
							p -> new EnumMap<>(EngagementKind.class)).put(EngagementKind.valueOf(row.getString(2)), row.getLong(3));
				}, Timestamp.from(from), Timestamp.from(to));
		return counts;
	}

	/** How many entries of one kind each partner's people have of all time; of one partner only, or (null) of all. */
	@Transactional(readOnly = true)
	public Map<PartnerId, Long> countsOf(EngagementKind kind, PartnerId only) {
		Map<PartnerId, Long> counts = new HashMap<>();
		Object[] args = only == null ? new Object[] { kind.name() } : new Object[] { kind.name(), only.value() };
		jdbc.query("select partner_id, count(*) from engagement_entry where kind = ?"
				+ (only == null ? "" : " and partner_id = ?") + " group by partner_id", row -> {
					counts.put(new PartnerId(row.getObject(1, UUID.class)), row.getLong(2));
				}, args);
		return counts;
	}

	/** Whether the person has an entry of this kind about this subject already (an event's attendance, say). */
	@Transactional(readOnly = true)
	public boolean has(UserId person, EngagementKind kind, String subject) {
		return entries.existsByPersonIdAndKindAndSubject(person.value(), kind, subject);
	}

	@EventListener
	@Transactional
	void on(EngagementRecorded recorded) {
		entries.save(new EngagementEntry(recorded));
	}

	/**
	 * A person's history, for one who may see the person: vendor staff anyone's, a partner's people those of the
	 * companies they read. The caller has checked the person is visible; this keeps to the actor's scope besides.
	 */
	@Transactional(readOnly = true)
	public History of(UserId person, Integer page, Integer size) {
		PartnerScope scope = actor.scope();
		var pageable = Paging.of(page, size, Sort.by(Sort.Direction.DESC, "at").and(Sort.by(Sort.Direction.DESC, "id")));
		var rows = scope.company().isEmpty() ? entries.findByPersonId(person.value(), pageable)
				: entries.findByPersonIdAndPartnerIdIn(person.value(), scope.readable().stream().map(PartnerId::value).toList(),
						pageable);
		Map<EngagementKind, Long> counts = new EnumMap<>(EngagementKind.class);
		for (EngagementKind kind : EngagementKind.values()) {
			counts.put(kind, 0L);
		}
		if (!rows.isEmpty() || scope.company().isEmpty()) {
			entries.countsOf(person.value()).forEach(row -> counts.put((EngagementKind) row[0], (Long) row[1]));
		}
		return new History(PageView.of(rows, EngagementEntry::toView), counts);
	}
}
