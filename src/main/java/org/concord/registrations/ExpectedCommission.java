package org.concord.registrations;

import java.util.List;
import java.util.Map;

import org.concord.shared.Money;
import org.springframework.modulith.NamedInterface;

/**
 * What a registration would earn its registering partner a month once won: its MRR at the partner's own rate for its
 * kind of commission (registration when the partner works it, referral when the vendor does) under the program terms
 * in force when it was registered. The commissions module answers; registrations only asks.
 */
@NamedInterface("deals")
public interface ExpectedCommission {

	Map<RegistrationId, Money> monthly(List<RegistrationSummary> registrations);
}
