package org.concord.training;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.concord.shared.InvalidInputException;

/**
 * A course the vendor offers: its content is a link or a PDF; an optional quiz decides whether a person passed it
 * (a share of right answers at least the pass mark); without a quiz, reading it through completes it.
 */
@Entity
@Table(name = "course")
class Course {

	static final int MAX_QUESTIONS = 20;

	@Id
	private UUID id;

	@Version
	private long version;

	private String title;

	private String summary;

	private String link;

	private String fileName;

	private Integer passMark;

	private boolean published;

	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "quiz_question", joinColumns = @JoinColumn(name = "course_id"))
	@OrderBy("position")
	private List<QuizQuestion> quiz = new ArrayList<>();

	protected Course() {
	}

	Course(CourseDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		change(details, false);
	}

	/** The vendor changes the course; a course with no content cannot be published. */
	void change(CourseDetails details, boolean fileKept) {
		String newTitle = details.title() == null ? "" : details.title().strip();
		if (newTitle.isEmpty() || newTitle.length() > 150) {
			throw new InvalidInputException("title", "Give the course a title of at most 150 characters.");
		}
		String newLink = details.link() == null || details.link().isBlank() ? null : details.link().strip();
		if (newLink != null && (!newLink.toLowerCase(Locale.ROOT).matches("https?://\\S+") || newLink.length() > 500)) {
			throw new InvalidInputException("link", "Give the content's web address, starting with https:// or http://.");
		}
		if (details.summary() != null && details.summary().length() > 2000) {
			throw new InvalidInputException("summary", "Keep the summary to 2,000 characters.");
		}
		List<QuestionView> questions = details.quiz() == null ? List.of() : details.quiz();
		if (questions.size() > MAX_QUESTIONS) {
			throw new InvalidInputException("quiz", "At most " + MAX_QUESTIONS + " questions.");
		}
		List<QuizQuestion> next = new ArrayList<>();
		for (int i = 0; i < questions.size(); i++) {
			next.add(new QuizQuestion(i + 1, questions.get(i)));
		}
		if (!next.isEmpty() && (details.passMark() == null || details.passMark() < 1 || details.passMark() > 100)) {
			throw new InvalidInputException("passMark", "Give the pass mark, 1 to 100 percent of the answers right.");
		}
		if (details.published() && newLink == null && !(fileKept && fileName != null)) {
			throw new InvalidInputException("link", "A course needs its content before it is published: a link or a PDF.");
		}
		this.title = newTitle;
		this.summary = details.summary() == null || details.summary().isBlank() ? null : details.summary().strip();
		this.link = newLink;
		this.passMark = next.isEmpty() ? null : details.passMark();
		this.published = details.published();
		this.quiz.clear();
		this.quiz.addAll(next);
		if (!fileKept) {
			this.fileName = null;
		}
	}

	void attachFile(String name) {
		this.fileName = name;
	}

	/** The share of right answers, in whole percent; 100 for a course without a quiz. */
	int score(List<Integer> answers) {
		if (quiz.isEmpty()) {
			return 100;
		}
		int right = 0;
		for (int i = 0; i < quiz.size(); i++) {
			if (answers != null && i < answers.size() && quiz.get(i).rightAnswer(answers.get(i))) {
				right++;
			}
		}
		return right * 100 / quiz.size();
	}

	boolean passes(int score) {
		return passMark == null || score >= passMark;
	}

	UUID id() {
		return id;
	}

	String title() {
		return title;
	}

	boolean published() {
		return published;
	}

	int questions() {
		return quiz.size();
	}

	CourseView toView(boolean withAnswers) {
		return new CourseView(id, title, summary, link, fileName, passMark, published,
				quiz.stream().map(q -> q.toView(withAnswers)).toList(), createdAt);
	}
}
