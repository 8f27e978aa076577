package org.concord.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.concord.shared.AccountManagers;
import org.concord.shared.Role;
import org.concord.shared.UserId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The channel managers and vendor admins, who may be a partner's account manager. */
@Component
class ChannelTeamDirectory implements AccountManagers {

	private static final List<Role> MANAGING = List.of(Role.CHANNEL_MANAGER, Role.VENDOR_ADMIN);

	private final UserAccountRepository users;

	ChannelTeamDirectory(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Candidate> candidates() {
		return MANAGING.stream().flatMap(role -> users.findByRole(role).stream()).map(UserAccount::toPerson)
				.filter(p -> "ACTIVE".equals(p.status())).map(p -> new Candidate(p.id(), p.displayName()))
				.sorted(Comparator.comparing(Candidate::name)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Candidate> find(UserId id) {
		return Stream.ofNullable(id).flatMap(u -> users.findById(u.value()).stream()).map(UserAccount::toPerson)
				.filter(p -> "ACTIVE".equals(p.status()) && MANAGING.contains(p.role()))
				.map(p -> new Candidate(p.id(), p.displayName())).findFirst();
	}
}
