package org.concord.training;

import java.util.List;

/** A quiz question: its text, its options, and (for the vendor only) the index of the right option. */
public record QuestionView(String text, List<String> options, Integer correct) {
}
