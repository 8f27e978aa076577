package org.concord.partners;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * What lead routing knows of a partner besides its tier and location: the postal prefixes and coordinates of
 * its territory, the products, industries and certifications it has, how many open leads it takes at once,
 * and whether it wants leads at all.
 */
public record RoutingProfile(
		@NotNull Set<String> postalPrefixes,
		@DecimalMin(value = "-90", message = "a latitude lies between -90 and 90") @DecimalMax(value = "90", message = "a latitude lies between -90 and 90") Double latitude,
		@DecimalMin(value = "-180", message = "a longitude lies between -180 and 180") @DecimalMax(value = "180", message = "a longitude lies between -180 and 180") Double longitude,
		@NotNull Set<String> products,
		@NotNull Set<String> industries,
		@NotNull Set<String> certifications,
		@Min(value = 0, message = "enter 0 or more open leads") @Max(value = 1000, message = "enter at most 1000 open leads") int leadCapacity,
		boolean leadFlowOn) {

	/** "b3h, b3j , " → {B3H, B3J}: the one way a comma-separated list becomes a set of codes. */
	public static Set<String> codes(String commaSeparated) {
		if (commaSeparated == null || commaSeparated.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty())
				.map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	static String join(Set<String> codes) {
		return codes == null ? "" : codes.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
				.distinct().collect(Collectors.joining(","));
	}
}
