package org.concord.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.concord.partners.Engagement;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.EngagementKind;
import org.concord.shared.EngagementRecorded;
import org.concord.shared.InvalidInputException;
import org.concord.shared.access.ManageChannel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner people who attended an event (a webinar, a trade show, a partner summit), recorded by the channel team
 * from the sign-in list. Each attendance is an engagement entry of kind {@link EngagementKind#EVENT}: it counts toward
 * the engagement score, the tier score's engagement and the "event attended" badges like the rest of engagement.
 * Recording a sheet twice records nobody twice.
 */
@Service
public class EventAttendance {

	static final int MOST_PER_SHEET = 500;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

	private final UserAccountRepository users;
	private final Engagement engagement;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final BusinessCalendar calendar;
	private final Clock clock;

	EventAttendance(UserAccountRepository users, Engagement engagement, ApplicationEventPublisher events, AuditLog audit,
			BusinessCalendar calendar, Clock clock) {
		this.users = users;
		this.engagement = engagement;
		this.events = events;
		this.audit = audit;
		this.calendar = calendar;
		this.clock = clock;
	}

	@ManageChannel
	@Transactional
	public AttendanceResult record(AttendanceSheet sheet) {
		String event = required(sheet.event());
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		if (sheet.attendedOn() == null) {
			throw new InvalidInputException("attendedOn", "Give the day of the event.");
		}
		if (sheet.attendedOn().isAfter(today)) {
			throw new InvalidInputException("attendedOn", "The event is still to come: record who attended once it has taken place.");
		}
		Set<String> emails = addresses(sheet.emails());
		String subject = event + " (" + DAY.format(sheet.attendedOn()) + ")";
		Instant at = moment(sheet.attendedOn(), today);
		List<String> recorded = new ArrayList<>();
		List<String> already = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String email : emails) {
			var person = users.findByEmail(email).stream().filter(u -> u.partner() != null && u.isActive()).findFirst();
			if (person.isEmpty()) {
				unknown.add(email);
			}
			else if (engagement.has(person.get().userId(), EngagementKind.EVENT, subject)) {
				already.add(email);
			}
			else {
				events.publishEvent(new EngagementRecorded(person.get().userId(), person.get().partner(), EngagementKind.EVENT,
						subject, at));
				recorded.add(email);
			}
		}
		if (!recorded.isEmpty()) {
			audit.record("EVENT_ATTENDANCE_RECORDED", subject, recorded.size() + " attended");
		}
		return new AttendanceResult(subject, recorded, already, unknown);
	}

	private static String required(String event) {
		String name = event == null ? "" : event.strip();
		if (name.isEmpty()) {
			throw new InvalidInputException("event", "Name the event.");
		}
		if (name.length() > 150) {
			throw new InvalidInputException("event", "Keep the event's name to 150 characters.");
		}
		return name;
	}

	private static Set<String> addresses(List<String> given) {
		Set<String> emails = new LinkedHashSet<>();
		if (given != null) {
			for (String line : given) {
				for (String part : (line == null ? "" : line).split("[,;\\s]+")) {
					if (!part.isBlank()) {
						emails.add(part.strip().toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		if (emails.isEmpty()) {
			throw new InvalidInputException("emails", "List the e-mail addresses of the people who attended.");
		}
		if (emails.size() > MOST_PER_SHEET) {
			throw new InvalidInputException("emails", "Record at most " + MOST_PER_SHEET + " people at a time.");
		}
		return emails;
	}

	/** Noon of the event's day, vendor time: inside the day whichever zone reads it; never later than now. */
	private Instant moment(LocalDate day, LocalDate today) {
		Instant noon = day.atTime(12, 0).atZone(calendar.zone()).toInstant();
		Instant now = clock.instant();
		return day.equals(today) && noon.isAfter(now) ? now : noon;
	}
}
