package org.concord.identity;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.concord.shared.access.SendProspects;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API call by its {@code X-Integration-Key} header: the call acts as the key ("key:" and its name in
 * the audit log) with its scope's authority only, never as a person.
 */
final class IntegrationKeyFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Integration-Key";

	private final IntegrationKeys keys;

	IntegrationKeyFilter(IntegrationKeys keys) {
		this.keys = keys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String secret = request.getHeader(HEADER);
		if (secret != null) {
			Optional<IntegrationKey> key = keys.authenticate(secret.strip());
			if (key.isEmpty()) {
				Problems.write(response, 401, "Unauthorized", "The integration key is unknown or has been revoked.");
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("key:" + key.get().name(), null,
					List.of(new SimpleGrantedAuthority(SendProspects.AUTHORITY))));
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}
}
