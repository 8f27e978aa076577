package org.concord.registrations;

import java.util.UUID;

import org.concord.partners.PartnerAccounts;
import org.concord.shared.CurrentActor;
import org.concord.shared.Keyset;
import org.concord.shared.KeysetPage;
import org.concord.shared.PartnerId;
import org.concord.shared.access.ManageChannel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registration lists: the partner's Prospects room, the vendor's list of all registrations, the review queue. */
@Service
public class RegistrationLists {

	private final RegistrationRows rows;
	private final PartnerAccounts accounts;
	private final CurrentActor actor;

	RegistrationLists(RegistrationRows rows, PartnerAccounts accounts, CurrentActor actor) {
		this.rows = rows;
		this.accounts = accounts;
		this.actor = actor;
	}

	/** The registrations in the caller's scope, newest first, page by number (the first {@value Keyset#MAX_OFFSET} rows). */
	@Transactional(readOnly = true)
	public KeysetPage<RegistrationSummary> list(RegistrationStatus status, String product, UUID partnerFilter,
			Integer page, Integer size) {
		return list(status, product, partnerFilter, null, page, size);
	}

	/**
	 * The registrations in the caller's scope, newest first, filtered: a partner's own and those it was invited onto;
	 * the vendor's all, or one partner's. Read from the cursor when one is given, else from the page number.
	 */
	@Transactional(readOnly = true)
	public KeysetPage<RegistrationSummary> list(RegistrationStatus status, String product, UUID partnerFilter,
			String cursor, Integer page, Integer size) {
		PartnerId own = actor.scope().company().orElse(null);
		var query = RegistrationRows.Query.of(own == null ? partnerFilter : own.value())
				.whereIfGiven("r.status = :status", "status", status == null ? null : status.name())
				.whereIfGiven("r.product = :product", "product", blankToNull(product));
		return rows.page(query, RegistrationRows.NEWEST_FIRST, cursor, page, size,
				r -> own == null || r.isRegisteredBy(own) ? r.toSummary() : r.toSummary().withoutPartner());
	}

	/** The review queue: submitted registrations, oldest first, so the most overdue stand at the top. */
	@ManageChannel
	@Transactional(readOnly = true)
	public KeysetPage<RegistrationSummary> reviewQueue(Integer page, Integer size) {
		return reviewQueue(null, page, size);
	}

	/** The review queue from a cursor. */
	@ManageChannel
	@Transactional(readOnly = true)
	public KeysetPage<RegistrationSummary> reviewQueue(String cursor, Integer page, Integer size) {
		return reviewQueue(false, cursor, page, size);
	}

	/**
	 * The review queue from a cursor, of every partner or (mine) of the partners the caller looks after and those
	 * nobody looks after yet.
	 */
	@ManageChannel
	@Transactional(readOnly = true)
	public KeysetPage<RegistrationSummary> reviewQueue(boolean mine, String cursor, Integer page, Integer size) {
		var query = RegistrationRows.Query.of(null).where("r.status = :status", "status", RegistrationStatus.SUBMITTED.name());
		if (mine) {
			accounts.mine().ifPresent(partners -> query.where(partners.isEmpty() ? "1 = 0" : "r.partner_id in (:mine)",
					"mine", partners));
		}
		return rows.page(query, RegistrationRows.OLDEST_FIRST, cursor, page, size, Registration::toSummary);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
