package org.concord.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock. Domain code asks it for the time so tests can move time. Its zone is the vendor's (the business
 * calendar's), so "today" is the vendor's day wherever the server runs; moments themselves are zone-free.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(@Value("${concord.calendar.zone}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}
}
