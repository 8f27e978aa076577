package org.concord.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.concord.shared.BusinessCalendar;
import org.concord.shared.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * How pages show a moment: {@code ${@dates.format(instant)}} "27 Nov 2026, 14:05 AST", {@code ${@dates.day(instant)}}
 * "27 Nov 2026", in the time zone the person chose, or else the vendor's.
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm z", Locale.ENGLISH);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

	private final CurrentActor actor;
	private final BusinessCalendar calendar;

	Dates(CurrentActor actor, BusinessCalendar calendar) {
		this.actor = actor;
		this.calendar = calendar;
	}

	public String format(Instant instant) {
		return instant == null ? "" : MOMENT.format(instant.atZone(zone()));
	}

	public String day(Instant instant) {
		return instant == null ? "" : DAY.format(instant.atZone(zone()));
	}

	/** The zone the reader's pages are in. */
	public ZoneId zone() {
		return actor.zone().orElse(calendar.zone());
	}
}
