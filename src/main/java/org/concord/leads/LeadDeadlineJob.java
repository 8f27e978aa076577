package org.concord.leads;

import java.time.Duration;
import java.time.LocalTime;

import org.concord.shared.BusinessCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Checks the contact deadlines every few minutes (concord.leads.deadline-check), and recounts the lead scorecard
 * tally every night, each on one node of the cluster.
 */
@Configuration(proxyBeanMethods = false)
class LeadDeadlineJob {

	@Bean
	RecurringTask<Void> leadDeadlineTask(LeadDeadlines deadlines,
			@Value("${concord.leads.deadline-check:PT5M}") Duration every) {
		return Tasks.recurring("lead-deadlines", FixedDelay.of(every)).execute((instance, context) -> deadlines.sweep());
	}

	/** The scorecard tally is kept as offers are made and end; this repairs drift. */
	@Bean
	RecurringTask<Void> leadScorecardTask(LeadScorecardTally tally, BusinessCalendar calendar) {
		return Tasks.recurring("lead-scorecard", new Daily(calendar.zone(), LocalTime.of(3, 50)))
				.execute((instance, context) -> tally.rebuild());
	}
}
