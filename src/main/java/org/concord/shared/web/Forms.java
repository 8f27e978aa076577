package org.concord.shared.web;

import java.math.BigDecimal;
import java.util.Locale;

import jakarta.validation.Validator;

import org.concord.shared.InvalidInputException;
import org.concord.shared.Money;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Puts a refusal from the domain on the form field it names, so the page shows it beside that field. */
public final class Forms {

	private Forms() {
	}

	/** Runs Bean Validation on what the form became and puts each violation on its field. */
	public static void validate(Validator validator, Object target, BindingResult binding) {
		validator.validate(target).forEach(violation -> binding.addError(new FieldError(binding.getObjectName(),
				violation.getPropertyPath().toString(), violation.getMessage())));
	}

	/** A form's whole number as typed: none when blank, refused naming the field when it is not one. */
	public static Integer wholeNumber(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "Enter a whole number.");
		}
	}

	/** An amount of money as typed, in a currency: refused naming the field when it is not one. */
	public static Money money(String field, String amount, String currency) {
		try {
			return Money.of(new BigDecimal(amount.strip().replace(",", "")),
					currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT));
		}
		catch (RuntimeException ex) { // a malformed number, or an unknown currency
			throw new InvalidInputException(field, "Enter an amount such as 250000.00, in a currency such as CAD.");
		}
	}

	/** Runs Bean Validation on a value a form became and refuses it naming the first field in violation. */
	public static void requireValid(Validator validator, Object target) {
		var violations = validator.validate(target);
		if (!violations.isEmpty()) {
			var first = violations.iterator().next();
			throw new InvalidInputException(first.getPropertyPath().toString(), first.getMessage());
		}
	}

	public static void reject(BindingResult binding, InvalidInputException ex) {
		binding.addError(new FieldError(binding.getObjectName(), ex.field(), ex.getMessage()));
	}
}
