package org.concord.training;

import java.util.ArrayList;
import java.util.List;

import org.concord.shared.InvalidInputException;

/**
 * A quiz as the vendor types it on the course page: questions apart by a blank line, the question first, then one
 * option per line, the right one starting with "*" and the others with "-".
 */
public final class QuizText {

	private QuizText() {
	}

	public static List<QuestionView> parse(String text) {
		List<QuestionView> questions = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return questions;
		}
		for (String block : text.replace("\r", "").strip().split("\n\\s*\n")) {
			String[] lines = block.strip().split("\n");
			List<String> options = new ArrayList<>();
			Integer correct = null;
			for (int i = 1; i < lines.length; i++) {
				String line = lines[i].strip();
				if (line.startsWith("*")) {
					if (correct != null) {
						throw new InvalidInputException("quiz", "Question " + (questions.size() + 1) + ": mark one right option with *.");
					}
					correct = options.size();
				}
				else if (!line.startsWith("-")) {
					throw new InvalidInputException("quiz", "Question " + (questions.size() + 1)
							+ ": start each option with * (right) or - (wrong).");
				}
				options.add(line.substring(1).strip());
			}
			questions.add(new QuestionView(lines[0].strip(), options, correct));
		}
		return questions;
	}

	public static String format(List<QuestionView> questions) {
		StringBuilder text = new StringBuilder();
		for (QuestionView question : questions) {
			if (!text.isEmpty()) {
				text.append("\n\n");
			}
			text.append(question.text());
			for (int i = 0; i < question.options().size(); i++) {
				text.append('\n').append(Integer.valueOf(i).equals(question.correct()) ? "* " : "- ").append(question.options().get(i));
			}
		}
		return text.toString();
	}
}
