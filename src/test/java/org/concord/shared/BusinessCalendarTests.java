package org.concord.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

	private static final ZoneId HALIFAX = ZoneId.of("America/Halifax");

	private final BusinessCalendar novaScotia = new BusinessCalendar("ca", "ns", HALIFAX, day -> false);

	@Test
	void aTaskReceivedOnFridayAfternoonIsDueByTheEndOfTuesday() {
		Instant friday = at(2026, 11, 27, 15, 30);
		assertThat(novaScotia.deadline(friday, 2)).isEqualTo(at(2026, 12, 2, 0, 0));
	}

	@Test
	void weekendsAreNotWorkingDays() {
		assertThat(novaScotia.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
		assertThat(novaScotia.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse();
		assertThat(novaScotia.isWorkingDay(LocalDate.of(2026, 11, 30))).isTrue();
	}

	@Test
	void aNationalHolidayPushesTheDeadlineOut() {
		// Canada Day 2026 is a Wednesday
		assertThat(novaScotia.deadline(at(2026, 6, 30, 10, 0), 2)).isEqualTo(at(2026, 7, 4, 0, 0));
	}

	@Test
	void theRegionsHolidaysCountOnlyThere() {
		// Nova Scotia Heritage Day (Monday 15 February 2027) is no holiday in Quebec
		Instant friday = at(2027, 2, 12, 10, 0);
		assertThat(novaScotia.deadline(friday, 2)).isEqualTo(at(2027, 2, 18, 0, 0));
		BusinessCalendar quebec = new BusinessCalendar("ca", "qc", HALIFAX, day -> false);
		assertThat(quebec.deadline(friday, 2)).isEqualTo(at(2027, 2, 17, 0, 0));
	}

	@Test
	void aVendorClosureDayIsNotAWorkingDay() {
		BusinessCalendar closedMonday = new BusinessCalendar("ca", "ns", HALIFAX, Set.of(LocalDate.of(2026, 11, 30))::contains);
		assertThat(closedMonday.isWorkingDay(LocalDate.of(2026, 11, 30))).isFalse();
		assertThat(closedMonday.deadline(at(2026, 11, 27, 15, 30), 2)).isEqualTo(at(2026, 12, 3, 0, 0));
	}

	@Test
	void theDayOfReceiptNeverCounts() {
		assertThat(novaScotia.deadline(at(2026, 11, 30, 0, 1), 1)).isEqualTo(at(2026, 12, 2, 0, 0));
		assertThat(novaScotia.deadline(at(2026, 11, 28, 12, 0), 1)).as("received on Saturday").isEqualTo(at(2026, 12, 1, 0, 0));
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(HALIFAX).toInstant();
	}
}
