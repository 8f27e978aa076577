package org.concord.registrations;

import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.concord.shared.InvalidInputException;

/** The currencies a vendor takes registrations in: ISO 4217 codes, at least one. */
final class Currencies {

	private Currencies() {
	}

	static List<String> parse(List<String> codes) {
		Set<String> valid = new LinkedHashSet<>();
		for (String code : codes) {
			String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
			if (upper.isEmpty()) {
				continue;
			}
			try {
				valid.add(Currency.getInstance(upper).getCurrencyCode());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("currencies", upper + " is no ISO 4217 currency code (e.g. CAD, USD, EUR).");
			}
		}
		if (valid.isEmpty()) {
			throw new InvalidInputException("currencies", "Choose at least one currency.");
		}
		return List.copyOf(valid);
	}
}
