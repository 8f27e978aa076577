package org.concord.shared;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which partner companies' records the current actor may see. Vendor staff see every partner; a partner's
 * people see only their own company. Every module's service takes the scope and answers {@link NotFoundException}
 * for a record outside it, so pages and API behave alike.
 * <p>
 * Sub-accounts widen what a partner person may <em>read</em> about related companies, never what it may change:
 * {@link #reads} admits the parent's partner admin to its sub-accounts' pages, and a sub-account's people to their
 * parent's when the parent allows it. Only the reads that ask {@link #reads} (the company's page, its profile
 * sections, its people) are widened; everything else stays with {@link #sees}.
 */
public sealed interface PartnerScope {

	boolean sees(PartnerId partner);

	/** The one company a partner user is limited to, or empty for vendor staff. */
	Optional<PartnerId> company();

	/** Whether the actor may read this company's page: its own, or a related company its sub-accounts give it. */
	default boolean reads(PartnerId partner) {
		return sees(partner);
	}

	/** Every company the actor may read, for a partner person; empty for vendor staff, who read every one. */
	default Set<PartnerId> readable() {
		return company().map(Set::of).orElse(Set.of());
	}

	default void requireReadable(PartnerId partner, String what) {
		if (partner == null || !reads(partner)) {
			throw new NotFoundException(what);
		}
	}

	default void requireVisible(PartnerId partner, String what) {
		if (partner == null || !sees(partner)) {
			throw new NotFoundException(what);
		}
	}

	static PartnerScope allPartners() {
		return AllPartners.INSTANCE;
	}

	static PartnerScope company(PartnerId partner) {
		return new OwnCompany(partner, Set.of());
	}

	/** A partner person's own company, and the related companies it may also read. */
	static PartnerScope company(PartnerId partner, Set<PartnerId> alsoReads) {
		return new OwnCompany(partner, Set.copyOf(alsoReads));
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

	record OwnCompany(PartnerId partner, Set<PartnerId> alsoReads) implements PartnerScope {

		@Override
		public boolean sees(PartnerId other) {
			return partner.equals(other);
		}

		@Override
		public boolean reads(PartnerId other) {
			return partner.equals(other) || alsoReads.contains(other);
		}

		@Override
		public Set<PartnerId> readable() {
			Set<PartnerId> all = new HashSet<>(alsoReads);
			all.add(partner);
			return Set.copyOf(all);
		}

		@Override
		public Optional<PartnerId> company() {
			return Optional.of(partner);
		}
	}
}
