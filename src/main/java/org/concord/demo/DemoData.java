package org.concord.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.concord.content.Library;
import org.concord.content.ResourceCategory;
import org.concord.content.ResourceDraft;
import org.concord.identity.BrandDetails;
import org.concord.identity.Brands;
import org.concord.identity.Invitation;
import org.concord.identity.UserProvisioning;
import org.concord.partners.NewPartner;
import org.concord.partners.PartnerAccounts;
import org.concord.partners.NewProspect;
import org.concord.partners.PartnerDirectory;
import org.concord.partners.ProspectStage;
import org.concord.partners.Prospects;
import org.concord.partners.PartnerTier;
import org.concord.partners.RoutingProfile;
import org.concord.partners.SubAccounts;
import org.concord.rooms.AnnouncementDraft;
import org.concord.rooms.Announcements;
import org.concord.scoring.Scorecards;
import org.concord.scoring.TierAssessments;
import org.concord.shared.PartnerId;
import org.concord.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo vendor, its partners and people, and a pipeline to look at ({@link DemoPipeline}): on the first
 * start of the embedded H2 default (an empty database), or when the {@code demo} profile is named, on any database.
 * Never with the {@code prod} profile, never with {@code concord.demo-data=never}, and never a second time. Every
 * demo login uses {@link #PASSWORD}, which everyone can read here: demo accounts must not appear by accident on a
 * database that holds a vendor's real program.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "concord-demo-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Brands brands;
	private final PartnerDirectory partners;
	private final PartnerAccounts accounts;
	private final UserProvisioning users;
	private final DemoPipeline pipeline;
	private final Prospects prospects;
	private final SubAccounts subAccounts;
	private final TierAssessments tiers;
	private final Scorecards scorecards;
	private final Announcements announcements;
	private final Library library;
	private final String mode;
	private final Environment environment;

	DemoData(Brands brands, PartnerDirectory partners, PartnerAccounts accounts, UserProvisioning users,
			DemoPipeline pipeline, Prospects prospects, SubAccounts subAccounts, TierAssessments tiers, Scorecards scorecards, Announcements announcements,
			Library library, @Value("${concord.demo-data:first-start}") String mode, Environment environment) {
		this.announcements = announcements;
		this.library = library;
		this.prospects = prospects;
		this.subAccounts = subAccounts;
		this.tiers = tiers;
		this.scorecards = scorecards;
		this.pipeline = pipeline;
		this.brands = brands;
		this.partners = partners;
		this.accounts = accounts;
		this.users = users;
		this.mode = mode;
		this.environment = environment;
	}

	/** Where the demo data may load: see the class comment. */
	static boolean wanted(Set<String> profiles, String databaseUrl, String mode, boolean loaded, boolean anyUser) {
		if (profiles.contains("prod") || "never".equals(mode) || loaded) {
			return false;
		}
		return profiles.contains("demo") || (databaseUrl.startsWith("jdbc:h2:") && !anyUser);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		boolean wanted = wanted(Set.of(environment.getActiveProfiles()), environment.getProperty("spring.datasource.url", ""),
				mode, brands.exists("lighthouse"), users.anyUserExists());
		if (wanted) {
			load();
			log.info("Demo data loaded: log in at http://lighthouse.localhost:8080 as northwind.admin / {}", PASSWORD);
		}
	}

	private void load() {
		brand("lighthouse", "Lighthouse HSE", "lighthouse.localhost", "#0B5FA5", "#F2A900", "lighthousehse.com", true);
		brand("cube", "CubeDMS", "cube.localhost", "#2E7D32", "#8BC34A", "cubedms.com", false);
		brand("quartz", "QuartzQMS", "quartz.localhost", "#6A1B9A", "#E91E63", "quartzqms.com", false);

		List<Invitation> people = new ArrayList<>();
		people.add(new Invitation("admin", "admin@rpm.example", "Avery Admin", Role.VENDOR_ADMIN, null));
		// a second vendor admin: payouts need two (one prepares, the other approves)
		people.add(new Invitation("finance", "finance@rpm.example", "Finley Finance", Role.VENDOR_ADMIN, null));
		people.add(new Invitation("channel", "channel@rpm.example", "Casey Channel", Role.CHANNEL_MANAGER, null));
		people.add(new Invitation("sales", "sales@rpm.example", "Sasha Sales", Role.VENDOR_SALES_REP, null));

		PartnerId northwind = partner(people, "northwind", "Northwind Safety Consulting", "SALES_PARTNER",
				PartnerTier.GOLD, "NS", "Halifax", "Nina North", "Ned North", "Nora North");
		PartnerId harbour = partner(people, "harbour", "Harbour Compliance Group", "APPLICATION_PARTNER",
				PartnerTier.PLATINUM, "ON", "Toronto", "Hank Harbour", "Holly Harbour");
		// where they take leads from the vendor, and what they know (lead routing)
		partners.setUpRouting(northwind, new RoutingProfile(Set.of("b3", "b4", "e1"), 44.65, -63.58,
				Set.of("lighthouse", "cube"), Set.of("construction", "manufacturing", "healthcare"), Set.of("iso 45001"), 10, true));
		partners.setUpRouting(harbour, new RoutingProfile(Set.of("m", "l", "k"), 43.65, -79.38,
				Set.of("lighthouse", "cube", "quartz"), Set.of("manufacturing", "energy"), Set.of("iso 9001"), 15, true));
		// Northwind's Cape Breton branch: a sub-account with its own people (its admin and rep see their own company)
		PartnerId capeBreton = subAccounts.addSubAccountAsInstaller(northwind, new NewPartner("Northwind Cape Breton",
				"SALES_PARTNER", PartnerTier.GOLD, "CA", "NS", "Sydney", null, false));
		people.add(new Invitation("capebreton.admin", "capebreton.admin@northwind.example", "Cora Breton", Role.PARTNER_ADMIN,
				capeBreton));
		people.add(new Invitation("capebreton.rep", "capebreton.rep@northwind.example", "Cal Breton", Role.PARTNER_REP,
				capeBreton));
		partner(people, "summit", "Summit Quality Systems", "RESELLER", PartnerTier.SILVER, "AB", "Calgary",
				"Sue Summit", "Steve Summit");
		partner(people, "maple", "Maple Integrators", "SYSTEM_INTEGRATOR", PartnerTier.GOLD, "BC", "Vancouver",
				"Mark Maple", "Mia Maple");
		partner(people, "atlantic", "Atlantic Referral Partners", "REFERRAL_PARTNER", PartnerTier.BRONZE,
				"NB", "Moncton", "Amy Atlantic", "Alex Atlantic");
		users.provision(people, PASSWORD);
		// Casey Channel looks after the two partners that take leads; the others wait for an account manager
		users.actingAs("channel", () -> {
			accounts.lookAfter(northwind);
			accounts.lookAfter(harbour);
			recruitment();
			return null;
		});
		pipeline.load();
		// the first tier assessment and scorecards, as the monthly jobs would make them: the channel team finds its
		// proposals waiting, each partner its scorecard
		users.actingAs("admin", tiers::assessNow);
		users.actingAs("admin", scorecards::computeNow);
		users.actingAs("channel", () -> announcements.post(new AnnouncementDraft("New price lists from 1 January",
				"The 2027 price lists for **Lighthouse HSE**, **CubeDMS** and **QuartzQMS** take effect on 1 January.\n\n"
						+ "- Registrations made before then keep today's prices\n- Ask your account manager about multi-year terms",
				true, null, null, null, null, null)));
		users.actingAs("channel", () -> announcements.post(new AnnouncementDraft("Gold and Platinum partner summit",
				"Join us in Halifax in March: roadmap, certification sessions and the partner awards.", false, null, null, null,
				Set.of(PartnerTier.GOLD, PartnerTier.PLATINUM), null)));
		users.actingAs("channel", () -> {
			library.add(new ResourceDraft("CubeDMS product brochure", "The two-page brochure for first meetings.",
					ResourceCategory.MARKETING, "brochure, cubedms", "https://cubedms.example/brochure", null, null, null, null), null);
			library.add(new ResourceDraft("Lighthouse HSE battle card", "How Lighthouse HSE answers the three competitors you meet most.",
					ResourceCategory.SALES_TOOLS, "competition, lighthouse", "https://lighthousehse.example/battle-card", null, null, null,
					null), null);
			return library.add(new ResourceDraft("Integration guide", "Connecting QuartzQMS to ERP systems through its API.",
					ResourceCategory.TECHNICAL, "api, quartzqms", "https://quartzqms.example/integration", null, null, null, null), null);
		});
	}

	/** A recruitment pipeline: prospects in several stages, one of them a partner already, one declined. */
	private void recruitment() {
		prospect("Bluenose Safety Services", "Bev Bluenose", "bev@bluenose.example", "https://bluenose.example", "NS",
				"RESELLER");
		move(prospect("Fundy Compliance Co", "Finn Fundy", "finn@fundycompliance.example", "https://fundycompliance.example",
				"NB", "SALES_PARTNER"), ProspectStage.QUALIFIED, null);
		UUID prairie = prospect("Prairie Risk Advisors", "Pia Prairie", "pia@prairierisk.example", null, "SK", "SYSTEM_INTEGRATOR");
		move(prairie, ProspectStage.QUALIFIED, null);
		move(prairie, ProspectStage.APPLICATION, null);
		prospects.log(prairie, "MEETING", "Demo of the partner program; they sent the application form back the same week.");
		prospect("Northwind Safety Consulting Ltd", "Nils North", "nils@northwind.example", null, "NS", null);
		move(prospect("Granite Audit Partners", "Gus Granite", "gus@graniteaudit.example", null, "NL", "REFERRAL_PARTNER"),
				ProspectStage.DECLINED, "Only resells a competitor's suite");
	}

	private UUID prospect(String company, String contact, String email, String website, String region, String type) {
		return UUID.fromString(prospects.add(new NewProspect(company, contact, email, null, website, "CA", region, null, null,
				type, null)).id());
	}

	private void move(UUID prospect, ProspectStage stage, String reason) {
		prospects.move(prospect, stage, reason);
	}

	private void brand(String code, String name, String host, String primary, String accent, String domain,
			boolean defaultBrand) {
		brands.create(code, new BrandDetails(name, host, primary, accent, "partner@" + domain, "no-reply@" + domain),
				defaultBrand, logo(code), "image/svg+xml");
	}

	/** The company, its admin ({@code <code>.admin}) and reps ({@code <code>.rep}, {@code <code>.rep2}). */
	private PartnerId partner(List<Invitation> people, String code, String name, String type, PartnerTier tier,
			String region, String city, String admin, String... reps) {
		PartnerId id = partners.add(new NewPartner(name, type, tier, "CA", region, city, "https://" + code + ".example", false));
		people.add(new Invitation(code + ".admin", code + ".admin@" + code + ".example", admin, Role.PARTNER_ADMIN, id));
		for (int i = 0; i < reps.length; i++) {
			String username = code + ".rep" + (i == 0 ? "" : String.valueOf(i + 1));
			people.add(new Invitation(username, username + "@" + code + ".example", reps[i], Role.PARTNER_REP, id));
		}
		return id;
	}

	private static byte[] logo(String code) {
		try {
			return new ClassPathResource("demo/logos/" + code + ".svg").getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
