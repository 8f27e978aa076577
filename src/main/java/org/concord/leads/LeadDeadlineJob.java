package org.concord.leads;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/** Checks the contact deadlines every few minutes (concord.leads.deadline-check), on one node of the cluster. */
@Configuration(proxyBeanMethods = false)
class LeadDeadlineJob {

	@Bean
	RecurringTask<Void> leadDeadlineTask(LeadDeadlines deadlines,
			@Value("${concord.leads.deadline-check:PT5M}") Duration every) {
		return Tasks.recurring("lead-deadlines", FixedDelay.of(every)).execute((instance, context) -> deadlines.sweep());
	}
}
