package org.concord.rooms;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.concord.partners.PartnerTier;
import org.concord.shared.InvalidInputException;
import org.concord.shared.web.PortalRoom;

/** How the vendor set one room: its place, its name (and per brand), and the partner types and tiers that see it. */
@Entity
@Table(name = "portal_room")
class RoomSetting {

	static final int LONGEST_NAME = 40;

	@Id
	@Enumerated(EnumType.STRING)
	@Column(name = "room_key")
	private PortalRoom room;

	@Version
	private long version;

	private int position;

	private String name;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "portal_room_brand_name", joinColumns = @JoinColumn(name = "room_key"))
	@MapKeyColumn(name = "brand_code")
	@Column(name = "name")
	private Map<String, String> brandNames = new HashMap<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "portal_room_type", joinColumns = @JoinColumn(name = "room_key"))
	@Column(name = "type_code")
	private Set<String> types = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "portal_room_tier", joinColumns = @JoinColumn(name = "room_key"))
	@Column(name = "tier")
	@Enumerated(EnumType.STRING)
	private Set<PartnerTier> tiers = new HashSet<>();

	protected RoomSetting() {
	}

	/** The settings take effect whole, or not at all; the caller has checked the type and brand codes exist. */
	void change(RoomSettings settings) {
		String newName = name(settings.name(), "name");
		if (settings.position() < 1 || settings.position() > 99) {
			throw new InvalidInputException("position", "Give a place from 1 to 99.");
		}
		Map<String, String> names = new HashMap<>();
		settings.brandNames().forEach((brand, brandName) -> {
			if (brandName != null && !brandName.isBlank()) {
				names.put(brand, name(brandName, "brandNames." + brand));
			}
		});
		if (room.alwaysOpen() && (!settings.types().isEmpty() || !settings.tiers().isEmpty())) {
			throw new InvalidInputException("types", "Everyone lands on the " + room.defaultName()
					+ ": it is open to every type and tier and cannot be hidden.");
		}
		this.name = newName;
		this.position = settings.position();
		this.brandNames.clear();
		this.brandNames.putAll(names);
		this.types.clear();
		this.types.addAll(settings.types());
		this.tiers.clear();
		this.tiers.addAll(settings.tiers());
	}

	void placeAt(int place) {
		this.position = place;
	}

	int position() {
		return position;
	}

	PortalRoom room() {
		return room;
	}

	private static String name(String given, String field) {
		String trimmed = given == null ? "" : given.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInputException(field, "Give the room a name.");
		}
		if (trimmed.length() > LONGEST_NAME) {
			throw new InvalidInputException(field, "Keep a room's name to " + LONGEST_NAME + " characters.");
		}
		return trimmed;
	}

	RoomView toView() {
		return new RoomView(room.name(), name, room.path(), position, Map.copyOf(brandNames), Set.copyOf(types), Set.copyOf(tiers),
				room.alwaysOpen());
	}
}
