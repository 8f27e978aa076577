package org.concord.rooms;

/** A room in a partner person's navigation: its key, its name on their brand's portal, and where it leads. */
public record NavRoom(String key, String name, String path) {
}
