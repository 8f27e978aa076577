package org.concord.partners;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.concord.shared.InvalidInputException;
import org.concord.shared.ConflictingRequestException;

/**
 * A company that may become a partner. It keeps its own history: every stage move, owner change, note and activity
 * is an entry. It is converted once, into the partner company it then points to.
 */
@Entity
@Table(name = "prospect")
class Prospect {

	@Id
	private UUID id;

	private String companyName;

	private String contactName;

	private String email;

	private String phone;

	private String website;

	private String country;

	private String region;

	private String city;

	private Integer employees;

	private String interestedType;

	private String message;

	@Enumerated(EnumType.STRING)
	private ProspectSource source;

	private String brand;

	@Enumerated(EnumType.STRING)
	private ProspectStage stage;

	private Instant stageSince;

	private UUID ownerId;

	private Instant createdAt;

	private UUID partnerId;

	private String matchNote;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "prospect_id", nullable = false)
	@OrderBy("seq asc")
	private List<ProspectEntry> entries = new ArrayList<>();

	protected Prospect() {
	}

	Prospect(NewProspect details, ProspectSource source, String brand, UUID owner, UUID by, Instant now) {
		this.id = UUID.randomUUID();
		this.companyName = details.companyName().strip();
		this.contactName = details.contactName().strip();
		this.email = details.email().strip().toLowerCase(Locale.ROOT);
		this.phone = blankToNull(details.phone());
		this.website = blankToNull(details.website());
		this.country = details.country();
		this.region = blankToNull(details.region());
		this.city = blankToNull(details.city());
		this.employees = details.employees();
		this.interestedType = blankToNull(details.interestedType());
		this.message = blankToNull(details.message());
		this.source = source;
		this.brand = brand;
		this.stage = ProspectStage.NEW;
		this.stageSince = now;
		this.ownerId = owner;
		this.createdAt = now;
		this.entries.add(new ProspectEntry(entries.size() + 1, ProspectEntry.Kind.CREATED, null, ProspectStage.NEW, source.label(), by, now));
	}

	UUID id() {
		return id;
	}

	ProspectStage stage() {
		return stage;
	}

	String companyName() {
		return companyName;
	}

	String website() {
		return website;
	}

	String email() {
		return email;
	}

	String phone() {
		return phone;
	}

	String contactName() {
		return contactName;
	}

	String brand() {
		return brand;
	}

	String country() {
		return country;
	}

	String region() {
		return region;
	}

	String city() {
		return city;
	}

	String interestedType() {
		return interestedType;
	}

	UUID ownerId() {
		return ownerId;
	}

	List<ProspectEntry> entries() {
		return List.copyOf(entries);
	}

	void noteMatches(String note) {
		this.matchNote = note == null || note.length() <= 300 ? note : note.substring(0, 297) + "...";
	}

	/**
	 * The channel team moves it: among the stages before conversion, or from Onboarding to Active once converted; a
	 * decline says why, and a declined prospect can be taken up again as New.
	 */
	void moveTo(ProspectStage to, String reason, UUID by, Instant now) {
		if (to == null) {
			throw new InvalidInputException("stage", "Choose the stage.");
		}
		if (to == stage) {
			return;
		}
		boolean allowed = switch (to) {
			case NEW, QUALIFIED, APPLICATION, AGREEMENT -> stage.isBeforeConversion() || (stage == ProspectStage.DECLINED && to == ProspectStage.NEW);
			case DECLINED -> stage.isBeforeConversion();
			case ACTIVE -> stage == ProspectStage.ONBOARDING;
			case ONBOARDING -> false;
		};
		if (!allowed) {
			throw new ConflictingRequestException("stage", switch (to) {
				case ONBOARDING -> "A prospect reaches Onboarding by being converted into a partner.";
				case ACTIVE -> "Only a prospect converted into a partner becomes Active.";
				default -> stage == ProspectStage.DECLINED ? "A declined prospect is taken up again as New."
						: "This prospect is a partner already; it stays in " + stage.label() + " or becomes Active.";
			});
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (to == ProspectStage.DECLINED && why == null) {
			throw new InvalidInputException("reason", "Say why the prospect is declined.");
		}
		enter(to, why, by, now);
	}

	private void enter(ProspectStage to, String text, UUID by, Instant now) {
		entries.add(new ProspectEntry(entries.size() + 1, ProspectEntry.Kind.STAGE, stage, to, text, by, now));
		this.stage = to;
		this.stageSince = now;
	}

	void assignOwner(UUID owner, String ownerName, UUID by, Instant now) {
		if (owner != null && owner.equals(ownerId)) {
			return;
		}
		this.ownerId = owner;
		entries.add(new ProspectEntry(entries.size() + 1, ProspectEntry.Kind.OWNER, null, null, owner == null ? "Nobody" : ownerName, by, now));
	}

	void log(ProspectEntry.Kind kind, String text, UUID by, Instant now) {
		if (kind == null || !kind.isActivity()) {
			throw new InvalidInputException("kind", "Choose a note, a call, a meeting or an e-mail.");
		}
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("text", "Write what happened.");
		}
		if (text.strip().length() > 2000) {
			throw new InvalidInputException("text", "Keep it to 2,000 characters.");
		}
		entries.add(new ProspectEntry(entries.size() + 1, kind, null, null, text.strip(), by, now));
	}

	/** It became this partner: it moves to Onboarding, and can no longer be converted. */
	void converted(UUID partner, String partnerName, UUID by, Instant now) {
		if (!stage.mayConvert()) {
			throw new ConflictingRequestException("stage", partnerId != null ? "This prospect is a partner already."
					: "Qualify the prospect before converting it.");
		}
		this.partnerId = partner;
		entries.add(new ProspectEntry(entries.size() + 1, ProspectEntry.Kind.CONVERTED, null, null, partnerName, by, now));
		enter(ProspectStage.ONBOARDING, null, by, now);
	}

	ProspectView toView(String ownerName) {
		return new ProspectView(id.toString(), companyName, contactName, email, phone, website, country, region, city,
				employees, interestedType, message, source, brand, stage, stageSince,
				ownerId == null ? null : ownerId.toString(), ownerName, createdAt,
				partnerId == null ? null : partnerId.toString(), matchNote);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
