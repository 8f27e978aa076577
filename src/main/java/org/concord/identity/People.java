package org.concord.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.concord.notifications.Mail;
import org.concord.notifications.Mailbox;
import org.concord.partners.PartnerDirectory;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.Role;
import org.concord.shared.TeamChanged;
import org.concord.shared.UserId;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.access.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who use Concord. Vendor admins manage everyone; partner admins invite and deactivate their own
 * company's people; everyone else may look. A person outside the caller's scope does not exist for them.
 */
@Service
public class People {

	private final UserAccountRepository users;
	private final OneTimeTokenRepository tokens;
	private final PartnerDirectory partners;
	private final Mailbox mailbox;
	private final AuditLog audit;
	private final SessionTerminator sessions;
	private final ApiTokens apiTokens;
	private final Clock clock;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;

	People(UserAccountRepository users, OneTimeTokenRepository tokens, PartnerDirectory partners, Mailbox mailbox,
			AuditLog audit, SessionTerminator sessions, ApiTokens apiTokens, Clock clock, CurrentActor actor,
			ApplicationEventPublisher events) {
		this.events = events;
		this.actor = actor;
		this.apiTokens = apiTokens;
		this.users = users;
		this.tokens = tokens;
		this.partners = partners;
		this.mailbox = mailbox;
		this.audit = audit;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageView<Person> list(PartnerId partnerFilter, Integer page, Integer size) {
		ConcordUser me = Actors.require();
		Pageable pageable = Paging.of(page, size, Sort.by("displayName"));
		PartnerId partner = partnerFilter != null ? partnerFilter : me.scope().company().orElse(null);
		if (partner != null) {
			actor.scope().requireReadable(partner, "Partner");
			return PageView.of(users.findByPartnerId(partner.value(), pageable), UserAccount::toPerson);
		}
		return PageView.of(users.findAll(pageable), UserAccount::toPerson);
	}

	@Transactional(readOnly = true)
	public Person get(UserId id) {
		return visible(id).toPerson();
	}

	/** Unscoped lookup for other modules' own use (e.g. whom to mail); never hand it to a partner unchecked. */
	@Transactional(readOnly = true)
	public Optional<Person> find(UserId id) {
		return users.findById(id.value()).map(UserAccount::toPerson);
	}

	/** The active people of a partner company, unscoped: whom to tell of something sent to that company. */
	@Transactional(readOnly = true)
	public List<Person> activeMembersOf(PartnerId partner) {
		return users.findByPartnerId(partner.value(), Pageable.unpaged()).stream().map(UserAccount::toPerson)
				.filter(p -> "ACTIVE".equals(p.status())).toList();
	}

	/** The active vendor staff with this role, unscoped: whom to tell of work waiting for them. */
	@Transactional(readOnly = true)
	public List<Person> activeWithRole(Role role) {
		return users.findByRole(role).stream().map(UserAccount::toPerson).filter(p -> "ACTIVE".equals(p.status())).toList();
	}

	@Transactional(readOnly = true)
	public Person me() {
		return visible(Actors.require().userId()).toPerson();
	}

	/** The caller's own settings: time zone, phone, preferred channel. */
	@Transactional(readOnly = true)
	public PersonalSettings mySettings() {
		return visible(Actors.require().userId()).settings();
	}

	@Transactional
	public PersonalSettings changeMySettings(PersonalSettings settings) {
		UserAccount account = visible(Actors.require().userId());
		PersonalSettings before = account.settings();
		account.changeSettings(settings);
		PersonalSettings after = account.settings();
		if (!Objects.equals(before.phone(), after.phone()) || before.preferredChannel() != after.preferredChannel()) {
			teamChanged(account, account.displayName() + " changed how to reach them"
					+ (after.preferredChannel() == null ? "." : ": " + after.preferredChannel().label().toLowerCase(Locale.ROOT) + " preferred."));
		}
		return after;
	}

	/** Creates the account and mails a link, valid for 7 days, to choose a password. */
	@Transactional
	public UserId invite(Invitation invitation, Portal portal) {
		ConcordUser me = Actors.require();
		PartnerId partner = me.isVendorStaff() ? invitation.partnerId() : me.partnerId();
		requireMayManage(me, invitation.role(), partner);
		return sendInvitation(me, invitation, partner, portal);
	}

	/**
	 * The first partner admin of a partner the channel team just made of a prospect: a channel manager may invite
	 * this one person, into a company that has nobody yet.
	 */
	@ManageChannel
	@Transactional
	public UserId inviteFirstAdmin(Invitation invitation, Portal portal) {
		if (invitation.role() != Role.PARTNER_ADMIN || invitation.partnerId() == null) {
			throw new InvalidInputException("role", "The first person of a partner is its partner admin.");
		}
		if (!users.findByPartnerId(invitation.partnerId().value(), Pageable.ofSize(1)).isEmpty()) {
			throw new InvalidInputException("partnerId", "This partner has people already: its admin invites the others.");
		}
		return sendInvitation(Actors.require(), invitation, invitation.partnerId(), portal);
	}

	private UserId sendInvitation(ConcordUser me, Invitation invitation, PartnerId partner, Portal portal) {
		if (partner != null && partners.find(partner).isEmpty()) {
			throw new InvalidInputException("partnerId", "There is no such partner company.");
		}
		if (users.existsByUsername(invitation.username().trim().toLowerCase(Locale.ROOT))) {
			throw new InvalidInputException("username", "This username is taken.");
		}
		UserAccount account = users.save(UserAccount.invite(invitation.username(), invitation.email(),
				invitation.displayName(), invitation.role(), partner, clock.instant()));
		String token = Secrets.newToken("inv_");
		tokens.save(new OneTimeToken(account.userId().value(), Secrets.sha256(token),
				OneTimeToken.Purpose.INVITATION, clock.instant()));
		mailbox.send(new Mail(portal.brand().senderAddress(), account.email(),
				"You are invited to the " + portal.brand().name() + " partner portal",
				"""
						Hello %s,

						%s has invited you to the %s partner portal as %s.
						Your username is: %s

						Choose your password here (the link works once, for 7 days):
						%s

						Questions? Write to %s.
						""".formatted(account.displayName(), me.displayName(), portal.brand().name(),
						account.role().label(), account.username(), portal.link("/invitation?token=" + token),
						portal.brand().supportEmail())));
		audit.record("USER_INVITED", account.username(), "role " + account.role() + partnerNote(partner));
		teamChanged(account, account.displayName() + " was invited as " + account.role().label() + ".");
		return account.userId();
	}

	@Transactional
	public void deactivate(UserId id) {
		ConcordUser me = Actors.require();
		UserAccount account = visible(id);
		requireMayManage(me, account.role(), account.partner());
		if (account.userId().equals(me.userId())) {
			throw new InvalidInputException("id", "You cannot deactivate yourself.");
		}
		account.deactivate();
		apiTokens.revokeAllOf(account);
		sessions.endSessionsOf(account.username());
		audit.record("USER_DEACTIVATED", account.username(), null);
		teamChanged(account, account.displayName() + " left the team.");
	}

	/** Changes a role within its side; the person's sessions end so the new role applies at once. */
	@Transactional
	public void changeRole(UserId id, Role role) {
		ConcordUser me = Actors.require();
		UserAccount account = visible(id);
		requireMayManage(me, account.role(), account.partner());
		requireMayManage(me, role, account.partner());
		Role before = account.role();
		if (before == role) {
			return;
		}
		account.changeRole(role);
		sessions.endSessionsOf(account.username());
		audit.record("ROLE_CHANGED", account.username(), before + " -> " + role);
		teamChanged(account, account.displayName() + " is " + role.label() + " now (was " + before.label() + ").");
	}

	/** A partner person's functional role (sales, technical...), or none: set by whoever manages the person. */
	@Transactional
	public void changeFunctionalRole(UserId id, FunctionalRole functionalRole) {
		ConcordUser me = Actors.require();
		UserAccount account = visible(id);
		requireMayManage(me, account.role(), account.partner());
		account.changeFunctionalRole(functionalRole);
		audit.record("FUNCTIONAL_ROLE_CHANGED", account.username(), functionalRole == null ? "none" : functionalRole.name());
		teamChanged(account, functionalRole == null ? account.displayName() + " has no functional role now."
				: account.displayName() + " works in " + functionalRole.label().toLowerCase(Locale.ROOT) + " now.");
	}

	/** A partner person's team changed: the Contacts room's feed. The vendor's own people belong to no one team. */
	private void teamChanged(UserAccount account, String change) {
		if (account.partner() != null) {
			events.publishEvent(new TeamChanged(account.partner(), account.userId(), change, clock.instant()));
		}
	}

	private UserAccount visible(UserId id) {
		ConcordUser me = Actors.require();
		UserAccount account = users.findById(id.value()).orElseThrow(() -> new NotFoundException("Person"));
		boolean visible = me.isVendorStaff() || (account.partner() != null && me.scope().sees(account.partner()));
		if (!visible) {
			throw new NotFoundException("Person");
		}
		return account;
	}

	/** The policy's {@link Permission#MANAGE_PEOPLE}: a partner admin manages only its own company's partner roles. */
	private static void requireMayManage(ConcordUser me, Role role, PartnerId partner) {
		if (partner != null && !me.scope().sees(partner)) {
			throw new NotFoundException("Partner");
		}
		boolean ownPartnerPeople = me.role().isVendor() || (!role.isVendor() && me.partnerId().equals(partner));
		if (!Permission.MANAGE_PEOPLE.isGrantedTo(me.role()) || !ownPartnerPeople) {
			throw new AccessDeniedException("Only admins manage people");
		}
	}

	private static String partnerNote(PartnerId partner) {
		return partner == null ? " (vendor)" : " at partner " + partner;
	}
}
