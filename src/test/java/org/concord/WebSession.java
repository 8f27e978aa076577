package org.concord;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * A browser-like session against MockMvc: keeps the SESSION cookie Spring Session hands out, and sends
 * every request to one brand host from one client address.
 */
public final class WebSession {

	public static final String PASSWORD = "concord-demo-2026";

	private final MockMvc mvc;
	private final String host;
	private final String address;
	private Cookie session;

	public WebSession(MockMvc mvc, String host, String address) {
		this.mvc = mvc;
		this.host = host;
		this.address = address;
	}

	public static WebSession loggedIn(MockMvc mvc, String username) throws Exception {
		WebSession web = new WebSession(mvc, "lighthouse.localhost", "127.0.0.1");
		MvcResult result = web.login(username, PASSWORD);
		if (!"/".equals(result.getResponse().getRedirectedUrl())) {
			throw new IllegalStateException("Login of " + username + " failed: " + result.getResponse().getRedirectedUrl());
		}
		return web;
	}

	public MvcResult login(String username, String password) throws Exception {
		return perform(post("/login").param("username", username).param("password", password).with(csrf()));
	}

	public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		request.with(r -> {
			r.setServerName(host);
			r.setRemoteAddr(address);
			return r;
		});
		if (session != null) {
			request.cookie(session);
		}
		MvcResult result = mvc.perform(request).andReturn();
		Cookie issued = result.getResponse().getCookie("SESSION");
		if (issued != null) {
			session = issued.getMaxAge() == 0 ? null : issued;
		}
		return result;
	}

	public Cookie sessionCookie() {
		return session;
	}
}
