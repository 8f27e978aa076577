package org.concord.scoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.concord.shared.BusinessCalendar;
import org.concord.shared.ConflictingRequestException;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.PartnerId;
import org.concord.shared.access.WorkAsPartner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's quarterly satisfaction question (seed 004's NPS criterion): each partner person answers 0 to 10 once a
 * quarter (in the vendor's time zone). The tier assessment reads each partner's net promoter score from the answers.
 */
@Service
public class SatisfactionSurvey {

	public static final String QUESTION = "How likely are you to recommend our partner program to a colleague?";

	/** This quarter's question for the caller, and their answer if they gave one. */
	public record Question(String quarter, String question, Integer answer, Instant answeredAt) {

		public boolean answered() {
			return answer != null;
		}
	}

	private final JdbcTemplate jdbc;
	private final CurrentActor actor;
	private final BusinessCalendar calendar;
	private final Clock clock;

	SatisfactionSurvey(JdbcTemplate jdbc, CurrentActor actor, BusinessCalendar calendar, Clock clock) {
		this.jdbc = jdbc;
		this.actor = actor;
		this.calendar = calendar;
		this.clock = clock;
	}

	@WorkAsPartner
	@Transactional(readOnly = true)
	public Question current() {
		String quarter = quarter();
		List<Question> given = jdbc.query("select score, answered_at from satisfaction_answer where person_id = ? and quarter = ?",
				(row, n) -> new Question(quarter, QUESTION, row.getInt(1), row.getTimestamp(2).toInstant()),
				actor.userId().value(), quarter);
		return given.isEmpty() ? new Question(quarter, QUESTION, null, null) : given.getFirst();
	}

	/** The caller answers this quarter's question: 0 to 10, once. */
	@WorkAsPartner
	@Transactional
	public Question answer(Integer score, String comment) {
		if (score == null || score < 0 || score > 10) {
			throw new InvalidInputException("score", "Choose a score from 0 (not at all likely) to 10 (extremely likely).");
		}
		if (comment != null && comment.length() > 1000) {
			throw new InvalidInputException("comment", "Keep the comment to 1,000 characters.");
		}
		Question now = current();
		if (now.answered()) {
			throw new ConflictingRequestException("score", "You answered this quarter's question already; it comes again next"
					+ " quarter.");
		}
		PartnerId partner = actor.scope().company().orElseThrow();
		jdbc.update("insert into satisfaction_answer (id, person_id, partner_id, quarter, score, comment, answered_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), actor.userId().value(), partner.value(), now.quarter(),
				score, comment == null || comment.isBlank() ? null : comment.strip(), Timestamp.from(clock.instant()));
		return current();
	}

	/** Each partner's promoters, detractors and answers given in the period. */
	@Transactional(readOnly = true)
	Map<PartnerId, Nps> between(Instant from, Instant to) {
		Map<PartnerId, Nps> tallies = new HashMap<>();
		jdbc.query("select partner_id, count(*), sum(case when score >= 9 then 1 else 0 end),"
				+ " sum(case when score <= 6 then 1 else 0 end) from satisfaction_answer"
				+ " where answered_at >= ? and answered_at < ? group by partner_id", row -> {
					tallies.put(new PartnerId(row.getObject(1, UUID.class)), new Nps(row.getLong(2), row.getLong(3), row.getLong(4)));
				}, Timestamp.from(from), Timestamp.from(to));
		return tallies;
	}

	private String quarter() {
		LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
		return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
	}
}
