package org.concord.shared.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.concord.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.expression.Expression;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.util.SimpleMethodInvocation;

/** Each permission annotation lets in exactly the roles the policy grants its permission to. */
class PermissionPolicyTests {

	private final DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();

	@Test
	void eachAnnotationLetsInExactlyTheRolesItsPermissionIsGrantedTo() throws Exception {
		List<Class<?>> annotations = permissionAnnotations().stream().filter(a -> a != SendProspects.class).toList();
		assertThat(annotations).extracting(Class::getSimpleName).containsExactlyInAnyOrder("Administer", "ManageChannel",
				"SeeProgram", "WorkAsPartner", "CloseDeals", "MoveDeals", "ManagePeople", "SwitchLeadFlow", "EditCompany");
		for (Class<?> annotation : annotations) {
			Permission permission = Permission.valueOf(upperSnake(annotation.getSimpleName()));
			assertThat(rolesLetIn(annotation.getAnnotation(PreAuthorize.class).value())).as(annotation.getSimpleName())
					.isEqualTo(permission.roles());
		}
	}

	@Test
	void sendingProspectsIsAnIntegrationKeysAndNoPersonsRole() throws Exception {
		assertThat(rolesLetIn(SendProspects.class.getAnnotation(PreAuthorize.class).value())).isEmpty();
	}

	@Test
	void thePolicyGrantsWhatTheProgramSays() {
		assertThat(Permission.ADMINISTER.roles()).containsExactly(Role.VENDOR_ADMIN);
		assertThat(Permission.MANAGE_CHANNEL.roles()).containsExactlyInAnyOrder(Role.VENDOR_ADMIN, Role.CHANNEL_MANAGER);
		assertThat(Permission.EDIT_COMPANY.roles()).as("the channel team, and a partner admin its own company's contact details")
				.containsExactlyInAnyOrder(Role.VENDOR_ADMIN, Role.CHANNEL_MANAGER, Role.PARTNER_ADMIN);
		assertThat(Permission.SEE_PROGRAM.roles()).allMatch(Role::isVendor).hasSize(3);
		assertThat(Permission.WORK_AS_PARTNER.roles()).noneMatch(Role::isVendor).hasSize(2);
		assertThat(Permission.CLOSE_DEALS.roles()).doesNotContain(Role.VENDOR_SALES_REP).hasSize(4);
		assertThat(Permission.MANAGE_PEOPLE.roles()).containsExactlyInAnyOrder(Role.VENDOR_ADMIN, Role.PARTNER_ADMIN);
		assertThat(Permission.USE_PORTAL.roles()).containsExactlyInAnyOrder(Role.values());
	}

	private Set<Role> rolesLetIn(String expressionText) throws Exception {
		Expression expression = handler.getExpressionParser().parseExpression(expressionText);
		Set<Role> letIn = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			var authentication = new TestingAuthenticationToken("someone", "secret", role.authority());
			var invocation = new SimpleMethodInvocation(this, Object.class.getMethod("toString"));
			if (Boolean.TRUE.equals(expression.getValue(handler.createEvaluationContext(() -> authentication, invocation),
					Boolean.class))) {
				letIn.add(role);
			}
		}
		return letIn;
	}

	private static List<Class<?>> permissionAnnotations() {
		return new ClassFileImporter().importPackages(Permission.class.getPackageName()).stream()
				.filter(JavaClass::isAnnotation).map(JavaClass::reflect).<Class<?>>map(c -> c).toList();
	}

	private static String upperSnake(String camel) {
		return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
	}
}
