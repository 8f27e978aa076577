package org.concord.shared.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The API's answer to an all-or-none file import: 201 when every row was taken, 422 with the problems otherwise. */
public final class Imports {

	private Imports() {
	}

	public static <T> ResponseEntity<T> answer(T result, List<?> problems) {
		return ResponseEntity.status(problems.isEmpty() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT).body(result);
	}
}
