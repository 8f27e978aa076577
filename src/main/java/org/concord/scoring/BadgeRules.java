package org.concord.scoring;

import org.concord.partners.PartnerBadges;
import org.concord.shared.BusinessCalendar;
import org.concord.shared.EngagementKind;
import org.concord.shared.EngagementRecorded;
import org.concord.training.CertificationEarned;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * The badge rules at work: a deal won, an event attended or a certification earned looks at that partner's badges at
 * once; every night at 04:00 every partner's are looked at (sales targets reached, badges defined since).
 */
@Component
class BadgeRules {

	private final Badges badges;

	BadgeRules(Badges badges) {
		this.badges = badges;
	}

	@ApplicationModuleListener
	void on(EngagementRecorded recorded) {
		if (recorded.kind() == EngagementKind.WON || recorded.kind() == EngagementKind.EVENT) {
			badges.evaluate(recorded.partner());
		}
	}

	@ApplicationModuleListener
	void on(CertificationEarned earned) {
		badges.evaluate(earned.partner());
	}

	@Configuration(proxyBeanMethods = false)
	static class Job {

		@Bean
		RecurringTask<Void> badgesTask(Badges badges, BusinessCalendar calendar) {
			return Tasks.recurring("badges", Schedules.cron("0 0 4 * * *", calendar.zone()))
					.execute((instance, context) -> badges.evaluate(null));
		}

		/** The partner directory's badge column. */
		@Bean
		PartnerBadges partnerBadges(Badges badges) {
			return badges::heldBy;
		}
	}
}
