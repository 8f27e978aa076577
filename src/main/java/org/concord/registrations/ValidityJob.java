package org.concord.registrations;

import java.time.Duration;
import java.time.LocalTime;

import org.concord.shared.BusinessCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** The registrations' recurring jobs, each on one node of the cluster at a time. */
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

	/** Recounts the registration and decision tallies every night: they are kept as registrations change, this repairs drift. */
	@Bean
	RecurringTask<Void> registrationTallyTask(RegistrationTally tally, DecisionTally decisions, BusinessCalendar calendar) {
		return Tasks.recurring("registration-tally", new Daily(calendar.zone(), LocalTime.of(3, 30)))
				.execute((instance, context) -> {
					tally.rebuild();
					decisions.rebuild();
				});
	}
}
