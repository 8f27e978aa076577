package org.concord.partners;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.concord.shared.AccountManagers;
import org.concord.shared.Audited;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PartnerId;
import org.concord.shared.TeamChanged;
import org.concord.shared.UserId;
import org.concord.shared.access.ManageChannel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who at the vendor looks after each partner (its account manager), and the partners in a person's queues by default:
 * those they look after, and those nobody looks after yet.
 */
@Service
public class PartnerAccounts {

	private final PartnerCompanyRepository partners;
	private final AccountManagers accountManagers;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PartnerAccounts(PartnerCompanyRepository partners, AccountManagers accountManagers, CurrentActor actor,
			ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.partners = partners;
		this.accountManagers = accountManagers;
		this.actor = actor;
		this.events = events;
	}

	/** The channel team names a partner's account manager: an active channel manager or vendor admin, or nobody. */
	@ManageChannel
	@Transactional
	public void assignAccountManager(PartnerId id, UserId manager) {
		Optional<AccountManagers.Candidate> chosen = manager == null ? Optional.empty() : accountManagers.find(manager);
		if (manager != null && chosen.isEmpty()) {
			throw new InvalidInputException("accountManager", "Choose an active channel manager or vendor admin.");
		}
		PartnerCompany company = partners.findById(id.value()).orElseThrow(() -> new NotFoundException("Partner"));
		company.assignAccountManager(manager == null ? null : manager.value());
		events.publishEvent(new Audited("PARTNER_ACCOUNT_MANAGER", id.toString(),
				chosen.map(AccountManagers.Candidate::name).orElse("none")));
		events.publishEvent(new TeamChanged(id, manager, chosen.map(c -> c.name() + " is your account manager now.")
				.orElse("You have no account manager for now: the channel team answers."), clock.instant()));
	}

	/** The caller (a channel manager or vendor admin) takes on looking after this partner. */
	@ManageChannel
	@Transactional
	public void lookAfter(PartnerId id) {
		assignAccountManager(id, actor.userId());
	}

	/** Who may be an account manager, by name. */
	@Transactional(readOnly = true)
	public List<AccountManagers.Candidate> candidates() {
		return accountManagers.candidates();
	}

	/** The account manager's name, for the partner's page: the partner sees who looks after it. */
	@Transactional(readOnly = true)
	public Optional<AccountManagers.Candidate> managerOf(PartnerSummary partner) {
		actor.scope().requireReadable(partner.id(), "Partner");
		return partner.accountManagerId() == null ? Optional.empty()
				: accountManagers.find(new UserId(partner.accountManagerId()));
	}

	/**
	 * The partners in the caller's queues by default: those they look after and those nobody looks after yet. None
	 * (no filter) when that is every partner, as when nobody else looks after any.
	 */
	@Transactional(readOnly = true)
	public Optional<Set<UUID>> mine() {
		UUID me = actor.userId().value();
		if (!partners.anyManagedByOthers(me)) {
			return Optional.empty();
		}
		return Optional.of(Set.copyOf(partners.managedByOrUnassigned(me)));
	}
}
