package org.concord.shared.access;

import static org.concord.shared.Role.CHANNEL_MANAGER;
import static org.concord.shared.Role.PARTNER_ADMIN;
import static org.concord.shared.Role.PARTNER_REP;
import static org.concord.shared.Role.VENDOR_ADMIN;
import static org.concord.shared.Role.VENDOR_SALES_REP;

import java.util.EnumSet;
import java.util.Set;

import org.concord.shared.Role;

/**
 * Who may do what: the one policy. Each permission names the roles it is granted to; a service operation asks for
 * one by its annotation ({@link ManageChannel}, {@link Administer}...), the web layer's rules ask the same policy,
 * and the isolation matrix derives every actor's expected answer from it. Which records a permitted person then
 * sees is the {@link org.concord.shared.PartnerScope}'s concern: another partner's record answers 404.
 */
public enum Permission {

	/** Run the program: settings, program terms, payouts, brands, the audit log, the mailbox. */
	ADMINISTER(VENDOR_ADMIN),

	/** Manage the channel: review registrations, route leads, record contracts and payments, manage partners. */
	MANAGE_CHANNEL(VENDOR_ADMIN, CHANNEL_MANAGER),

	/** See the whole program as the vendor: every partner's pipeline, reports, the deals assigned to a sales rep. */
	SEE_PROGRAM(VENDOR_ADMIN, CHANNEL_MANAGER, VENDOR_SALES_REP),

	/** Work as a partner: register opportunities, take leads, renew, ask for assistance. */
	WORK_AS_PARTNER(PARTNER_ADMIN, PARTNER_REP),

	/** Close a deal as won or lost: its partner, or the channel team saying why. */
	CLOSE_DEALS(VENDOR_ADMIN, CHANNEL_MANAGER, PARTNER_ADMIN, PARTNER_REP),

	/** Move a deal through the stages: its partner, the channel team, or the sales rep it is assigned to. */
	MOVE_DEALS(Role.values()),

	/** Invite people, change their roles, deactivate them: the vendor admin anyone, a partner admin their own. */
	MANAGE_PEOPLE(VENDOR_ADMIN, PARTNER_ADMIN),

	/** Switch a partner's lead flow on or off: the channel team, or the partner's admin for their company. */
	SWITCH_LEAD_FLOW(VENDOR_ADMIN, CHANNEL_MANAGER, PARTNER_ADMIN),

	/**
	 * Edit a partner company's profile: the channel team all of it, a partner admin its own company's contact
	 * details (address, phone, e-mail, website).
	 */
	EDIT_COMPANY(VENDOR_ADMIN, CHANNEL_MANAGER, PARTNER_ADMIN),

	/** Use the portal at all: anyone signed in. */
	USE_PORTAL(Role.values());

	private final Set<Role> roles;

	Permission(Role... roles) {
		this.roles = EnumSet.of(roles[0], roles);
	}

	public boolean isGrantedTo(Role role) {
		return roles.contains(role);
	}

	public Set<Role> roles() {
		return EnumSet.copyOf(roles);
	}

	/** The role names, for Spring Security's {@code hasAnyRole}. */
	public String[] roleNames() {
		return roles.stream().map(Role::name).toArray(String[]::new);
	}
}
