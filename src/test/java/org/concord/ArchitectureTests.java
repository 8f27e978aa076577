package org.concord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

import jakarta.persistence.Entity;

/** House rules that hold in every module. */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.concord");

	/**
	 * Every notice honours the person's communication preferences: only the Notifier posts to the portal inbox, and only
	 * it and identity's account mails (invitations, password resets, application confirmations) use the mailbox.
	 */
	@Test
	void everyNoticeGoesThroughThePreferences() {
		noClasses().that().resideOutsideOfPackage("org.concord.notifications..").should()
				.callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("post"))
						.and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
								HasName.Predicates.name("org.concord.notifications.Inbox")))))
				.because("a notice posted straight to the inbox would skip the person's preferences").check(classes);
		noClasses().that().resideOutsideOfPackages("org.concord.notifications..", "org.concord.identity..").should()
				.dependOnClassesThat().haveFullyQualifiedName("org.concord.notifications.Mailbox")
				.because("a notice mailed straight would skip the person's preferences; Notifier.tell chooses").check(classes);
	}

	@Test
	void entitiesAreNotPublic() {
		classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(classes);
	}

	@Test
	void repositoriesAreNotPublic() {
		classes().that().areAssignableTo(Repository.class).should().notBePublic().check(classes);
	}

	@Test
	void controllersAreNotPublicAndLiveInWebOrApi() {
		classes().that().areAnnotatedWith(Controller.class).should().notBePublic().andShould()
				.resideInAPackage("..web..").check(classes);
		classes().that().areAnnotatedWith(RestController.class).should().notBePublic().andShould()
				.resideInAPackage("..api..").check(classes);
	}

	@Test
	void timeComesFromTheInjectedClock() {
		noClasses().should().callMethod(Instant.class, "now").orShould().callMethod(LocalDate.class, "now")
				.orShould().callMethod(LocalDateTime.class, "now").orShould().callMethod(ZonedDateTime.class, "now")
				.because("domain code asks the injected Clock, so tests can move time").check(classes);
	}

	@Test
	void permissionsAreNamedNotTyped() {
		noClasses().that().resideOutsideOfPackage("org.concord.shared.access").should().beAnnotatedWith(PreAuthorize.class)
				.because("a service asks for a named permission of the one policy (org.concord.shared.access), not an expression")
				.check(classes);
		noMethods().that().areDeclaredInClassesThat().resideOutsideOfPackage("org.concord.shared.access")
				.should().beAnnotatedWith(PreAuthorize.class)
				.because("a service asks for a named permission of the one policy (org.concord.shared.access), not an expression")
				.check(classes);
	}

	@Test
	void aPublicServiceOffersAtMostFifteenOperations() {
		classes().that().areAnnotatedWith(Service.class).and().arePublic()
				.should(offerAtMost(MAX_PUBLIC_OPERATIONS))
				.because("one public service per aggregate stays small enough to read; split a bigger one by what it serves")
				.check(classes);
	}

	@Test
	void theOperationsRuleFlagsAServiceThatGrewTooBig() {
		JavaClasses oversized = new ClassFileImporter().importClasses(OversizedService.class);
		assertThatThrownBy(() -> classes().should(offerAtMost(MAX_PUBLIC_OPERATIONS)).check(oversized))
				.isInstanceOf(AssertionError.class).hasMessageContaining("offers 16 public operations");
		classes().should(offerAtMost(16)).check(oversized);
	}

	static final int MAX_PUBLIC_OPERATIONS = 15;

	@Service
	public static class OversizedService {
		public void op1() {} public void op2() {} public void op3() {} public void op4() {}
		public void op5() {} public void op6() {} public void op7() {} public void op8() {}
		public void op9() {} public void op10() {} public void op11() {} public void op12() {}
		public void op13() {} public void op14() {} public void op15() {} public void op16() {}
		public void op16(int overload) {}
		public static void helper() {}
		void packagePrivate() {}
	}

	private static ArchCondition<JavaClass> offerAtMost(int max) {
		return new ArchCondition<>("offer at most " + max + " public operations") {
			@Override
			public void check(JavaClass service, ConditionEvents events) {
				long operations = service.getMethods().stream()
						.filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
						.filter(method -> !method.getModifiers().contains(JavaModifier.STATIC))
						.filter(method -> !method.getModifiers().contains(JavaModifier.SYNTHETIC))
						.filter(method -> !method.getModifiers().contains(JavaModifier.BRIDGE))
						.map(method -> method.getName())
						.distinct()
						.count();
				boolean satisfied = operations <= max;
				events.add(new SimpleConditionEvent(service, satisfied,
						service.getName() + " offers " + operations + " public operations"));
			}
		};
	}
}
