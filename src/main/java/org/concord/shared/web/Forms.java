package org.concord.shared.web;

import org.concord.shared.InvalidInputException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Puts a refusal from the domain on the form field it names, so the page shows it beside that field. */
public final class Forms {

	private Forms() {
	}

	public static void reject(BindingResult binding, InvalidInputException ex) {
		binding.addError(new FieldError(binding.getObjectName(), ex.field(), ex.getMessage()));
	}
}
