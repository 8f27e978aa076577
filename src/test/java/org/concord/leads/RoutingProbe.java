package org.concord.leads;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.concord.identity.TestAccounts;
import org.concord.shared.UserId;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the routing benchmark (org.concord.bench.LeadRoutingBenchmark): times the phases of routing one lead as
 * {@link Leads#create} runs them: loading every partner's routing data, ranking by the {@link RoutingEngine},
 * and the whole entry of a lead (checks, routing, the offer written, its events stored).
 * <p>
 * Not a Spring bean on purpose: the test suite scans this package, and nothing here should join its context.
 */
public final class RoutingProbe {

	/**
	 * One routed lead, in nanoseconds: the partners' routing data, then ranking them (with the open leads and last
	 * offers of those that meet the rules, from the database), and how many partners were ranked.
	 */
	public record Timed(long loadNanos, long rankNanos, int ranked, boolean toChannelManager) {
	}

	private final LeadRouter router;
	private final LeadSettingsRepository settings;
	private final Leads leads;
	private final TestAccounts accounts;
	private final TransactionTemplate readOnly;

	public RoutingProbe(ApplicationContext context) {
		this.router = context.getBean(LeadRouter.class);
		this.settings = context.getBean(LeadSettingsRepository.class);
		this.leads = context.getBean(Leads.class);
		this.accounts = context.getBean(TestAccounts.class);
		this.readOnly = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		this.readOnly.setReadOnly(true);
	}

	/** The partners routing sees now, loaded once: for timing the engine alone. */
	public List<Candidate> candidates() {
		return readOnly.execute(tx -> router.candidates());
	}

	public RoutingRules rules() {
		return readOnly.execute(tx -> settings.current().rules());
	}

	/** Load and rank, as routing does for a new lead, without writing anything. */
	public Timed propose(NewLead details) {
		return readOnly.execute(tx -> {
			Lead lead = new Lead(details, new UserId(UUID.randomUUID()), Instant.now());
			long start = System.nanoTime();
			List<Candidate> candidates = router.candidates();
			long loaded = System.nanoTime();
			RoutingProposal proposal = RoutingEngine.propose(lead.profile(), candidates, settings.current().rules(),
					router::workloads);
			long ranked = System.nanoTime();
			return new Timed(loaded - start, ranked - loaded, proposal.ranking().size(), proposal.toChannelManager());
		});
	}

	/** The whole entry of a lead by the channel manager: checks, routing, the offer and its events written. */
	public long create(NewLead details) {
		long start = System.nanoTime();
		accounts.as("channel", () -> leads.create(details));
		return System.nanoTime() - start;
	}
}
