package org.concord.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One structured log line per request: method, path, status, duration, user and client address. The query
 * string, headers and bodies are never logged, because reset links, tokens and passwords travel there.
 * <p>
 * It sits in each security filter chain right after the security context is loaded, so it knows the user
 * and still sees requests that security turns away.
 */
public class RequestLogFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("concord.request");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (!isStatic(request.getRequestURI())) {
				Authentication user = SecurityContextHolder.getContext().getAuthentication();
				log.atInfo()
						.addKeyValue("method", request.getMethod())
						.addKeyValue("path", request.getRequestURI())
						.addKeyValue("status", response.getStatus())
						.addKeyValue("durationMs", (System.nanoTime() - start) / 1_000_000)
						.addKeyValue("user", user == null || !user.isAuthenticated() ? "-" : user.getName())
						.addKeyValue("client", request.getRemoteAddr())
						.log("{} {} {}", request.getMethod(), request.getRequestURI(), response.getStatus());
			}
		}
	}

	private static boolean isStatic(String path) {
		return path.startsWith("/css/") || path.startsWith("/webjars/") || path.startsWith("/js/")
				|| path.startsWith("/img/");
	}
}
