package org.concord.shared.web;

import org.springframework.util.unit.DataSize;

/** A request body went past its cap while it was read; the API answers 413. */
public class PayloadTooLargeException extends RuntimeException {

	public PayloadTooLargeException(DataSize cap) {
		super(message(cap));
	}

	static String message(DataSize cap) {
		long megabytes = cap.toMegabytes();
		return "The request body may be at most " + (megabytes > 0 ? megabytes + " MB" : cap.toKilobytes() + " KB") + ".";
	}
}
