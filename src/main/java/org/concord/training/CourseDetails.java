package org.concord.training;

import java.util.List;

/** What the vendor enters for a course: title, summary, a link (or a PDF uploaded apart), the quiz and its pass mark. */
public record CourseDetails(String title, String summary, String link, Integer passMark, boolean published,
		List<QuestionView> quiz) {
}
