package org.concord.registrations;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.concord.shared.CurrentActor;
import org.concord.shared.KeysetPage;
import org.concord.shared.PartnerId;
import org.concord.shared.access.ManageChannel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Deals room's pipeline and list, and the channel team's SLA report. */
@Service
public class Pipeline {

	private static final List<RegistrationStatus> DEALS = List.of(RegistrationStatus.APPROVED, RegistrationStatus.ACTIVE,
			RegistrationStatus.WON);

	private final RegistrationRepository registrations;
	private final RegistrationRows rows;
	private final RegistrationTally tally;
	private final DecisionTally decisions;
	private final ProgramSettingsRepository settings;
	private final CurrentActor actor;
	private final Clock clock;

	Pipeline(RegistrationRepository registrations, RegistrationRows rows, RegistrationTally tally, DecisionTally decisions, ProgramSettingsRepository settings, CurrentActor actor, Clock clock) {
		this.registrations = registrations;
		this.rows = rows;
		this.tally = tally;
		this.decisions = decisions;
		this.settings = settings;
		this.actor = actor;
		this.clock = clock;
	}

	/** The Deals room: approved, active and won opportunities by stage, with value and expected commission. */
	@Transactional(readOnly = true)
	public List<PipelineStage> all() {
		UUID partner = actor.scope().company().map(PartnerId::value).orElse(null);
		return tally.pipeline(partner, DEALS).stream().sorted(Comparator.comparing(PipelineStage::stage)).toList();
	}

	/** The open pipeline: approved and active opportunities by stage, not yet won (won ones earn real commission). */
	@Transactional(readOnly = true)
	public List<PipelineStage> open() {
		UUID partner = actor.scope().company().map(PartnerId::value).orElse(null);
		return tally.pipeline(partner, List.of(RegistrationStatus.APPROVED, RegistrationStatus.ACTIVE));
	}

	/**
	 * The Deals room's list: approved, active and won deals by stage. A partner's own, and those the vendor invited it
	 * onto (marked co-sell or influence, without the registering partner); the vendor sees all.
	 */
	@Transactional(readOnly = true)
	public KeysetPage<DealSummary> deals(Integer page, Integer size) {
		return deals(null, page, size);
	}

	/**
	 * The Deals room's board: the open deals (approved and active) in each stage, the first {@code size} of each by
	 * expected close date, with how many there are. A partner's own and those it was invited onto; the vendor's all.
	 */
	@Transactional(readOnly = true)
	public Map<Stage, KeysetPage<DealSummary>> board(int size) {
		PartnerId partner = actor.scope().company().orElse(null);
		Map<Stage, KeysetPage<DealSummary>> columns = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			var query = RegistrationRows.Query.of(partner == null ? null : partner.value())
					.where("r.status in (:open)", "open", List.of(RegistrationStatus.APPROVED.name(), RegistrationStatus.ACTIVE.name()))
					.where("r.stage = :stage", "stage", stage.name());
			columns.put(stage, rows.page(query, RegistrationRows.BY_STAGE, null, 0, size, r -> partner == null
					? new DealSummary(r.toSummary(), null)
					: new DealSummary(r.isRegisteredBy(partner) ? r.toSummary() : r.toSummary().withoutPartner(),
							r.roleOf(partner).orElse(null))));
		}
		return columns;
	}

	/** The Deals room's list from a cursor. */
	@Transactional(readOnly = true)
	public KeysetPage<DealSummary> deals(String cursor, Integer page, Integer size) {
		PartnerId partner = actor.scope().company().orElse(null);
		var query = RegistrationRows.Query.of(partner == null ? null : partner.value())
				.where("r.status in (:deals)", "deals", DEALS.stream().map(Enum::name).toList());
		if (partner == null) {
			return rows.page(query, RegistrationRows.BY_STAGE, cursor, page, size, r -> new DealSummary(r.toSummary(), null));
		}
		return rows.page(query, RegistrationRows.BY_STAGE, cursor, page, size,
				r -> new DealSummary(r.isRegisteredBy(partner) ? r.toSummary() : r.toSummary().withoutPartner(),
						r.roleOf(partner).orElse(null)));
	}

	/** The share of registrations submitted since {@code since} that were decided within the SLA, and how fast. */
	@ManageChannel
	@Transactional(readOnly = true)
	public SlaReport slaReport(Instant since) {
		return SlaReport.of(since, settings.current().approvalSla().toHours(), decisions.since(since),
				registrations.undecidedPastDueSince(since, clock.instant(), RegistrationStatus.SUBMITTED));
	}
}
