package org.concord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Production's layout: health and metrics on a management port of their own, for the load balancer and Prometheus
 * inside the network, answering without login; the public port does not serve them to anyone anonymous.
 */
@ConcordIntegrationTest
class ManagementPortTests {

	@Autowired
	Environment environment;

	@Autowired
	Clock clock;

	@Test
	void metricsAnswerWithoutLoginOnTheManagementPortAndNotOnThePublicOne() throws Exception {
		try (var node = SecondNode.start(environment, clock, "--management.server.port=0")) {
			String management = node.getEnvironment().getProperty("local.management.port");
			String publicPort = node.getEnvironment().getProperty("local.server.port");
			assertThat(management).isNotEqualTo(publicPort);
			HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

			HttpResponse<String> scraped = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management
					+ "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(scraped.statusCode()).isEqualTo(200);
			assertThat(scraped.body()).contains("jvm_memory_used_bytes");
			assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString()).body()).contains("\"UP\"");

			HttpResponse<String> outside = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + publicPort
					+ "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(outside.statusCode()).isNotEqualTo(200);
			assertThat(outside.body()).doesNotContain("jvm_memory_used_bytes");
		}
	}
}
