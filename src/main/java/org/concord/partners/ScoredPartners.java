package org.concord.partners;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.concord.shared.Audited;
import org.concord.shared.Money;
import org.concord.shared.NotFoundException;
import org.concord.shared.PartnerId;
import org.concord.shared.UserId;
import org.concord.shared.access.ManageChannel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which partners count in scores and reports, and what scoring reads of them: partners the channel team marks as test
 * or onboarding data are left out (seed 004: scores skewed by test data from onboarding); and the tier changes scoring
 * decides.
 */
@Service
public class ScoredPartners {

	private final PartnerCompanyRepository partners;
	private final PartnerDirectory directory;
	private final JdbcTemplate jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ScoredPartners(PartnerCompanyRepository partners, PartnerDirectory directory, JdbcTemplate jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.partners = partners;
		this.directory = directory;
		this.clock = clock;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Every partner that counts: all but test data. */
	@Transactional(readOnly = true)
	public List<PartnerId> all() {
		return jdbc.queryForList("select id from partner_company where not test_data order by id", UUID.class).stream()
				.map(PartnerId::new).toList();
	}

	/** A partner that counts, as the scorecard groups it: its type (its peers) and region. */
	public record Peer(PartnerId id, String type, String typeName, String region) {
	}

	/** Every partner that counts, with its type and region. */
	@Transactional(readOnly = true)
	public List<Peer> peers() {
		return jdbc.query("select p.id, p.type, t.name, p.region from partner_company p join partner_type t on t.code = p.type"
				+ " where not p.test_data order by p.id", (row, n) -> new Peer(new PartnerId(row.getObject(1, UUID.class)),
						row.getString(2), row.getString(3), row.getString(4)));
	}

	/** Every partner that counts, with its tier now. */
	@Transactional(readOnly = true)
	public Map<PartnerId, PartnerTier> tiers() {
		Map<PartnerId, PartnerTier> tiers = new LinkedHashMap<>();
		jdbc.query("select id, tier from partner_company where not test_data order by id", row -> {
			tiers.put(new PartnerId(row.getObject(1, UUID.class)), PartnerTier.valueOf(row.getString(2)));
		});
		return tiers;
	}

	/** The sales targets the channel team set, of the partners that count. */
	@Transactional(readOnly = true)
	public Map<PartnerId, Money> salesTargets() {
		Map<PartnerId, Money> targets = new HashMap<>();
		jdbc.query("select id, sales_target, sales_target_currency from partner_company where sales_target is not null"
				+ " and not test_data", row -> {
					targets.put(new PartnerId(row.getObject(1, UUID.class)), Money.of(row.getBigDecimal(2), row.getString(3)));
				});
		return targets;
	}

	/** How many unexpired certifications each counted partner holds on this day. */
	@Transactional(readOnly = true)
	public Map<PartnerId, Long> certificationsHeldOn(LocalDate day) {
		Map<PartnerId, Long> held = new HashMap<>();
		jdbc.query("select c.partner_id, count(*) from partner_certification c join partner_company p on p.id = c.partner_id"
				+ " where not p.test_data and (c.expires_on is null or c.expires_on >= ?) group by c.partner_id",
				row -> {
					held.put(new PartnerId(row.getObject(1, UUID.class)), row.getLong(2));
				}, Date.valueOf(day));
		return held;
	}

	/**
	 * The tier assessment moves a partner to the tier a channel manager approved ({@code by}), or to a downgrade whose
	 * grace period ended (nobody). Kept in the partner's history and the audit log; lead routing sees it at once.
	 */
	@Transactional
	public void changeTier(PartnerId id, PartnerTier tier, String reason, UserId by) {
		PartnerCompany company = partners.findById(id.value()).orElseThrow(() -> new NotFoundException("Partner"));
		PartnerTier before = company.toSummary().tier();
		company.changeTier(tier, reason, by == null ? null : by.value(), clock.instant());
		events.publishEvent(new Audited("PARTNER_TIER_CHANGED", id.toString(), before.label() + " -> " + tier.label() + ": "
				+ reason));
		directory.routingChanged();
	}

	/** The channel team marks a partner as test or onboarding data, or as real again. */
	@ManageChannel
	@Transactional
	public void markTestData(PartnerId id, boolean test) {
		partners.findById(id.value()).orElseThrow(() -> new NotFoundException("Partner")).markTestData(test);
		events.publishEvent(new Audited("PARTNER_TEST_DATA", id.toString(), String.valueOf(test)));
	}
}
