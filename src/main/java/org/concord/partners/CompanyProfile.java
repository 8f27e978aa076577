package org.concord.partners;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A partner company's profile. Its contact details (HQ address, phone, e-mail, website) are the partner admin's to
 * keep up to date; its size, the regions it serves, its specialisations and the programs it belongs to are the
 * vendor's record.
 */
public record CompanyProfile(
		@Size(max = 200) String street,
		@Size(max = 100) String city,
		@Size(max = 10) String region,
		@Size(max = 20) String postalCode,
		@Size(max = 40) @Pattern(regexp = "[+0-9 ().-]*", message = "use digits, spaces and + ( ) - only") String phone,
		@Size(max = 200) @Email(message = "enter an e-mail address") String email,
		@Size(max = 200) @Pattern(regexp = "(?i)(https?://[^\\s<>\"]+)?", message = "enter the web address with http:// or https://") String website,
		@Min(value = 1, message = "enter at least 1 employee") @Max(value = 10_000_000, message = "enter at most 10,000,000 employees") Integer employees,
		@NotNull Set<String> regionsServed,
		@NotNull Set<String> specialisations,
		@NotNull Set<String> programs) {

	/** The size band of seed 003's profile, from the number of employees; none when it is not known. */
	public String sizeBand() {
		if (employees == null) {
			return null;
		}
		return employees <= 10 ? "1–10" : employees <= 50 ? "11–50" : employees <= 200 ? "51–200"
				: employees <= 1000 ? "201–1,000" : "over 1,000";
	}

	/** "Halifax, NS; Moncton NB , " → {"Halifax", "NS; Moncton NB"}: comma-separated items, trimmed, in order, once each. */
	public static Set<String> items(String text) {
		return text == null ? Set.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
				.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	static String join(Set<String> items) {
		return items == null ? "" : items.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct()
				.collect(Collectors.joining(","));
	}

	/** The names of the fields that differ from the other profile's, e.g. "phone, employees", for the audit log. */
	String changesFrom(CompanyProfile before) {
		var components = CompanyProfile.class.getRecordComponents();
		return Arrays.stream(components).filter(c -> !Objects.equals(value(c, this), value(c, before)))
				.map(java.lang.reflect.RecordComponent::getName).collect(Collectors.joining(", "));
	}

	private static Object value(java.lang.reflect.RecordComponent component, CompanyProfile profile) {
		try {
			Object value = component.getAccessor().invoke(profile);
			return value instanceof Set<?> set ? Set.copyOf(set) : value instanceof String text && text.isBlank() ? null : value;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The first of the vendor's fields that differs from the other profile's, or none. */
	String firstVendorFieldChangedFrom(CompanyProfile before) {
		if (!Objects.equals(employees, before.employees())) {
			return "employees";
		}
		if (!Set.copyOf(regionsServed).equals(Set.copyOf(before.regionsServed()))) {
			return "regionsServed";
		}
		if (!Set.copyOf(specialisations).equals(Set.copyOf(before.specialisations()))) {
			return "specialisations";
		}
		if (!Set.copyOf(programs).equals(Set.copyOf(before.programs()))) {
			return "programs";
		}
		return null;
	}
}
