package org.concord.bench;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The stack floor for the registration benchmark: {@code GET /bench/floor}, unauthenticated, one select by primary
 * key, its result as JSON, in the same application (Tomcat, the servlet filters, Spring Security's filter chain,
 * Spring MVC, Jackson, Hikari, PostgreSQL). Whatever any API call costs beyond it is the application's own.
 * <p>
 * Added to the application as a source by {@link BenchSupport} only: no stereotype annotation, so the test suite's
 * component scan never picks it up (a functional route needs none).
 */
final class StackFloor {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain stackFloorSecurity(HttpSecurity http) throws Exception {
		return http.securityMatcher("/bench/**").authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
				.csrf(csrf -> csrf.disable()).requestCache(cache -> cache.disable())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)).build();
	}

	@Bean
	RouterFunction<ServerResponse> stackFloorRoute(JdbcTemplate jdbc) {
		AtomicReference<UUID> partner = new AtomicReference<>();
		return RouterFunctions.route().GET("/bench/floor", request -> {
			if (partner.get() == null) {
				partner.set(jdbc.queryForObject("select id from partner_company order by id limit 1", UUID.class));
			}
			String name = jdbc.queryForObject("select name from partner_company where id = ?", String.class, partner.get());
			return ServerResponse.ok().body(Map.of("name", name));
		}).build();
	}
}
