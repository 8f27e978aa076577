package org.concord.identity;

import java.util.Map;

import org.concord.shared.access.Permission;
import org.concord.shared.web.BodySizeLimitFilter;
import org.concord.shared.web.RequestLogFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.util.unit.DataSize;

/**
 * Two filter chains: the REST API under /api, stateless with bearer tokens; and the portal, with form login,
 * sessions in the database, CSRF tokens on every form, and strict security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final String PASSWORD_HASH = "pbkdf2@SpringSecurity_v5_8";

	/** PBKDF2-SHA256 with 310,000 rounds: slow on purpose, and no 72-byte limit, so long passphrases work. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(PASSWORD_HASH,
				Map.of(PASSWORD_HASH, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

	/** File imports: the role is checked by URL, before a byte of the file is read. */
	static final String[] API_IMPORTS = { "/api/v1/leads/import", "/api/v1/payments/import", "/api/v1/invoices/import" };
	static final String[] PAGE_IMPORTS = { "/lead-routing/import", "/commissions/payments/import",
			"/commissions/invoices/import" };

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, IntegrationKeys integrationKeys,
			@Value("${concord.api.max-body-size:2MB}") DataSize maxBody,
			@Value("${concord.api.max-import-size:10MB}") DataSize maxImport) throws Exception {
		return http.securityMatcher("/api/**")
				.authorizeHttpRequests(requests -> requests
						.requestMatchers(HttpMethod.POST, API_IMPORTS).hasAnyRole(Permission.MANAGE_CHANNEL.roleNames())
						.anyRequest().authenticated())
				.csrf(AbstractHttpConfigurer::disable) // bearer tokens only: no cookie a browser could replay
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.requestCache(AbstractHttpConfigurer::disable)
				.addFilterAfter(new RequestLogFilter(), SecurityContextHolderFilter.class)
				.addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
				.addFilterBefore(new IntegrationKeyFilter(integrationKeys), AnonymousAuthenticationFilter.class)
				// after the role is checked, before anything reads the body: refused unread when its length is over the cap
				.addFilterAfter(new BodySizeLimitFilter(maxBody, maxImport), AuthorizationFilter.class)
				.exceptionHandling(errors -> errors
						.authenticationEntryPoint((request, response, ex) -> Problems.write(response, 401,
								"Unauthorized", "Send a personal API token as Authorization: Bearer <token>."))
						.accessDeniedHandler((request, response, ex) -> Problems.write(response, 403, "Forbidden",
								"Your role does not allow this.")))
				.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
				.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain portal(HttpSecurity http, ManagementPort management) throws Exception {
		return http
				.authorizeHttpRequests(requests -> requests
						.requestMatchers(management::isManagementRequest).permitAll()
						.requestMatchers("/login", "/forgot-username", "/forgot-password", "/reset-password",
								"/invitation", "/apply", "/consent-types", "/brand/**", "/css/**", "/js/**", "/img/**",
								"/webjars/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/liveness",
								"/actuator/health/readiness", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
						.permitAll()
						.requestMatchers("/actuator/**").hasAnyRole(Permission.ADMINISTER.roleNames())
						.requestMatchers("/admin/**").hasAnyRole(Permission.ADMINISTER.roleNames())
						.requestMatchers(HttpMethod.POST, PAGE_IMPORTS).hasAnyRole(Permission.MANAGE_CHANNEL.roleNames())
						.anyRequest().authenticated())
				.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
						.failureHandler((request, response, ex) -> response.sendRedirect(request.getContextPath()
								+ (ex instanceof LoginThrottledException ? "/login?throttled" : "/login?error"))))
				.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
				.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
				.addFilterAfter(new RequestLogFilter(), SecurityContextHolderFilter.class)
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
						.frameOptions(frame -> frame.deny())
						.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
				.build();
	}
}
