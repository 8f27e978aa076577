package org.concord.registrations;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.concord.partners.PartnerDirectory;
import org.concord.shared.Audited;
import org.concord.shared.CurrentActor;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PageView;
import org.concord.shared.PartnerId;
import org.concord.shared.access.Administer;
import org.concord.shared.access.ManageChannel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor's registration settings (SLA, protection, warnings, returns, daily cap, renewals, assistance, its name,
 * currencies, auto-approval), the Opportunity Source list, and the daily caps raised for single partners.
 */
@Service
public class RegistrationSettings {

	private final ProgramSettingsRepository settings;
	private final OpportunitySourceRepository sources;
	private final PartnerSubmissionCapRepository caps;
	private final PartnerDirectory partners;
	private final CurrentActor actor;
	private final ApplicationEventPublisher events;

	RegistrationSettings(ProgramSettingsRepository settings, OpportunitySourceRepository sources, PartnerSubmissionCapRepository caps,
			PartnerDirectory partners, CurrentActor actor, ApplicationEventPublisher events) {
		this.settings = settings;
		this.sources = sources;
		this.caps = caps;
		this.partners = partners;
		this.actor = actor;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public RegistrationSettingsView current() {
		return settings.current().toView();
	}

	/** The currencies partners register in and the vendor enters leads in (a vendor setting, ISO 4217). */
	@Transactional(readOnly = true)
	public List<String> currencies() {
		return settings.current().currencies();
	}

	/** The vendor's name as partners see it, e.g. in "Sales Partner Assigns to RPM". */
	@Transactional(readOnly = true)
	public String vendorName() {
		return settings.current().vendorName();
	}

	@Administer
	@Transactional
	public void change(RegistrationSettingsView changed) {
		ProgramSettings current = settings.current();
		RegistrationSettingsView before = current.toView();
		current.change(changed.autoApprove(), changed.approvalSlaHours(), changed.protectionDays(),
				changed.warningDays(), changed.renewalActivityDays());
		current.changeRules(changed);
		events.publishEvent(new Audited("REGISTRATION_SETTINGS_CHANGED", "registration settings", before + " -> " + current.toView()));
	}

	@Transactional(readOnly = true)
	public List<OpportunitySourceView> opportunitySources() {
		return sources.findByActiveTrueOrderByLabel().stream().map(OpportunitySource::toView).toList();
	}

	@Transactional(readOnly = true)
	public List<OpportunitySourceView> allOpportunitySources() {
		return sources.findAll(Sort.by("label")).stream().map(OpportunitySource::toView).toList();
	}

	@Administer
	@Transactional
	public void addOpportunitySource(String label) {
		if (label == null || label.isBlank() || label.length() > 100) {
			throw new InvalidInputException("label", "Name the source in up to 100 characters.");
		}
		String code = label.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
		if (code.isEmpty() || sources.existsById(code)) {
			throw new InvalidInputException("label", "This source exists already.");
		}
		sources.save(new OpportunitySource(code, label.trim()));
		events.publishEvent(new Audited("OPPORTUNITY_SOURCE_ADDED", code, label.trim()));
	}

	@Administer
	@Transactional
	public void retireOpportunitySource(String code) {
		sources.findById(code).orElseThrow(() -> new NotFoundException("Opportunity source")).retire();
		events.publishEvent(new Audited("OPPORTUNITY_SOURCE_RETIRED", code, null));
	}

	/** The vendor raises (or sets back) one partner's daily cap on registrations. */
	@ManageChannel
	@Transactional
	public void setDailyCap(PartnerId partner, int cap) {
		if (partners.find(partner).isEmpty()) {
			throw new NotFoundException("Partner");
		}
		if (cap < 1 || cap > 100_000) {
			throw new InvalidInputException("dailyCap", "Enter at least 1 registration a day.");
		}
		caps.findById(partner.value()).ifPresentOrElse(existing -> existing.change(cap),
				() -> caps.save(new PartnerSubmissionCap(partner.value(), cap)));
		events.publishEvent(new Audited("DAILY_CAP_SET", partner.toString(), cap + " registrations a day"));
	}

	/** Every partner's daily cap, a page at a time, for the settings page. */
	@ManageChannel
	@Transactional(readOnly = true)
	public PageView<PartnerDailyCap> dailyCaps(Integer page) {
		var partnersPage = partners.list(page, 20);
		int programCap = settings.current().dailySubmissionCap();
		Map<UUID, Integer> raised = new HashMap<>();
		caps.findAllById(partnersPage.content().stream().map(p -> p.id().value()).toList())
				.forEach(cap -> raised.put(cap.partnerId(), cap.dailyCap()));
		return new PageView<>(partnersPage.content().stream()
				.map(p -> new PartnerDailyCap(p.id().toString(), p.name(), raised.getOrDefault(p.id().value(), programCap),
						raised.containsKey(p.id().value())))
				.toList(), partnersPage.page(), partnersPage.size(), partnersPage.totalElements(), partnersPage.totalPages());
	}

	/** A partner's daily cap on registrations: its own, or the program's. */
	@Transactional(readOnly = true)
	public int dailyCapOf(PartnerId partner) {
		actor.scope().requireVisible(partner, "Partner");
		return caps.findById(partner.value()).map(PartnerSubmissionCap::dailyCap).orElseGet(() -> settings.current().dailySubmissionCap());
	}
}
