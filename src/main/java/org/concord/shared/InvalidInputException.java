package org.concord.shared;

/** A rule of the domain refused a value; names the field so forms and the API can point at it. */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
