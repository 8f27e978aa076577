package org.concord.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** Tells a request made by htmx (which wants a fragment) from a full page load. */
public final class Htmx {

	private Htmx() {
	}

	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/** The view for this request: the whole page, or only the named fragment of it for htmx. */
	public static String view(HttpServletRequest request, String page, String fragment) {
		return isHtmx(request) ? page + " :: " + fragment : page;
	}
}
