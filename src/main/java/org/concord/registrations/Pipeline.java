package org.concord.registrations;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.concord.shared.CurrentActor;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.access.ManageChannel;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Deals room's pipeline and list, and the channel team's SLA report. */
@Service
public class Pipeline {

	private static final List<RegistrationStatus> DEALS = List.of(RegistrationStatus.APPROVED, RegistrationStatus.ACTIVE,
			RegistrationStatus.WON);

	private final RegistrationRepository registrations;
	private final ProgramSettingsRepository settings;
	private final CurrentActor actor;
	private final Clock clock;

	Pipeline(RegistrationRepository registrations, ProgramSettingsRepository settings, CurrentActor actor, Clock clock) {
		this.registrations = registrations;
		this.settings = settings;
		this.actor = actor;
		this.clock = clock;
	}

	/** The Deals room: approved, active and won opportunities by stage, with value and expected commission. */
	@Transactional(readOnly = true)
	public List<PipelineStage> all() {
		UUID partner = actor.scope().company().map(PartnerId::value).orElse(null);
		return registrations.pipeline(partner, DEALS).stream().sorted(Comparator.comparing(PipelineStage::stage)).toList();
	}

	/** The open pipeline: approved and active opportunities by stage, not yet won (won ones earn real commission). */
	@Transactional(readOnly = true)
	public List<PipelineStage> open() {
		UUID partner = actor.scope().company().map(PartnerId::value).orElse(null);
		return registrations.pipeline(partner, List.of(RegistrationStatus.APPROVED, RegistrationStatus.ACTIVE));
	}

	/**
	 * The Deals room's list: approved, active and won deals by stage. A partner's own, and those the vendor invited it
	 * onto (marked co-sell or influence, without the registering partner); the vendor sees all.
	 */
	@Transactional(readOnly = true)
	public PageView<DealSummary> deals(Integer page, Integer size) {
		PartnerId partner = actor.scope().company().orElse(null);
		var pageable = Paging.of(page, size, Sort.by("stage", "expectedCloseDate"));
		if (partner == null) {
			return PageView.of(registrations.findByStatusIn(DEALS, pageable), r -> new DealSummary(r.toSummary(), null));
		}
		return PageView.of(registrations.dealsOf(partner.value(), DEALS, pageable), row -> {
			Registration r = (Registration) row[0];
			return new DealSummary(r.isRegisteredBy(partner) ? r.toSummary() : r.toSummary().withoutPartner(),
					(AttributionRole) row[1]);
		});
	}

	/** The share of registrations submitted since {@code since} that were decided within the SLA, and how fast. */
	@ManageChannel
	@Transactional(readOnly = true)
	public SlaReport slaReport(Instant since) {
		return SlaReport.of(since, settings.current().approvalSla().toHours(), registrations.humanDecisionsSince(since),
				registrations.undecidedPastDueSince(since, clock.instant(), RegistrationStatus.SUBMITTED));
	}
}
