package org.concord.partners;

import java.time.LocalDate;
import java.util.List;

import org.concord.shared.Audited;
import org.concord.shared.CurrentActor;
import org.concord.shared.NotFoundException;
import org.concord.shared.PartnerId;
import org.concord.shared.access.ManageChannel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certifications partner companies hold and when each expires: recorded by the channel team, seen by the partner,
 * and counted by lead routing as expertise until they expire.
 */
@Service
public class CompanyCertifications {

	private final PartnerCompanyRepository partners;
	private final PartnerDirectory directory;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;

	CompanyCertifications(PartnerCompanyRepository partners, PartnerDirectory directory, CurrentActor actor,
			ApplicationEventPublisher events) {
		this.partners = partners;
		this.directory = directory;
		this.actor = actor;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<CertificationView> of(PartnerId id) {
		actor.scope().requireReadable(id, "Partner");
		return company(id).certificationsHeld();
	}

	/** The partner holds this certification until the day given (none: it does not expire). */
	@ManageChannel
	@Transactional
	public List<CertificationView> hold(PartnerId id, String name, LocalDate expiresOn) {
		PartnerCompany company = company(id);
		company.holdCertification(name, expiresOn);
		directory.routingChanged(); // lead routing counts the unexpired certifications as expertise
		events.publishEvent(new Audited("PARTNER_CERTIFICATION", id.toString(), name.strip()
				+ (expiresOn == null ? ", no expiry" : ", expires " + expiresOn)));
		return company.certificationsHeld();
	}

	@ManageChannel
	@Transactional
	public List<CertificationView> drop(PartnerId id, String name) {
		PartnerCompany company = company(id);
		company.dropCertification(name);
		directory.routingChanged();
		events.publishEvent(new Audited("PARTNER_CERTIFICATION_DROPPED", id.toString(), name));
		return company.certificationsHeld();
	}

	private PartnerCompany company(PartnerId id) {
		return partners.findById(id.value()).orElseThrow(() -> new NotFoundException("Partner"));
	}
}
