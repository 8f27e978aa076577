package org.concord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.springframework.jdbc.core.JdbcTemplate;

/** Portal notices as the tests look for them: they arrive after commit, from listeners of their own. */
public final class Inboxes {

	private Inboxes() {
	}

	/** How many portal notices the person has whose message contains the words. */
	public static int count(JdbcTemplate jdbc, UUID recipient, String words) {
		return jdbc.queryForObject("select count(*) from portal_notification where recipient_id = ? and message like ?",
				Integer.class, recipient, "%" + words + "%");
	}

	/** Waits up to 10 seconds for the condition, and fails if it does not come true. */
	public static void await(BooleanSupplier condition) {
		for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		assertThat(condition.getAsBoolean()).as("within 10 s").isTrue();
	}
}
