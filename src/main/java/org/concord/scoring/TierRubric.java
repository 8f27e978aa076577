package org.concord.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.concord.partners.PartnerTier;
import org.concord.shared.InvalidInputException;

/**
 * Seed 004's tier qualification rubric, as the vendor set it: for each criterion, bands that turn the measured value into
 * points (a value from a band's start up to the next band's earns that band's points); the tier thresholds on the
 * total out of 100; how long a downgrade waits; the currency revenue is counted in; how many certifications make "all".
 */
public record TierRubric(Map<TierCriterion, List<Band>> bands, int silverFrom, int goldFrom, int platinumFrom,
		int graceMonths, String revenueCurrency, int allCertifications) {

	/** The total of the criteria's top points: a tier score is out of this. */
	public static final int OUT_OF = 100;

	/** From {@code from} (inclusive) on, a value earns {@code points}. */
	public record Band(BigDecimal from, int points) {

		public Band {
			from = from.stripTrailingZeros();
		}
	}

	public TierRubric {
		Map<TierCriterion, List<Band>> sorted = new EnumMap<>(TierCriterion.class);
		bands.forEach((criterion, list) -> sorted.put(criterion, list.stream()
				.sorted(Comparator.comparing(Band::from)).toList()));
		bands = Map.copyOf(sorted);
	}

	/** The checks a vendor's change must pass, each naming the field that fails it. */
	TierRubric validated() {
		for (TierCriterion criterion : TierCriterion.values()) {
			List<Band> of = bands.getOrDefault(criterion, List.of());
			String field = "bands." + criterion.name();
			if (of.isEmpty()) {
				throw new InvalidInputException(field, criterion.label() + " needs at least one band.");
			}
			for (int i = 0; i < of.size(); i++) {
				if (of.get(i).points() < 0) {
					throw new InvalidInputException(field, criterion.label() + ": points cannot be negative.");
				}
				if (i > 0 && of.get(i).from().compareTo(of.get(i - 1).from()) == 0) {
					throw new InvalidInputException(field, criterion.label() + ": two bands start at " + of.get(i).from().toPlainString() + ".");
				}
				if (i > 0 && of.get(i).points() < of.get(i - 1).points()) {
					throw new InvalidInputException(field, criterion.label() + ": a higher band cannot earn fewer points.");
				}
			}
		}
		int total = Arrays.stream(TierCriterion.values()).mapToInt(this::maxPoints).sum();
		if (total != OUT_OF) {
			throw new InvalidInputException("bands", "The criteria's top points add up to " + total + "; they must add up to "
					+ OUT_OF + ".");
		}
		if (!(0 < silverFrom && silverFrom < goldFrom && goldFrom < platinumFrom && platinumFrom <= OUT_OF)) {
			throw new InvalidInputException("thresholds", "Silver, Gold and Platinum must start at rising scores between 1 and "
					+ OUT_OF + ".");
		}
		if (graceMonths < 0 || graceMonths > 24) {
			throw new InvalidInputException("graceMonths", "The grace period is 0 to 24 months.");
		}
		if (revenueCurrency == null || !revenueCurrency.matches("[A-Z]{3}")) {
			throw new InvalidInputException("revenueCurrency", "Give the currency as its ISO 4217 code, e.g. CAD.");
		}
		if (allCertifications < 1) {
			throw new InvalidInputException("allCertifications", "At least one certification makes \"all\".");
		}
		return this;
	}

	/** The points a measured value earns; no value (nobody answered the NPS question) earns none. */
	public int points(TierCriterion criterion, BigDecimal value) {
		Band band = bandOf(criterion, value);
		return band == null ? 0 : band.points();
	}

	/** The criterion's top points: its weight in the total. */
	public int maxPoints(TierCriterion criterion) {
		return bands.getOrDefault(criterion, List.of()).stream().mapToInt(Band::points).max().orElse(0);
	}

	/** The band above the one the value is in, or none at the top (or with no value). */
	public Band nextBand(TierCriterion criterion, BigDecimal value) {
		if (value == null) {
			return null;
		}
		return bands.getOrDefault(criterion, List.of()).stream().filter(b -> b.from().compareTo(value) > 0)
				.filter(b -> b.points() > points(criterion, value)).findFirst().orElse(null);
	}

	private Band bandOf(TierCriterion criterion, BigDecimal value) {
		if (value == null) {
			return null;
		}
		Band found = null;
		for (Band band : bands.getOrDefault(criterion, List.of())) {
			if (band.from().compareTo(value) <= 0) {
				found = band;
			}
		}
		return found;
	}

	/** The tier a total earns. */
	public PartnerTier tierFor(int total) {
		if (total >= platinumFrom) {
			return PartnerTier.PLATINUM;
		}
		if (total >= goldFrom) {
			return PartnerTier.GOLD;
		}
		return total >= silverFrom ? PartnerTier.SILVER : PartnerTier.BRONZE;
	}

	/** The score a tier starts at (Bronze: 0). */
	public int from(PartnerTier tier) {
		return switch (tier) {
			case BRONZE -> 0;
			case SILVER -> silverFrom;
			case GOLD -> goldFrom;
			case PLATINUM -> platinumFrom;
		};
	}

	/** The tier above, or none at the top. */
	public static PartnerTier above(PartnerTier tier) {
		PartnerTier[] all = PartnerTier.values();
		return tier.ordinal() + 1 < all.length ? all[tier.ordinal() + 1] : null;
	}

	/** Seed 004's rubric, as the migration installs it. */
	static TierRubric seed() {
		Map<TierCriterion, List<Band>> bands = new EnumMap<>(TierCriterion.class);
		bands.put(TierCriterion.REVENUE, bands(0, 5, 50_000, 15, 150_000, 25, 500_000, 30));
		bands.put(TierCriterion.REGISTRATIONS, bands(0, 2, 2, 8, 6, 12, 11, 15));
		bands.put(TierCriterion.TRAINING, bands(0, 0, 1, 5, 2, 10, 3, 15));
		bands.put(TierCriterion.NPS, bands(-100, 5, 30, 10, 50, 15, 71, 20));
		List<Band> engagement = new ArrayList<>(bands(0, 5, 15, 10, 30, 15));
		engagement.add(new Band(new BigDecimal("50.5"), 20));
		bands.put(TierCriterion.ENGAGEMENT, engagement);
		return new TierRubric(bands, 30, 55, 80, 3, "CAD", 3);
	}

	private static List<Band> bands(double... fromAndPoints) {
		List<Band> list = new ArrayList<>();
		for (int i = 0; i < fromAndPoints.length; i += 2) {
			list.add(new Band(BigDecimal.valueOf((long) fromAndPoints[i]), (int) fromAndPoints[i + 1]));
		}
		return list;
	}
}
