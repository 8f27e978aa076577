package org.concord.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.concord.ConcordIntegrationTest;
import org.concord.identity.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ConcordIntegrationTest
class ClosureDaysIntegrationTests {

	@Autowired
	ClosureDays closureDays;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	TestAccounts accounts;

	@Test
	void aClosureDayAVendorAdminAddsIsNoWorkingDayForTheApplicationsCalendar() {
		LocalDate monday = LocalDate.of(2031, 3, 3);
		assertThat(calendar.isWorkingDay(monday)).isTrue();
		assertThatThrownBy(() -> accounts.as("channel", () -> {
			closureDays.close(monday, "Offsite");
		})).isInstanceOf(AccessDeniedException.class);
		accounts.as("admin", () -> {
			closureDays.close(monday, "Company offsite");
		});
		assertThat(calendar.isWorkingDay(monday)).isFalse();
		assertThat(closureDays.all()).contains(monday);
	}
}
