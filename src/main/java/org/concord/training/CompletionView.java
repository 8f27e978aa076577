package org.concord.training;

import java.time.Instant;
import java.util.UUID;

/** A person's last result on a course: the score of their best attempt and when they passed, if they did. */
public record CompletionView(UUID courseId, String courseTitle, int bestScore, boolean passed, Instant passedAt,
		int attempts) {
}
