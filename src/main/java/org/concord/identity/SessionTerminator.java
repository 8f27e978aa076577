package org.concord.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every session of a user, on every node, since sessions live in the database. */
@Component
class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	void endSessionsOf(String username) {
		sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
	}
}
