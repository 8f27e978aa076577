package org.concord.rooms;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.concord.partners.PartnerDirectory;
import org.concord.partners.PartnerSummary;
import org.concord.partners.PartnerTier;
import org.concord.partners.PartnerTypeView;
import org.concord.partners.PartnerTypes;
import org.concord.shared.Audited;
import org.concord.shared.BrandHosts;
import org.concord.shared.NodeCache;
import org.concord.shared.NotFoundException;
import org.concord.shared.PartnerId;
import org.concord.shared.access.Administer;
import org.concord.shared.web.PortalRoom;
import org.concord.shared.web.RoomAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The room model (seed 002): which rooms each partner type and tier sees, in what order and under what name per
 * brand. A partner person's navigation is built from it, and every room's pages and API ask it before they answer.
 * Each node keeps the settings for half a minute; a change is seen on the node that made it at once.
 */
@Service
public class Rooms implements RoomAccess {

	private final RoomSettingRepository settings;
	private final PartnerDirectory partners;
	private final PartnerTypes types;
	private final BrandHosts brands;
	private final ApplicationEventPublisher events;
	private final NodeCache<List<RoomView>> cached;

	Rooms(RoomSettingRepository settings, PartnerDirectory partners, PartnerTypes types, BrandHosts brands,
			ApplicationEventPublisher events, Clock clock) {
		this.settings = settings;
		this.partners = partners;
		this.types = types;
		this.brands = brands;
		this.events = events;
		this.cached = new NodeCache<>(clock, Duration.ofSeconds(30), at -> load());
	}

	/** Every room in navigation order, as the vendor set it. */
	@Transactional(readOnly = true)
	public List<RoomView> all() {
		return cached.get();
	}

	@Administer
	@Transactional
	public RoomView change(String key, RoomSettings change) {
		PortalRoom room = room(key);
		types.requireAll(change.types(), "types");
		brands.requireAll(change.brandNames().keySet(), "brandNames");
		RoomSetting setting = settings.findById(room).orElseThrow(() -> new NotFoundException("Room"));
		setting.change(change);
		reorder(setting);
		cached.forget();
		RoomView view = setting.toView();
		events.publishEvent(new Audited("ROOM_CHANGED", room.name(), "\"" + view.name() + "\" at " + view.position()
				+ ", types " + (view.types().isEmpty() ? "all" : String.join(",", view.types().stream().sorted().toList()))
				+ ", tiers " + (view.tiers().isEmpty() ? "all" : view.tiers().stream().sorted().map(Enum::name).collect(Collectors.joining(",")))));
		return view;
	}

	/** Moves the room to its new place and numbers every room 1, 2, 3... again, as a list moves an item. */
	private void reorder(RoomSetting moved) {
		List<RoomSetting> order = new ArrayList<>(settings.findAll().stream().filter(other -> other != moved)
				.sorted(Comparator.comparingInt(RoomSetting::position).thenComparing(RoomSetting::room)).toList());
		order.add(Math.min(moved.position() - 1, order.size()), moved);
		for (int i = 0; i < order.size(); i++) {
			order.get(i).placeAt(i + 1);
		}
	}

	/** The rooms a partner company's people see, in order, named for the brand whose portal they are on. */
	@Transactional(readOnly = true)
	public List<NavRoom> navigation(PartnerId partner, String brand) {
		PartnerSummary company = company(partner);
		return all().stream().filter(room -> room.opensTo(company.type(), company.tier()))
				.map(room -> new NavRoom(room.key(), room.nameOn(brand), room.path())).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean opens(PartnerId partner, Set<PortalRoom> any) {
		if (any.stream().anyMatch(PortalRoom::alwaysOpen)) {
			return true;
		}
		PartnerSummary company = company(partner);
		return all().stream().anyMatch(room -> any.contains(PortalRoom.valueOf(room.key()))
				&& room.opensTo(company.type(), company.tier()));
	}

	/** Who sees what: for each partner type, by name, and each tier, the names of the rooms its people see. */
	@Transactional(readOnly = true)
	public Map<String, Map<PartnerTier, List<String>>> audiences() {
		Map<String, Map<PartnerTier, List<String>>> seen = new LinkedHashMap<>();
		List<RoomView> rooms = all();
		for (PartnerTypeView type : types.list()) {
			Map<PartnerTier, List<String>> byTier = new LinkedHashMap<>();
			for (PartnerTier tier : PartnerTier.values()) {
				byTier.put(tier, rooms.stream().filter(room -> room.opensTo(type.code(), tier)).map(RoomView::name).toList());
			}
			seen.put(type.name(), byTier);
		}
		return seen;
	}

	/** Each brand's name by its code, for naming rooms per brand. */
	public Map<String, String> brands() {
		return brands.names();
	}

	/** Read once per request: the room check and the navigation both ask on every page. */
	private PartnerSummary company(PartnerId partner) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = Rooms.class.getName() + ".company." + partner;
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof PartnerSummary known) {
			return known;
		}
		PartnerSummary company = partners.find(partner).orElseThrow(() -> new NotFoundException("Partner"));
		if (request != null) {
			request.setAttribute(key, company, RequestAttributes.SCOPE_REQUEST);
		}
		return company;
	}

	private static PortalRoom room(String key) {
		try {
			return PortalRoom.valueOf(key);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new NotFoundException("Room");
		}
	}

	private List<RoomView> load() {
		return settings.findAll().stream().map(RoomSetting::toView).sorted(Comparator.comparingInt(RoomView::position)
						.thenComparing(view -> PortalRoom.valueOf(view.key()).ordinal()))
				.toList();
	}
}
