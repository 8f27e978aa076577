package org.concord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import jakarta.persistence.Entity;

/** House rules that hold in every module. */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.concord");

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
}
