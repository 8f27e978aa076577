package org.concord.partners;

import java.util.List;

import org.concord.shared.Money;
import org.concord.shared.PartnerId;

/**
 * A partner company's place among its related companies, as far as the actor may read them: whether it is a
 * sub-account, its parent (none for a
 * company of its own, or one the actor may not read), whether the parent lets its sub-accounts' people read its
 * records, its sub-accounts, and its annual sales target (none when null).
 */
public record FamilyView(boolean subAccount, PartnerId parentId, String parentName, boolean subAccountsSeeParent,
		List<PartnerSummary> subAccounts, Money salesTarget) {
}
