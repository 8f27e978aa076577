package org.concord.training;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.concord.shared.InvalidInputException;

/** One question of a course's quiz: its text, two to six options, and which one is right. */
@Embeddable
class QuizQuestion {

	private int position;

	private String text;

	/** The options, one per line. */
	private String options;

	@Column(name = "correct_option")
	private int correctOption;

	protected QuizQuestion() {
	}

	QuizQuestion(int position, QuestionView question) {
		String where = "Question " + position + ": ";
		if (question.text() == null || question.text().isBlank() || question.text().strip().length() > 500) {
			throw new InvalidInputException("quiz", where + "write the question, at most 500 characters.");
		}
		List<String> given = question.options() == null ? List.of()
				: question.options().stream().map(o -> o == null ? "" : o.strip()).filter(o -> !o.isEmpty()).toList();
		if (given.size() < 2 || given.size() > 6) {
			throw new InvalidInputException("quiz", where + "give two to six options.");
		}
		if (given.stream().anyMatch(o -> o.length() > 300 || o.contains("\n"))) {
			throw new InvalidInputException("quiz", where + "keep each option to one line of at most 300 characters.");
		}
		if (question.correct() == null || question.correct() < 0 || question.correct() >= given.size()) {
			throw new InvalidInputException("quiz", where + "say which option is right.");
		}
		this.position = position;
		this.text = question.text().strip();
		this.options = String.join("\n", given);
		this.correctOption = question.correct();
	}

	List<String> options() {
		return Arrays.asList(options.split("\n"));
	}

	boolean rightAnswer(Integer chosen) {
		return chosen != null && chosen == correctOption;
	}

	/** As the vendor edits it, with the right option; as a partner takes it, without. */
	QuestionView toView(boolean withAnswer) {
		return new QuestionView(text, options(), withAnswer ? correctOption : null);
	}
}
