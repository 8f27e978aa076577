package org.concord.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.concord.shared.Audited;
import org.concord.shared.Keyset.Column;
import org.concord.shared.Keyset.SortKey;
import org.concord.shared.KeysetPage;
import org.concord.shared.KeysetQuery;
import org.concord.shared.access.Administer;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Records security-relevant actions. The actor and address come from the current request when there is one. */
@Service
public class AuditLog {

	private static final SortKey NEWEST_FIRST = SortKey.descending(new Column("occurred_at", Instant.class),
			new Column("id", UUID.class));

	private final AuditEntryRepository entries;
	private final JdbcClient jdbc;
	private final Clock clock;

	AuditLog(AuditEntryRepository entries, JdbcClient jdbc, Clock clock) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String action, String subject, String detail) {
		recordAs(actorName(), action, subject, detail);
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
		entries.save(new AuditEntry(clock.instant(), actorName(), change.action(), change.subject(), change.detail(), clientAddress()));
	}

	/** The log newest first, all or one action's, from the cursor when one is given, else from the page number. */
	@Administer
	@Transactional(readOnly = true)
	public KeysetPage<AuditRecord> list(String action, String cursor, Integer page, Integer size) {
		var query = KeysetQuery.of("audit_entry", "a", NEWEST_FIRST);
		if (action != null && !action.isBlank()) {
			query.where("a.action = :action", "action", action.strip());
		}
		return query.page(jdbc, cursor, page, size, ids -> entries.findAllById(ids).stream()
				.collect(Collectors.toMap(AuditEntry::id, e -> e)), AuditEntry::toRecord);
	}

	/** A person's username; an integration key's "key:" and name; "-" for nobody signed in. */
	static String actorName() {
		return Actors.current().map(ConcordUser::getUsername).orElseGet(() -> {
			var auth = SecurityContextHolder.getContext().getAuthentication();
			return auth != null && auth.getPrincipal() instanceof String name && name.startsWith("key:") ? name : "-";
		});
	}

	static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return "-";
	}
}
