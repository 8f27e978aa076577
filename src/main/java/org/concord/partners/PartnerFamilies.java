package org.concord.partners;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.concord.shared.NodeCache;
import org.concord.shared.PartnerId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

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

	private record Families(Map<UUID, Link> parentOf, Map<UUID, Set<UUID>> childrenOf) {
	}

	private final JdbcTemplate jdbc;
	private final NodeCache<Families> families;

	PartnerFamilies(JdbcTemplate jdbc, Clock clock, @Value("${concord.partners.family-cache:PT30S}") Duration cacheFor) {
		this.jdbc = jdbc;
		this.families = new NodeCache<>(clock, cacheFor, now -> load());
	}

	/** The companies this partner person reads besides its own. */
	public Set<PartnerId> alsoReadable(PartnerId own, boolean partnerAdmin) {
		Families now = families.get();
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

	private Families load() {
		Map<UUID, Link> parentOf = new HashMap<>();
		Map<UUID, Set<UUID>> childrenOf = new HashMap<>();
		jdbc.query("select c.id, c.parent_id, p.sub_accounts_see_parent from partner_company c"
				+ " join partner_company p on p.id = c.parent_id", row -> {
					UUID child = row.getObject(1, UUID.class);
					UUID parent = row.getObject(2, UUID.class);
					parentOf.put(child, new Link(parent, row.getBoolean(3)));
					childrenOf.computeIfAbsent(parent, p -> new HashSet<>()).add(child);
				});
		return new Families(parentOf, childrenOf);
	}

	/** Forgets the links, so the next request reads with what changed. */
	void changed() {
		families.forget();
	}
}
