package org.concord.rooms;

import java.util.Map;
import java.util.Set;

import org.concord.identity.TestAccounts;
import org.concord.shared.web.PortalRoom;
import org.springframework.stereotype.Component;

/** Sets the rooms back as the migration made them, so a test that changed them leaves nothing behind. */
@Component
public class RoomFixtures {

	private final Rooms rooms;
	private final TestAccounts accounts;

	RoomFixtures(Rooms rooms, TestAccounts accounts) {
		this.rooms = rooms;
		this.accounts = accounts;
	}

	public void restoreDefaults() {
		for (PortalRoom room : PortalRoom.values()) {
			accounts.as("admin", () -> rooms.change(room.name(),
					new RoomSettings(room.defaultName(), room.ordinal() + 1, Map.of(), Set.of(), Set.of())));
		}
	}
}
