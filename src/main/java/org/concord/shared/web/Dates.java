package org.concord.shared.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** How pages show a moment: {@code ${@dates.format(instant)}}, in UTC. */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC);

	public String format(Instant instant) {
		return instant == null ? "" : FORMAT.format(instant);
	}
}
