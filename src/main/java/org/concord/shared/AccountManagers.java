package org.concord.shared;

import java.util.List;
import java.util.Optional;

/**
 * The vendor's people who may look after partner accounts (channel managers and vendor admins), as the partners
 * module needs to know them. Implemented by the identity module; modules depend on this, not on identity.
 */
public interface AccountManagers {

	/** Someone who may look after partners: active channel managers and vendor admins, by name. */
	record Candidate(UserId id, String name) {
	}

	List<Candidate> candidates();

	Optional<Candidate> find(UserId id);
}
