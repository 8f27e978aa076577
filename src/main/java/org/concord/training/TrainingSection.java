package org.concord.training;

import java.util.List;
import java.util.Set;

import org.concord.partners.ProfileSection;
import org.concord.partners.ProfileSections;
import org.concord.shared.PartnerId;
import org.concord.shared.web.PortalRoom;
import org.springframework.stereotype.Component;

/** A partner's people's certifications on its profile page: held now, and expired. */
@Component
class TrainingSection implements ProfileSections {

	private final Training training;

	TrainingSection(Training training) {
		this.training = training;
	}

	@Override
	public int position() {
		return 47;
	}

	@Override
	public ProfileSection of(PartnerId partner) {
		List<PersonCertification> held = training.heldBy(partner);
		long valid = held.stream().filter(PersonCertification::valid).count();
		List<ProfileSection.Item> items = held.stream().limit(10).map(h -> new ProfileSection.Item(h.name() + " · "
				+ h.personName(), (h.valid() ? "valid until " : "expired ") + h.expiresOn(),
				"/training/certificates/" + h.id() + ".pdf")).toList();
		return new ProfileSection("training", "Training and certifications",
				List.of(new ProfileSection.Fact("Certifications held", String.valueOf(valid))), items, null, List.of());
	}

	@Override
	public Set<PortalRoom> rooms() {
		return Set.of(PortalRoom.TRAINING);
	}
}
