package org.concord.identity;

import java.time.ZoneId;
import java.util.Optional;

import org.concord.partners.PartnerFamilies;
import org.concord.shared.CurrentActor;
import org.concord.shared.Role;
import org.concord.shared.PartnerScope;
import org.concord.shared.UserId;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The current actor, read from the security context: the one place every module learns who asks. */
@Component
class Actors implements CurrentActor {

	private static final String ZONE = Actors.class.getName() + ".zone";

	private final PartnerFamilies families;
	private final UserAccountRepository users;

	Actors(PartnerFamilies families, UserAccountRepository users) {
		this.families = families;
		this.users = users;
	}

	static Optional<ConcordUser> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof ConcordUser user ? Optional.of(user) : Optional.empty();
	}

	static ConcordUser require() {
		return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not logged in"));
	}

	@Override
	public UserId userId() {
		return require().userId();
	}

	@Override
	public String username() {
		return require().getUsername();
	}

	/** The actor's scope, with the related companies its sub-accounts let it read ({@link PartnerFamilies}). */
	@Override
	public PartnerScope scope() {
		ConcordUser me = require();
		if (me.isVendorStaff()) {
			return me.scope();
		}
		return PartnerScope.company(me.partnerId(), families.alsoReadable(me.partnerId(), me.role() == Role.PARTNER_ADMIN));
	}

	/** Read once per request: a page formats many times. */
	@Override
	public Optional<ZoneId> zone() {
		Optional<ConcordUser> me = current();
		if (me.isEmpty()) {
			return Optional.empty();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(ZONE, RequestAttributes.SCOPE_REQUEST) instanceof Optional<?> known) {
			return known.map(ZoneId.class::cast);
		}
		Optional<ZoneId> zone = users.findById(me.get().userId().value()).map(UserAccount::timeZone).map(ZoneId::of);
		if (request != null) {
			request.setAttribute(ZONE, zone, RequestAttributes.SCOPE_REQUEST);
		}
		return zone;
	}

	@Override
	public boolean isVendorStaff() {
		return require().isVendorStaff();
	}
}
