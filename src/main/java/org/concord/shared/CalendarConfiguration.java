package org.concord.shared;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The vendor's business calendar: country, region and time zone from settings, closure days from the database. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	BusinessCalendar businessCalendar(@Value("${concord.calendar.country:ca}") String country,
			@Value("${concord.calendar.region:ns}") String region,
			@Value("${concord.calendar.zone:America/Halifax}") String zone, ClosureDayRepository closures) {
		return new BusinessCalendar(country, region, ZoneId.of(zone), closures::existsById);
	}
}
