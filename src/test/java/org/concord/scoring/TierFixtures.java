package org.concord.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.concord.partners.PartnerTier;
import org.concord.shared.PartnerId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tier changes and satisfaction answers as tests outside this package need them. */
@Component
public class TierFixtures {

	private final TierChanges changes;
	private final TierChangeRepository repository;
	private final JdbcTemplate jdbc;

	TierFixtures(TierChanges changes, TierChangeRepository repository, JdbcTemplate jdbc) {
		this.changes = changes;
		this.repository = repository;
		this.jdbc = jdbc;
	}

	/** A proposal for the partner, as an assessment that found it eligible for another tier makes it: its id. */
	public UUID proposal(PartnerId partner, PartnerTier from, PartnerTier to, int score) {
		changes.consider(List.of(new TierChanges.Outcome(partner, from, to, score)), LocalDate.now());
		return repository.findTop12ByPartnerIdOrderByProposedAtDesc(partner.value()).getFirst().id();
	}

	/** Forgets the person's satisfaction answers, so that their next one is their first this quarter. */
	public void forgetAnswers(UUID person) {
		jdbc.update("delete from satisfaction_answer where person_id = ?", person);
	}
}
