package org.concord.leads;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.concord.shared.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How many vendor leads each partner let pass its contact deadline, from the lead scorecard's tally (scoring). */
@Component
public class ContactRuleMisses {

	private final JdbcClient jdbc;

	ContactRuleMisses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Map<PartnerId, Long> byPartner() {
		Map<PartnerId, Long> misses = new HashMap<>();
		jdbc.sql("select partner_id, misses from lead_scorecard where misses > 0").query(row -> {
			misses.put(new PartnerId(row.getObject(1, UUID.class)), row.getLong(2));
		});
		return misses;
	}
}
