package org.concord.shared;

import java.time.LocalDate;
import java.util.List;

import org.concord.shared.access.Administer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The vendor's own closure days, which the business calendar does not count as working days. */
@Service
public class ClosureDays {

	private final ClosureDayRepository days;
	private final ApplicationEventPublisher events;

	ClosureDays(ClosureDayRepository days, ApplicationEventPublisher events) {
		this.days = days;
		this.events = events;
	}

	@Administer
	@Transactional
	public void close(LocalDate day, String reason) {
		if (day == null) {
			throw new InvalidInputException("day", "Choose the day the vendor is closed.");
		}
		days.save(new ClosureDay(day, reason == null ? null : reason.trim()));
		events.publishEvent(new Audited("CLOSURE_DAY_ADDED", day.toString(), reason));
	}

	@Transactional(readOnly = true)
	public List<LocalDate> all() {
		return days.findAll(Sort.by("closedOn")).stream().map(ClosureDay::closedOn).toList();
	}
}
