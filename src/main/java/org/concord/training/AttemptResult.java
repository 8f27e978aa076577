package org.concord.training;

import java.util.List;

/** An attempt's result: the share of right answers, the pass mark, whether it passed, and certifications it earned. */
public record AttemptResult(int scorePercent, Integer passMark, boolean passed, List<String> certificationsEarned) {
}
