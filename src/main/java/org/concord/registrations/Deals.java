package org.concord.registrations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.concord.identity.People;
import org.concord.identity.Person;
import org.concord.partners.PartnerDirectory;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotAllowedException;
import org.concord.shared.PageView;
import org.concord.shared.Paging;
import org.concord.shared.PartnerId;
import org.concord.shared.Role;
import org.concord.shared.UserId;
import org.concord.shared.access.CloseDeals;
import org.concord.shared.access.ManageChannel;
import org.concord.shared.access.MoveDeals;
import org.concord.shared.access.SeeProgram;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working an approved opportunity: the Contact Log, notes, its stage, the partners and the vendor sales rep on it,
 * and closing it won or lost.
 */
@Service
public class Deals {

	private final RegistrationRepository registrations;
	private final VisibleRegistrations visible;
	private final DuplicateCheck duplicates;
	private final PartnerDirectory partners;
	private final People people;
	private final CurrentActor actor;
	private final Clock clock;

	Deals(RegistrationRepository registrations, VisibleRegistrations visible, DuplicateCheck duplicates, PartnerDirectory partners,
			People people, CurrentActor actor, Clock clock) {
		this.registrations = registrations;
		this.visible = visible;
		this.duplicates = duplicates;
		this.partners = partners;
		this.people = people;
		this.actor = actor;
		this.clock = clock;
	}

	@Transactional
	public void logContact(RegistrationId id, LocalDate contactedOn, ContactType type, String summary) {
		Registration registration = visible.find(id);
		registration.logContact(actor.userId(), contactedOn, type, summary, LocalDate.now(clock), clock.instant());
		registrations.save(registration);
	}

	/** A note on the deal after its submission (competition, insights), by anyone who works on it. */
	@Transactional
	public void addNote(RegistrationId id, String text) {
		Registration registration = visible.find(id);
		registration.addNote(actor.userId(), text, clock.instant());
		registrations.save(registration);
	}

	/**
	 * The registering partner moves an opportunity it works; the channel team moves any; a vendor sales rep moves the
	 * ones assigned to them. A stage the vendor sets is told to the partner.
	 */
	@MoveDeals
	@Transactional
	public void changeStage(RegistrationId id, Stage stage) {
		Registration registration = visible.find(id);
		Optional<PartnerId> own = actor.scope().company();
		if (own.isPresent()) {
			registration.requireRegistrant(own.get(), "move its stage");
			registration.requireWorkedByPartner();
		}
		else if (!visible.callerIsChannelTeam() && !registration.isWorkedByVendorRep(actor.userId())) {
			throw new NotAllowedException("A vendor sales rep moves the opportunities assigned to them.");
		}
		registration.changeStage(stage, actor.userId(), own.isEmpty(), clock.instant());
		registrations.save(registration);
	}

	/**
	 * Won. The registering partner closes an opportunity it works; the channel team closes any, always with the reason.
	 * Nobody else does.
	 */
	@CloseDeals
	@Transactional
	public void markWon(RegistrationId id, String note) {
		Registration registration = closable(id);
		if (byChannelTeam()) {
			registration.markWonByChannelTeam(actor.userId(), note, clock.instant());
		}
		else {
			registration.markWon(actor.userId(), note, clock.instant());
		}
		registrations.save(registration);
	}

	/** Lost, and why: the opportunity lets go of its match keys, so it can be registered again. */
	@CloseDeals
	@Transactional
	public void markLost(RegistrationId id, String note) {
		Registration registration = closable(id);
		if (byChannelTeam()) {
			registration.markLostByChannelTeam(actor.userId(), note, clock.instant());
		}
		else {
			registration.markLost(actor.userId(), note, clock.instant());
		}
		duplicates.release(registration);
		registrations.save(registration);
	}

	/** The registration, when the caller may close it: the channel team any, a partner only one it registered and works. */
	private Registration closable(RegistrationId id) {
		Registration registration = visible.find(id);
		actor.scope().company().ifPresent(own -> {
			registration.requireRegistrant(own, "close it");
			registration.requireWorkedByPartner();
		});
		return registration;
	}

	private boolean byChannelTeam() {
		return actor.scope().company().isEmpty();
	}

	/** The vendor brings another partner in to work the opportunity (influence or co-sell credit). */
	@ManageChannel
	@Transactional
	public void invitePartner(RegistrationId id, PartnerId partner, UserId rep, AttributionRole role) {
		Registration registration = visible.find(id);
		if (partners.find(partner).isEmpty()) {
			throw new InvalidInputException("partnerId", "There is no such partner.");
		}
		if (rep != null && people.find(rep).map(Person::partnerId).filter(partner::equals).isEmpty()) {
			throw new InvalidInputException("repId", "Choose a rep of the invited partner.");
		}
		registration.invitePartner(partner.value(), rep == null ? null : rep.value(), role, clock.instant());
		registrations.save(registration);
	}

	/** "We'll assign this": the channel team gives a prospect assigned to the vendor to one of its sales reps. */
	@ManageChannel
	@Transactional
	public void assignVendorRep(RegistrationId id, UserId rep) {
		Registration registration = visible.find(id);
		boolean salesRep = rep != null && people.find(rep).map(p -> p.role() == Role.VENDOR_SALES_REP
				&& "ACTIVE".equals(p.status())).orElse(false);
		if (!salesRep) {
			throw new InvalidInputException("repId", "Choose one of the vendor's active sales reps.");
		}
		registration.assignVendorRep(rep, actor.userId(), clock.instant());
		registrations.save(registration);
	}

	/** A vendor sales rep's queue: the opportunities assigned to them, still open, by expected close date. */
	@SeeProgram
	@Transactional(readOnly = true)
	public PageView<RegistrationSummary> assignedToMe(Integer page, Integer size) {
		return PageView.of(registrations.findByAssignmentVendorRepIdAndStatusIn(actor.userId().value(), List.of(RegistrationStatus.SUBMITTED,
				RegistrationStatus.APPROVED, RegistrationStatus.ACTIVE), Paging.of(page, size, Sort.by("expectedCloseDate"))),
				Registration::toSummary);
	}
}
