package org.concord.identity;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Who attended an event, by their e-mail addresses, as the channel team has it from the event's sign-in list. */
public record AttendanceSheet(
		@NotBlank @Size(max = 150) String event,
		@NotNull LocalDate attendedOn,
		@NotEmpty @Size(max = EventAttendance.MOST_PER_SHEET) List<String> emails) {
}
