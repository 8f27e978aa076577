package org.concord.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The port the management server listens on when it has one of its own ({@code management.server.port}). Health and
 * metrics there are for the load balancer and Prometheus inside the network, and answer without login; on the
 * public port they are for vendor admins only (health's status excepted).
 */
@Component
class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

	private volatile int port = -1;

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if ("management".equals(event.getApplicationContext().getServerNamespace())) {
			port = event.getWebServer().getPort();
		}
	}

	boolean isManagementRequest(HttpServletRequest request) {
		return port > 0 && request.getLocalPort() == port;
	}
}
