package org.concord.registrations;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** Runs the protection-window sweep every hour, on one node of the cluster at a time. */
@Configuration(proxyBeanMethods = false)
class ValidityJob {

	@Bean
	RecurringTask<Void> registrationValidityTask(Validity validity, ChannelConflicts conflicts) {
		return Tasks.recurring("registration-validity", FixedDelay.of(Duration.ofHours(1)))
				.execute((instance, context) -> {
					validity.sweep();
					conflicts.escalateOverdue();
				});
	}
}
