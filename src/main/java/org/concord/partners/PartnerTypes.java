package org.concord.partners;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.concord.shared.Audited;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.PartnerId;
import org.concord.shared.access.Administer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner types the vendor defines, and what a type decides for its partners. Vendor admins add and change them;
 * everyone may read them (a partner sees its own type's name on its pages).
 */
@Service
public class PartnerTypes {

	private final PartnerTypeRepository types;
	private final PartnerCompanyRepository partners;
	private final PartnerDirectory directory;
	private final ApplicationEventPublisher events;

	PartnerTypes(PartnerTypeRepository types, PartnerCompanyRepository partners, PartnerDirectory directory,
			ApplicationEventPublisher events) {
		this.types = types;
		this.partners = partners;
		this.directory = directory;
		this.events = events;
	}

	/** Every type, in the vendor's order. A short list of the vendor's own making: not paged. */
	@Transactional(readOnly = true)
	public List<PartnerTypeView> list() {
		return types.findAllByOrderByPositionAscNameAsc().stream().map(PartnerType::toView).toList();
	}

	@Transactional(readOnly = true)
	public Optional<PartnerTypeView> find(String code) {
		return code == null ? Optional.empty() : types.findById(code).map(PartnerType::toView);
	}

	@Transactional(readOnly = true)
	public PartnerTypeView get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("Partner type"));
	}

	/** Refuses, naming {@code field}, any of these codes that is not a partner type. */
	@Transactional(readOnly = true)
	public void requireAll(Collection<String> codes, String field) {
		for (String code : codes) {
			if (find(code).isEmpty()) {
				throw new InvalidInputException(field, "There is no partner type " + code + ".");
			}
		}
	}

	/** Whether this partner's type lets it ask the vendor for assistance on its registrations. */
	@Transactional(readOnly = true)
	public boolean mayRequestAssistance(PartnerId partner) {
		return partners.findById(partner.value()).map(p -> p.type().mayRequestAssistance()).orElse(false);
	}

	@Administer
	@Transactional
	public PartnerTypeView add(String code, PartnerTypeDetails details) {
		String normalized = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
		if (normalized != null && types.existsById(normalized)) {
			throw new InvalidInputException("code", "A partner type with this code already exists.");
		}
		requireFreeName(details.name(), null);
		PartnerType type = types.save(new PartnerType(normalized, details, types.lastPosition() + 1));
		events.publishEvent(new Audited("PARTNER_TYPE_ADDED", type.code(), describe(type)));
		return type.toView();
	}

	@Administer
	@Transactional
	public PartnerTypeView change(String code, PartnerTypeDetails details) {
		PartnerType type = types.findById(code).orElseThrow(() -> new NotFoundException("Partner type"));
		requireFreeName(details.name(), code);
		String before = describe(type);
		type.change(details);
		directory.routingChanged(); // lead routing keeps whether each partner's type takes vendor leads
		events.publishEvent(new Audited("PARTNER_TYPE_CHANGED", code, before + " -> " + describe(type)));
		return type.toView();
	}

	private void requireFreeName(String name, String ownCode) {
		if (name == null) {
			return;
		}
		types.findAllByOrderByPositionAscNameAsc().stream()
				.filter(t -> t.name().equalsIgnoreCase(name.strip()) && !t.code().equals(ownCode)).findAny()
				.ifPresent(t -> {
					throw new InvalidInputException("name", "Another partner type is called " + t.name() + ".");
				});
	}

	private static String describe(PartnerType type) {
		return type.name() + (type.takesVendorLeads() ? ", takes vendor leads" : ", no vendor leads")
				+ (type.mayRequestAssistance() ? ", may request assistance" : ", no assistance");
	}
}
