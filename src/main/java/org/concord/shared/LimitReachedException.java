package org.concord.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A limit of the program is reached (e.g. the day's registrations): 429, naming the field and when to try again. */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public class LimitReachedException extends InvalidInputException {

	public LimitReachedException(String field, String message) {
		super(field, message);
	}
}
