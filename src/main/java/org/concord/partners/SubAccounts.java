package org.concord.partners;

import java.util.List;

import org.concord.shared.Audited;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.concord.shared.PartnerId;
import org.concord.shared.PartnerScope;
import org.concord.shared.access.EditCompany;
import org.concord.shared.access.ManageChannel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sub-accounts: a partner's branches or regions, each a partner company of its own under a parent (one level), the
 * parent's choice whether its sub-accounts' people read its records, and each company's annual sales target. What a
 * partner person may read of a related company is {@link PartnerFamilies}' answer, asked through its scope.
 */
@Service
public class SubAccounts {

	private final PartnerDirectory directory;
	private final PartnerCompanyRepository partners;
	private final PartnerFamilies families;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;

	SubAccounts(PartnerDirectory directory, PartnerCompanyRepository partners, PartnerFamilies families, CurrentActor actor,
			ApplicationEventPublisher events) {
		this.directory = directory;
		this.partners = partners;
		this.families = families;
		this.actor = actor;
		this.events = events;
	}

	/**
	 * A branch or region of a partner, with its own people, account manager and target: a partner company of its own
	 * that is the parent's sub-account. A sub-account has none of its own.
	 */
	@ManageChannel
	@Transactional
	public PartnerId addSubAccount(PartnerId parent, NewPartner details) {
		PartnerCompany parentCompany = directory.company(parent);
		if (parentCompany.parentId() != null) {
			throw new InvalidInputException("parent", "A sub-account cannot have sub-accounts of its own; add it to "
					+ "the parent company.");
		}
		PartnerId id = directory.register(details);
		directory.company(id).becomeSubAccountOf(parentCompany);
		events.publishEvent(new Audited("PARTNER_SUB_ACCOUNT_ADDED", parent.toString(), details.name().strip() + " " + id));
		families.changed();
		return id;
	}

	/** Adds a sub-account without a logged-in actor: for the demo data and installers. */
	@Transactional
	public PartnerId addSubAccountAsInstaller(PartnerId parent, NewPartner details) {
		PartnerId id = directory.add(details);
		directory.company(id).becomeSubAccountOf(directory.company(parent));
		families.changed();
		return id;
	}

	/** The partner's parent and sub-accounts, and its sales target, as far as the actor may read them. */
	@Transactional(readOnly = true)
	public FamilyView family(PartnerId id) {
		PartnerScope scope = actor.scope();
		scope.requireReadable(id, "Partner");
		PartnerCompany company = directory.company(id);
		PartnerId parent = company.parentId() == null ? null : new PartnerId(company.parentId());
		boolean parentShown = parent != null && scope.reads(parent);
		PartnerCompany top = parentShown ? directory.company(parent) : company;
		List<PartnerSummary> subAccounts = company.parentId() != null ? List.of()
				: partners.findByParentIdOrderByName(company.toSummary().id().value()).stream().map(PartnerCompany::toSummary)
						.filter(child -> scope.reads(child.id())).toList();
		return new FamilyView(company.parentId() != null, parentShown ? parent : null,
				parentShown ? top.toSummary().name() : null, top.subAccountsSeeParent(), subAccounts, company.salesTarget());
	}

	/** The parent decides whether its sub-accounts' people read its records: the channel team, or its own admin. */
	@EditCompany
	@Transactional
	public FamilyView letSubAccountsSeeParent(PartnerId parent, boolean see) {
		actor.scope().requireVisible(parent, "Partner");
		directory.company(parent).letSubAccountsSeeParent(see);
		events.publishEvent(new Audited("PARTNER_SUB_ACCOUNTS_SEE_PARENT", parent.toString(), String.valueOf(see)));
		families.changed();
		return family(parent);
	}

	/** The channel team sets a partner's (or sub-account's) annual sales target; none clears it. */
	@ManageChannel
	@Transactional
	public FamilyView changeSalesTarget(PartnerId id, Money target) {
		directory.company(id).changeSalesTarget(target);
		events.publishEvent(new Audited("PARTNER_SALES_TARGET", id.toString(), String.valueOf(target)));
		return family(id);
	}
}
