package org.concord.shared.web;

import java.util.Set;

import org.concord.shared.PartnerId;

/**
 * Whether a partner company's people see a room, for modules that show a part of a room elsewhere (a profile
 * section, an Overview tile). Implemented by the rooms module.
 */
public interface RoomAccess {

	/** Whether the company's people see at least one of these rooms. */
	boolean opens(PartnerId partner, Set<PortalRoom> any);
}
