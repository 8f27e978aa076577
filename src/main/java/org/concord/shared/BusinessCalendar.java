package org.concord.shared;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Predicate;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Working days: not Saturday or Sunday, not a public holiday of the vendor's country and region (Jollyday, e.g.
 * Canada / Nova Scotia), and not a day the vendor closed. Deadlines in working days count from the day after
 * receipt and end when the last working day ends, in the vendor's time zone: a lead received on Friday
 * afternoon with 2 working days is due by the end of Tuesday.
 */
public class BusinessCalendar {

	private final HolidayManager holidays;
	private final String region;
	private final ZoneId zone;
	private final Predicate<LocalDate> closedByVendor;

	public BusinessCalendar(String country, String region, ZoneId zone, Predicate<LocalDate> closedByVendor) {
		this.holidays = HolidayManager.getInstance(ManagerParameters.create(country.toLowerCase(Locale.ROOT)));
		this.region = region == null ? "" : region.toLowerCase(Locale.ROOT);
		this.zone = zone;
		this.closedByVendor = closedByVendor;
	}

	public ZoneId zone() {
		return zone;
	}

	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
			return false;
		}
		boolean holiday = region.isEmpty() ? holidays.isHoliday(day) : holidays.isHoliday(day, region);
		return !holiday && !closedByVendor.test(day);
	}

	/** The moment a task received at {@code received} is due, {@code workingDays} working days later. */
	public Instant deadline(Instant received, int workingDays) {
		if (workingDays < 1) {
			throw new IllegalArgumentException("workingDays must be at least 1");
		}
		LocalDate day = received.atZone(zone).toLocalDate();
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day.plusDays(1).atStartOfDay(zone).toInstant();
	}
}
