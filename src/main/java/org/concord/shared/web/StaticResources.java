package org.concord.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static files (styles, scripts, the htmx webjar) are linked by their plain paths. Spring Boot turns on the resource
 * chain for the webjar's version-free paths and with it the {@link ResourceUrlEncodingFilter}, which runs every link
 * a page writes (all of them, not only static ones) through the classpath to find a versioned name: a search of every
 * jar per link, a third of the CPU time of the Overview page in a profile (the page benchmark). Concord versions
 * no static file by content, so the filter has nothing to do and is not registered.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		// registered, so that Spring Boot's Thymeleaf configuration does not register its own, and turned off
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}
}
