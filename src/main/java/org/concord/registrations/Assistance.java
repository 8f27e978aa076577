package org.concord.registrations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.concord.partners.PartnerAccounts;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerSummary;
import org.concord.partners.PartnerTypeView;
import org.concord.partners.PartnerTypes;
import org.concord.shared.CurrentActor;
import org.concord.shared.NotAllowedException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.PartnerId;
import org.concord.shared.Paging;
import org.concord.shared.access.SeeProgram;
import org.concord.shared.access.WorkAsPartner;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales support, product expertise and pricing advice, asked from an approved opportunity by partners whose type the
 * vendor offers them to (Sales and Application Partners in the demo), and answered in the vendor's queue.
 */
@Service
public class Assistance {

	private final AssistanceRequestRepository requests;
	private final VisibleRegistrations visible;
	private final PartnerTypes partnerTypes;
	private final PartnerDirectory partners;
	private final PartnerAccounts accounts;
	private final CurrentActor actor;
	private final Clock clock;

	Assistance(AssistanceRequestRepository requests, VisibleRegistrations visible, PartnerTypes partnerTypes,
			PartnerDirectory partners, PartnerAccounts accounts, CurrentActor actor, Clock clock) {
		this.accounts = accounts;
		this.requests = requests;
		this.visible = visible;
		this.partnerTypes = partnerTypes;
		this.partners = partners;
		this.actor = actor;
		this.clock = clock;
	}

	@WorkAsPartner
	@Transactional
	public void request(RegistrationId id, AssistanceKind kind, String question) {
		Registration registration = visible.find(id);
		PartnerId own = visible.ownCompany();
		if (!partnerTypes.mayRequestAssistance(own)) {
			throw new NotAllowedException("Assistance is offered to " + partnerTypes.list().stream()
					.filter(PartnerTypeView::mayRequestAssistance).map(t -> t.name() + "s").collect(Collectors.joining(" and "))
					+ "; your company is a " + partners.find(own).map(PartnerSummary::typeName).orElse("partner") + ".");
		}
		requests.save(new AssistanceRequest(registration, actor.userId().value(), kind, question, clock.instant()));
	}

	/** Whether the caller's company may ask for assistance (its partner type is one the vendor offers it to). */
	@Transactional(readOnly = true)
	public boolean mayRequest() {
		return actor.scope().company().map(partnerTypes::mayRequestAssistance).orElse(false);
	}

	/** The requests asked from a registration, oldest first. */
	@Transactional(readOnly = true)
	public List<AssistanceView> of(RegistrationId id) {
		visible.find(id);
		return requests.findByRegistrationIdOrderByRequestedAt(id.value()).stream().map(AssistanceRequest::toView).toList();
	}

	/** The vendor's queue: requests not answered yet, oldest first. */
	@SeeProgram
	@Transactional(readOnly = true)
	public PageView<AssistanceView> open(Integer page, Integer size) {
		return open(false, page, size);
	}

	/** The same, of every partner or (mine) of the partners the caller looks after and those nobody looks after yet. */
	@SeeProgram
	@Transactional(readOnly = true)
	public PageView<AssistanceView> open(boolean mine, Integer page, Integer size) {
		var pageable = Paging.of(page, size, Sort.by("requestedAt"));
		var partners = mine ? accounts.mine() : Optional.<Set<UUID>>empty();
		var rows = partners.map(p -> p.isEmpty() ? Page.<AssistanceRequest>empty(pageable)
				: requests.findByAnsweredAtIsNullAndPartnerIdIn(p, pageable)).orElseGet(() -> requests.findByAnsweredAtIsNull(pageable));
		return PageView.of(rows, AssistanceRequest::toView);
	}

	@SeeProgram
	@Transactional
	public void answer(UUID requestId, String answer) {
		AssistanceRequest request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("Request"));
		request.answer(actor.userId().value(), answer, clock.instant());
		requests.save(request);
	}
}
