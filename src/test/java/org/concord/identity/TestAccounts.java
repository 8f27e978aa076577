package org.concord.identity;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.concord.partners.NewPartner;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerTier;
import org.concord.shared.PartnerId;
import org.concord.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Test fixtures made through the application's own services: fresh partner companies with people (so a
 * test that changes someone does not disturb the demo users), API tokens, and acting as a given user.
 */
@Component
public class TestAccounts {

	public static final String PASSWORD = "concord-demo-2026";

	public record FreshPartner(PartnerId id, String admin, String rep) {
	}

	private final UserAccountRepository users;
	private final UserProvisioning provisioning;
	private final PartnerDirectory partners;
	private final org.concord.partners.SubAccounts subAccounts;
	private final ApiTokens tokens;
	private final OneTimeTokenRepository links;
	private final Clock clock;

	TestAccounts(UserAccountRepository users, UserProvisioning provisioning, PartnerDirectory partners,
			org.concord.partners.SubAccounts subAccounts, ApiTokens tokens, OneTimeTokenRepository links, Clock clock) {
		this.subAccounts = subAccounts;
		this.users = users;
		this.provisioning = provisioning;
		this.partners = partners;
		this.tokens = tokens;
		this.links = links;
		this.clock = clock;
	}

	/** A usable password-reset link's token for this person, as the reset mail would carry it. */
	public String resetToken(String username) {
		return link(users.findByUsername(username).orElseThrow(), OneTimeToken.Purpose.PASSWORD_RESET, "rst_");
	}

	/** A person invited to this partner who has not chosen a password yet, and their invitation link's token. */
	public String invitationToken(PartnerId partner) {
		String username = "inv" + UUID.randomUUID().toString().substring(0, 8);
		UserAccount invited = users.save(UserAccount.invite(username, username + "@invited.example", "Invited " + username,
				Role.PARTNER_REP, partner, clock.instant()));
		return link(invited, OneTimeToken.Purpose.INVITATION, "inv_");
	}

	private String link(UserAccount account, OneTimeToken.Purpose purpose, String prefix) {
		String token = Secrets.newToken(prefix);
		links.save(new OneTimeToken(account.userId().value(), Secrets.sha256(token), purpose, clock.instant()));
		return token;
	}

	public FreshPartner freshPartner() {
		return freshPartner("SALES_PARTNER", PartnerTier.SILVER, "NS");
	}

	/** A fresh partner of this type and tier in this region (a made-up region gives a test its own territory). */
	public FreshPartner freshPartner(String type, PartnerTier tier, String region) {
		String code = "t" + UUID.randomUUID().toString().substring(0, 8);
		PartnerId id = partners.add(new NewPartner("Test Partner " + code, type, tier, "CA", region, "Halifax", null, false));
		provisioning.provision(List.of(
				new Invitation(code + ".admin", code + ".admin@" + code + ".example", "Admin " + code, Role.PARTNER_ADMIN, id),
				new Invitation(code + ".rep", code + ".rep@" + code + ".example", "Rep " + code, Role.PARTNER_REP, id)),
				PASSWORD);
		return new FreshPartner(id, code + ".admin", code + ".rep");
	}

	/** A fresh sub-account (a branch) of this parent, with its own admin and rep. */
	public FreshPartner freshSubAccount(PartnerId parent) {
		String code = "b" + UUID.randomUUID().toString().substring(0, 8);
		PartnerId id = subAccounts.addSubAccountAsInstaller(parent, new NewPartner("Test Branch " + code, "SALES_PARTNER",
				PartnerTier.SILVER, "CA", "NS", "Sydney", null, false));
		provisioning.provision(List.of(
				new Invitation(code + ".admin", code + ".admin@" + code + ".example", "Admin " + code, Role.PARTNER_ADMIN, id),
				new Invitation(code + ".rep", code + ".rep@" + code + ".example", "Rep " + code, Role.PARTNER_REP, id)),
				PASSWORD);
		return new FreshPartner(id, code + ".admin", code + ".rep");
	}

	/** The e-mail address {@link #freshPartner()} gives a person: {@code code.role@code.example}. */
	public static String emailOf(String username) {
		return username + "@" + username.split("\\.")[0] + ".example";
	}

	public String freshVendorUser(Role role) {
		String username = "v" + UUID.randomUUID().toString().substring(0, 8);
		provisioning.provision(List.of(new Invitation(username, username + "@rpm.example", "Staff " + username, role, null)),
				PASSWORD);
		return username;
	}

	public ConcordUser principal(String username) {
		ConcordUser user = users.findByUsername(username).orElseThrow().toPrincipal();
		user.eraseCredentials();
		return user;
	}

	public UUID idOf(String username) {
		return users.findByUsername(username).orElseThrow().userId().value();
	}

	public PartnerId partnerOf(String username) {
		return users.findByUsername(username).orElseThrow().partner();
	}

	public String apiToken(String username) {
		return as(username, () -> tokens.create("test token", null).secret());
	}

	public ApiTokens tokens() {
		return tokens;
	}

	public <T> T as(String username, Supplier<T> action) {
		return provisioning.actingAs(username, action);
	}

	/** The same, for an action that returns nothing. */
	public void as(String username, Runnable action) {
		provisioning.actingAs(username, () -> {
			action.run();
			return null;
		});
	}
}
