package org.concord.shared;

import java.util.Optional;

/**
 * Which partner companies' records the current actor may see. Vendor staff see every partner; a partner's
 * people see only their own company (and, once they exist, its sub-accounts). Every module's service takes
 * the scope and answers {@link NotFoundException} for a record outside it, so pages and API behave alike.
 */
public sealed interface PartnerScope {

	boolean sees(PartnerId partner);

	/** The one company a partner user is limited to, or empty for vendor staff. */
	Optional<PartnerId> company();

	default void requireVisible(PartnerId partner, String what) {
		if (partner == null || !sees(partner)) {
			throw new NotFoundException(what);
		}
	}

	static PartnerScope allPartners() {
		return AllPartners.INSTANCE;
	}

	static PartnerScope company(PartnerId partner) {
		return new OwnCompany(partner);
	}

	enum AllPartners implements PartnerScope {
		INSTANCE;

		@Override
		public boolean sees(PartnerId partner) {
			return true;
		}

		@Override
		public Optional<PartnerId> company() {
			return Optional.empty();
		}
	}

	record OwnCompany(PartnerId partner) implements PartnerScope {

		@Override
		public boolean sees(PartnerId other) {
			return partner.equals(other);
		}

		@Override
		public Optional<PartnerId> company() {
			return Optional.of(partner);
		}
	}
}
