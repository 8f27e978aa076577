package org.concord.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;
import org.concord.identity.BrandView;
import org.concord.identity.Brands;
import org.concord.identity.ConcordUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the brand of the host it is served on, and the logged-in user. */
@ControllerAdvice
class PortalModel {

	private final Brands brands;

	PortalModel(Brands brands) {
		this.brands = brands;
	}

	/** Pages only: the REST API renders no page and should not pay for the lookup. */
	@ModelAttribute("brand")
	BrandView brand(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/api/") ? null : brands.forHost(request.getServerName());
	}

	/** Products by their names, for pages that hold product codes: {@code ${productNames[code]}}. */
	@ModelAttribute("productNames")
	Map<String, String> productNames(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/api/") ? null : brands.productNames();
	}

	@ModelAttribute("me")
	ConcordUser me(@AuthenticationPrincipal ConcordUser me) {
		return me;
	}
}
