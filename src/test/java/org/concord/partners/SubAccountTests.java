package org.concord.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.concord.ConcordIntegrationTest;
import org.concord.identity.TestAccounts;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Sub-accounts: a parent company's branches, each a partner company with its own people and target. The parent's
 * admin reads them; their people read the parent only when it lets them; nobody changes a related company.
 */
@ConcordIntegrationTest
class SubAccountTests {

	@Autowired
	PartnerDirectory partners;

	@Autowired
	SubAccounts subAccounts;

	@Autowired
	PartnerProfile profile;

	@Autowired
	TestAccounts accounts;

	private static NewPartner branch(String name) {
		return new NewPartner(name, "SALES_PARTNER", PartnerTier.SILVER, "CA", "NS", "Truro", null, false);
	}

	@Test
	void theChannelTeamAddsABranchOneLevelDeepAndEachReadsWhatItShould() {
		var parent = accounts.freshPartner();
		var branch = accounts.as("channel", () -> subAccounts.addSubAccount(parent.id(), branch("Branch Truro " + parent.admin())));
		assertThat(accounts.as("channel", () -> partners.get(branch)).parentId()).isEqualTo(parent.id());
		assertThatThrownBy(() -> accounts.as("channel", () -> subAccounts.addSubAccount(branch, branch("Deeper " + parent.admin()))))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("parent"));
		assertThatThrownBy(() -> accounts.as(parent.admin(), () -> subAccounts.addSubAccount(parent.id(), branch("Mine"))))
				.isInstanceOf(AccessDeniedException.class);

		var people = accounts.freshSubAccount(parent.id());
		assertThat(accounts.as(parent.admin(), () -> subAccounts.family(parent.id())).subAccounts())
				.extracting(PartnerSummary::id).containsExactlyInAnyOrder(branch, people.id());
		assertThat(accounts.as(parent.admin(), () -> partners.get(people.id())).name()).startsWith("Test Branch");
		assertThat(accounts.as(parent.admin(), () -> partners.list(0, 100)).content()).extracting(PartnerSummary::id)
				.contains(parent.id(), branch, people.id());
		assertThat(accounts.as(parent.admin(), () -> profile.of(people.id())).sections()).isNotEmpty();
		assertThat(accounts.as(parent.rep(), () -> subAccounts.family(parent.id())).subAccounts()).as("the parent's reps").isEmpty();
		assertThatThrownBy(() -> accounts.as(parent.rep(), () -> partners.get(people.id()))).isInstanceOf(NotFoundException.class);
		assertThat(accounts.as(parent.rep(), () -> partners.list(0, 100)).content()).extracting(PartnerSummary::id)
				.containsExactly(parent.id());

		var other = accounts.freshPartner();
		assertThatThrownBy(() -> accounts.as(other.admin(), () -> partners.get(people.id()))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> accounts.as(people.rep(), () -> partners.get(other.id()))).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aBranchsPeopleReadTheParentOnlyWhenItLetsThemAndNeverChangeIt() {
		var parent = accounts.freshPartner();
		var branch = accounts.freshSubAccount(parent.id());
		assertThatThrownBy(() -> accounts.as(branch.rep(), () -> partners.get(parent.id()))).isInstanceOf(NotFoundException.class);
		FamilyView own = accounts.as(branch.rep(), () -> subAccounts.family(branch.id()));
		assertThat(own.parentId()).as("the parent is not named to those who may not read it").isNull();
		assertThat(own.parentName()).isNull();

		assertThatThrownBy(() -> accounts.as(branch.admin(), () -> subAccounts.letSubAccountsSeeParent(parent.id(), true)))
				.as("a branch does not open its parent").isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> accounts.as(parent.rep(), () -> subAccounts.letSubAccountsSeeParent(parent.id(), true)))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accounts.as(parent.admin(), () -> subAccounts.letSubAccountsSeeParent(branch.id(), true)))
				.as("the setting is the parent's").isInstanceOf(NotFoundException.class);
		accounts.as(parent.admin(), () -> subAccounts.letSubAccountsSeeParent(parent.id(), true));

		assertThat(accounts.as(branch.rep(), () -> partners.get(parent.id())).name()).startsWith("Test Partner");
		FamilyView now = accounts.as(branch.rep(), () -> subAccounts.family(branch.id()));
		assertThat(now.parentId()).isEqualTo(parent.id());
		assertThat(now.subAccountsSeeParent()).isTrue();
		assertThatThrownBy(() -> accounts.as(branch.admin(), () -> partners.changeProfile(parent.id(),
				accounts.as(branch.admin(), () -> partners.profile(parent.id())))))
				.as("read, never changed").isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> accounts.as(parent.admin(), () -> partners.switchLeadFlow(branch.id(), false)))
				.as("the parent's admin reads its branch; the branch's admin runs it").isInstanceOf(NotFoundException.class);

		accounts.as(parent.admin(), () -> subAccounts.letSubAccountsSeeParent(parent.id(), false));
		assertThatThrownBy(() -> accounts.as(branch.rep(), () -> partners.get(parent.id()))).isInstanceOf(NotFoundException.class);
	}

	@Test
	void eachCompanyHasItsOwnSalesTarget() {
		var parent = accounts.freshPartner();
		var branch = accounts.freshSubAccount(parent.id());
		accounts.as("channel", () -> subAccounts.changeSalesTarget(branch.id(), Money.of(new BigDecimal("120000"), "CAD")));
		assertThat(accounts.as(branch.rep(), () -> subAccounts.family(branch.id())).salesTarget())
				.isEqualByComparingTo(Money.of(new BigDecimal("120000"), "CAD"));
		assertThat(accounts.as("channel", () -> subAccounts.family(parent.id())).salesTarget()).isNull();
		assertThatThrownBy(() -> accounts.as("channel", () -> subAccounts.changeSalesTarget(branch.id(),
				Money.of(new BigDecimal("-1"), "CAD")))).isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.field()).isEqualTo("salesTarget"));
		accounts.as("channel", () -> subAccounts.changeSalesTarget(branch.id(), null));
		assertThat(accounts.as("channel", () -> subAccounts.family(branch.id())).salesTarget()).isNull();
	}
}
