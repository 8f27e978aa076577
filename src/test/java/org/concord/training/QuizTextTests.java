package org.concord.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.concord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The quiz as the vendor types it, and a course's own rules: scoring, the pass mark, what it needs to be published. */
class QuizTextTests {

	private static final String QUIZ = """
			Which standard covers occupational health and safety?
			- ISO 9001
			* ISO 45001

			Who approves a registration?
			* The channel manager
			- The partner
			- Nobody""";

	@Test
	void aTypedQuizReadsAsQuestionsWithTheirRightOptionAndWritesBackTheSame() {
		List<QuestionView> questions = QuizText.parse(QUIZ);
		assertThat(questions).hasSize(2);
		assertThat(questions.getFirst().options()).containsExactly("ISO 9001", "ISO 45001");
		assertThat(questions.getFirst().correct()).isEqualTo(1);
		assertThat(questions.get(1).correct()).isZero();
		assertThat(QuizText.format(questions)).isEqualTo(QUIZ.strip());
		assertThat(QuizText.parse("  ")).isEmpty();
	}

	@Test
	void aQuestionWithTwoRightOptionsOrAnUnmarkedLineIsRefused() {
		assertThatThrownBy(() -> QuizText.parse("Q?\n* a\n* b")).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.getMessage()).contains("Question 1", "one right option"));
		assertThatThrownBy(() -> QuizText.parse("Q?\n* a\nb")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aCourseScoresTheShareOfRightAnswersAndPassesAtItsMark() {
		Course course = new Course(new CourseDetails("Safety basics", null, "https://learn.example/safety", 50, true,
				QuizText.parse(QUIZ)), Instant.now());
		assertThat(course.score(List.of(1, 0))).isEqualTo(100);
		assertThat(course.score(Arrays.asList(1, null))).isEqualTo(50);
		assertThat(course.passes(50)).isTrue();
		assertThat(course.score(List.of(0, 1))).isZero();
		assertThat(course.passes(0)).isFalse();
		assertThat(course.toView(false).quiz()).allSatisfy(q -> assertThat(q.correct()).as("hidden from partners").isNull());
	}

	@Test
	void aCourseNeedsATitleAWebLinkAPassMarkForItsQuizAndContentToBePublished() {
		assertField(new CourseDetails(" ", null, null, null, false, List.of()), "title");
		assertField(new CourseDetails("T", null, "javascript:alert(1)", null, false, List.of()), "link");
		assertField(new CourseDetails("T", null, "https://x.example", null, true, QuizText.parse(QUIZ)), "passMark");
		assertField(new CourseDetails("T", null, null, null, true, List.of()), "link");
		Course draft = new Course(new CourseDetails("T", null, null, null, false, List.of()), Instant.now());
		assertThat(draft.score(null)).as("no quiz: reading it completes it").isEqualTo(100);
	}

	private static void assertField(CourseDetails details, String field) {
		assertThatThrownBy(() -> new Course(details, Instant.now())).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.field()).isEqualTo(field));
	}
}
