package org.concord.training;

import org.concord.shared.BusinessCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

@Configuration(proxyBeanMethods = false)
class TrainingJobs {

	/** Every day at 07:00 vendor time: certifications expiring within 30 days are warned of. */
	@Bean
	RecurringTask<Void> certificationExpiryTask(Certifications certifications, Training training, BusinessCalendar calendar) {
		return Tasks.recurring("certification-expiry", Schedules.cron("0 0 7 * * *", calendar.zone()))
				.execute((instance, context) -> certifications.warnExpiring(training.today()));
	}
}
