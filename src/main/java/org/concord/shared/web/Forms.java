package org.concord.shared.web;

import jakarta.validation.Validator;
import org.concord.shared.InvalidInputException;
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

	public static void reject(BindingResult binding, InvalidInputException ex) {
		binding.addError(new FieldError(binding.getObjectName(), ex.field(), ex.getMessage()));
	}
}
