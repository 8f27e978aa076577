package org.concord.training;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A course as people see it: what it is, where its content is, its quiz (right answers for the vendor only). */
public record CourseView(UUID id, String title, String summary, String link, String fileName, Integer passMark,
		boolean published, List<QuestionView> quiz, Instant createdAt) {

	public boolean hasQuiz() {
		return !quiz.isEmpty();
	}
}
