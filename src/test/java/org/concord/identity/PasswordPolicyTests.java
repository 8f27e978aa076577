package org.concord.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.concord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void refusesFewerThanTwelveCharacters() {
		assertThatThrownBy(() -> policy.check("password", "Xk9#mQ2$vL7"))
				.isInstanceOf(InvalidInputException.class).hasMessageContaining("12")
				.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("password");
	}

	@Test
	void acceptsTwelveCharactersAndLongPassphrases() {
		assertThatCode(() -> policy.check("password", "Xk9#mQ2$vL7p")).doesNotThrowAnyException();
		assertThatCode(() -> policy.check("password", "correct horse battery staple on a quiet tuesday morning ".repeat(3)))
				.doesNotThrowAnyException();
	}

	@Test
	void refusesAbsurdlyLongInput() {
		assertThatThrownBy(() -> policy.check("password", "a1b2c3d4e5".repeat(30))).hasMessageContaining("256");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "Password2024!", "qwerty123456", "iloveyou12345", "sunshine!!!!",
			"qwertyqwerty", "aaaaaaaaaaaa", "abcabcabcabc", "1234567890123" })
	void refusesCommonPasswordsDressedUp(String common) {
		assertThatThrownBy(() -> policy.check("password", common)).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("common");
	}

	@Test
	void knowsTheThousandMostCommon() {
		assertThat(policy.isCommon("123456")).isTrue();
		assertThat(policy.isCommon("monkey")).isTrue();
		assertThat(policy.isCommon("concord-demo-2026")).isFalse();
	}
}
