package org.concord.registrations;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.concord.shared.CurrentActor;
import org.concord.shared.PartnerId;

import org.springframework.stereotype.Component;

/** {@link RegisteredOpportunities}, answered by the module's services. */
@Component
class RegisteredOpportunitiesAdapter implements RegisteredOpportunities {

	private final Registrations registrations;
	private final Pipeline pipeline;
	private final RegistrationSettings settings;
	private final ScoredRegistrations scored;
	private final RegistrationTally tally;

	private final CurrentActor actor;

	RegisteredOpportunitiesAdapter(Registrations registrations, Pipeline pipeline, RegistrationSettings settings,
			ScoredRegistrations scored, RegistrationTally tally, CurrentActor actor) {
		this.actor = actor;
		this.tally = tally;
		this.scored = scored;
		this.registrations = registrations;
		this.pipeline = pipeline;
		this.settings = settings;
	}

	@Override
	public List<PipelineMonth> forecast() {
		return scored.forecast(actor.scope().company().orElse(null));
	}

	@Override
	public long submittedSince(Instant from) {
		return scored.submittedSince(actor.scope().readable(), from);
	}

	@Override
	public RegistrationDetails get(RegistrationId id) {
		return registrations.get(id);
	}

	@Override
	public List<PipelineStage> openPipeline() {
		return pipeline.open();
	}

	@Override
	public RegistrationId openFromLead(LeadHandover lead) {
		return registrations.openFromLead(lead);
	}

	@Override
	public boolean isRegistered(String product, String companyName, String website, String email, String phone) {
		return registrations.isRegistered(product, companyName, website, email, phone);
	}

	@Override
	public List<String> currencies() {
		return settings.currencies();
	}

	@Override
	public Map<PartnerId, BigDecimal> wonAnnualRevenue(Instant from, Instant to, String currency) {
		return scored.annualBetween(from, to, currency);
	}

	@Override
	public Map<PartnerId, Long> dealsWon() {
		return tally.wonByPartner();
	}

	@Override
	public Map<PartnerId, BigDecimal> openPipeline(String currency) {
		return tally.openByPartner(currency);
	}

	@Override
	public Map<PartnerId, Long> conflictsBetween(Instant from, Instant to) {
		return scored.conflictsBetween(from, to);
	}
}
