package org.concord.identity;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.shared.Audited;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.access.Administer;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Records security-relevant actions. The actor and address come from the current request when there is one. */
@Service
public class AuditLog {

	private final AuditEntryRepository entries;
	private final Clock clock;

	AuditLog(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String action, String subject, String detail) {
		String actor = Actors.current().map(ConcordUser::getUsername).orElse("-");
		recordAs(actor, action, subject, detail);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordAs(String actor, String action, String subject, String detail) {
		recordFrom(clientAddress(), actor, action, subject, detail);
	}

	/** For work done after the request that asked for it: the client address comes with the work. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFrom(String clientAddress, String actor, String action, String subject, String detail) {
		entries.save(new AuditEntry(clock.instant(), actor, action, subject, detail, clientAddress));
	}

	/** A change another module made: written in the transaction that made it. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(Audited change) {
		String actor = Actors.current().map(ConcordUser::getUsername).orElse("-");
		entries.save(new AuditEntry(clock.instant(), actor, change.action(), change.subject(), change.detail(), clientAddress()));
	}

	@Administer
	@Transactional(readOnly = true)
	public PageView<AuditRecord> list(String action, Integer page, Integer size) {
		var pageable = Paging.of(page, size, Sort.by(Sort.Direction.DESC, "occurredAt"));
		var rows = action == null || action.isBlank() ? entries.findAll(pageable) : entries.findByAction(action, pageable);
		return PageView.of(rows, AuditEntry::toRecord);
	}

	static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "-";
	}
}
