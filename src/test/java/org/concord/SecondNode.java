package org.concord;

import java.time.Clock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A second application node on the test database, as a cluster would run one: its own web server, scheduler
 * and event delivery; no migrations and no demo data of its own.
 */
public final class SecondNode {

	private SecondNode() {
	}

	/** Starts it on the same database, telling the same time as {@code clock}: nodes of a cluster share time. */
	public static ConfigurableApplicationContext start(Environment first, Clock clock, String... settings) {
		// command-line arguments, so they win over application.properties as a deployment's settings would
		List<String> arguments = new ArrayList<>(List.of(
				"--server.port=0",
				"--spring.datasource.url=" + first.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + first.getProperty("spring.datasource.username", ""),
				"--spring.datasource.password=" + first.getProperty("spring.datasource.password", ""),
				"--spring.flyway.enabled=false",
				"--concord.demo-data=never",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=3925",
				"--spring.modulith.events.republish-outstanding-events-on-restart=false",
				"--logging.level.concord.request=WARN",
				"--spring.main.banner-mode=off"));
		arguments.addAll(List.of(settings));
		return new SpringApplicationBuilder(ConcordApplication.class)
				.initializers(context -> ((GenericApplicationContext) context).registerBean("sharedTestClock", Clock.class,
						() -> clock, definition -> definition.setPrimary(true)))
				.run(arguments.toArray(String[]::new));
	}

	/** Runs both actions at the same moment, one per node, and waits for both (each node's work as a cluster runs it). */
	public static void atOnce(Callable<?> first, Callable<?> second) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService both = Executors.newFixedThreadPool(2);
		try {
			var one = both.submit(() -> {
				start.await();
				return first.call();
			});
			var two = both.submit(() -> {
				start.await();
				return second.call();
			});
			start.countDown();
			one.get();
			two.get();
		}
		finally {
			both.shutdownNow();
		}
	}
}
