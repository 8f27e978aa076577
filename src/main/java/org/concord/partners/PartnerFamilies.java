package org.concord.partners;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.concord.shared.PartnerId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which related companies a partner person may read besides its own: the parent's partner admin its sub-accounts;
 * a sub-account's people their parent, when the parent allows it. Every request asks, so each node keeps the few
 * parent links for {@code concord.partners.family-cache} (30 s): a change on this node applies at once, on another
 * node within that time.
 */
@Component
public class PartnerFamilies {

	private record Link(UUID parent, boolean parentVisible) {
	}

	private record Snapshot(Map<UUID, Link> parentOf, Map<UUID, Set<UUID>> childrenOf, Instant loadedAt) {
	}

	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final Duration cacheFor;
	private volatile Snapshot snapshot;

	PartnerFamilies(JdbcTemplate jdbc, Clock clock, @Value("${concord.partners.family-cache:PT30S}") Duration cacheFor) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.cacheFor = cacheFor;
	}

	/** The companies this partner person reads besides its own. */
	public Set<PartnerId> alsoReadable(PartnerId own, boolean partnerAdmin) {
		Snapshot now = current();
		Set<PartnerId> also = new HashSet<>();
		if (partnerAdmin) {
			now.childrenOf().getOrDefault(own.value(), Set.of()).forEach(child -> also.add(new PartnerId(child)));
		}
		Link link = now.parentOf().get(own.value());
		if (link != null && link.parentVisible()) {
			also.add(new PartnerId(link.parent()));
		}
		return also;
	}

	private Snapshot current() {
		Snapshot cached = snapshot;
		Instant now = clock.instant();
		if (cached == null || !now.isBefore(cached.loadedAt().plus(cacheFor))) {
			Map<UUID, Link> parentOf = new HashMap<>();
			Map<UUID, Set<UUID>> childrenOf = new HashMap<>();
			List<Object[]> rows = jdbc.query("select c.id, c.parent_id, p.sub_accounts_see_parent from partner_company c"
					+ " join partner_company p on p.id = c.parent_id", (row, n) -> new Object[] { row.getObject(1, UUID.class),
							row.getObject(2, UUID.class), row.getBoolean(3) });
			for (Object[] row : rows) {
				parentOf.put((UUID) row[0], new Link((UUID) row[1], (Boolean) row[2]));
				childrenOf.computeIfAbsent((UUID) row[1], p -> new HashSet<>()).add((UUID) row[0]);
			}
			cached = new Snapshot(parentOf, childrenOf, now);
			snapshot = cached;
		}
		return cached;
	}

	/** Forgets the links now and once this transaction ends, so nobody reads with what it replaces. */
	void changed() {
		snapshot = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					snapshot = null;
				}
			});
		}
	}
}
