package org.concord.partners;

import java.util.Set;

import org.concord.shared.PartnerId;
import org.concord.shared.web.PortalRoom;

/**
 * What another module shows on a partner's profile page. Implemented by the modules that know a partner's people,
 * registrations, leads and commissions; called only after the page checked that the actor may see the partner, and
 * in the actor's own scope, so each answers with what that actor may see there.
 */
public interface ProfileSections {

	/** Where the section stands on the page: lower first. */
	int position();

	ProfileSection of(PartnerId partner);

	/** The portal rooms the section shows a part of: a partner person sees it while their company sees one of them. */
	default Set<PortalRoom> rooms() {
		return Set.of();
	}
}
