package org.concord.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.concord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ConsentTests {

	private final LocalDate today = LocalDate.of(2026, 11, 23);

	@Test
	void expressConsentNeverExpires() {
		Consent consent = new Consent(ConsentType.EXPRESS, null, null, "web form", today.minusYears(5), "Ned", today);
		assertThat(consent.expiresOn()).isNull();
		assertThat(consent.status(today.plusYears(20))).isEqualTo(ConsentStatus.VALID);
	}

	@Test
	void impliedConsentFromAPurchaseLastsTwoYears() {
		Consent consent = new Consent(ConsentType.IMPLIED, ImpliedConsentBasis.PURCHASE_OR_CONTRACT, LocalDate.of(2025, 3, 1),
				"existing customer", today, "Ned", today);
		assertThat(consent.expiresOn()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(consent.status(LocalDate.of(2027, 3, 1))).isEqualTo(ConsentStatus.VALID);
		assertThat(consent.status(LocalDate.of(2027, 3, 2))).isEqualTo(ConsentStatus.EXPIRED);
	}

	@Test
	void impliedConsentFromAnInquiryLastsSixMonths() {
		Consent consent = new Consent(ConsentType.IMPLIED, ImpliedConsentBasis.INQUIRY, LocalDate.of(2026, 6, 1),
				"asked for a demo", today, "Ned", today);
		assertThat(consent.expiresOn()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(consent.status(today)).isEqualTo(ConsentStatus.VALID);
		assertThat(consent.status(LocalDate.of(2026, 12, 2))).isEqualTo(ConsentStatus.EXPIRED);
	}

	@Test
	void aWithdrawalIsHonouredFromThenOn() {
		Consent consent = new Consent(ConsentType.EXPRESS, null, null, "phone", today, "Ned", today);
		consent.withdraw(today);
		assertThat(consent.status(today)).isEqualTo(ConsentStatus.WITHDRAWN);
		assertThat(consent.toView(today).contactable()).isFalse();
	}

	@Test
	void theTypeAndForImpliedConsentItsBasisAndDateAreRequired() {
		assertThatThrownBy(() -> new Consent(null, null, null, "x", today, "Ned", today))
				.isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("consentType");
		assertThatThrownBy(() -> new Consent(ConsentType.IMPLIED, null, today, "x", today, "Ned", today))
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("consentBasis");
		assertThatThrownBy(() -> new Consent(ConsentType.IMPLIED, ImpliedConsentBasis.INQUIRY, null, "x", today, "Ned", today))
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("consentBasisDate");
		assertThatThrownBy(() -> new Consent(ConsentType.EXPRESS, null, null, "x", today.plusDays(1), "Ned", today))
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("consentObtainedOn");
	}
}
