package org.concord.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The request contradicts what is on record, e.g. an idempotency key already used for a different payment: 409,
 * naming the field at fault. Sending it again cannot succeed; sending something else can.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictingRequestException extends RuntimeException {

	private final String field;

	public ConflictingRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
