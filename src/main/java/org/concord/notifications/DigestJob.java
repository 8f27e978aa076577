package org.concord.notifications;

import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;

/** Sends the daily digests at 7:00 in the vendor's time zone, on one node of the cluster. */
@Configuration(proxyBeanMethods = false)
class DigestJob {

	@Bean
	RecurringTask<Void> notificationDigestTask(Notifier notifier, @Value("${concord.calendar.zone:America/Halifax}") String zone) {
		return Tasks.recurring("notification-digest", new Daily(ZoneId.of(zone), LocalTime.of(7, 0)))
				.execute((instance, context) -> notifier.sendDigests());
	}
}
