package org.concord.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.concord.shared.InvalidInputException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * At least 12 characters, long passphrases welcome (up to 256), and none of the 1,000 most common passwords,
 * also not dressed up with capitals, trailing digits or symbols, or said twice ("Password2024!", "qwertyqwerty").
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;
	static final int MAX_LENGTH = 256;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	void check(String field, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw new InvalidInputException(field, "Use at least " + MIN_LENGTH + " characters; a passphrase of a few words is best.");
		}
		if (password.length() > MAX_LENGTH) {
			throw new InvalidInputException(field, "Use at most " + MAX_LENGTH + " characters.");
		}
		if (isCommon(password)) {
			throw new InvalidInputException(field, "This password is one of the most common ones; choose another.");
		}
	}

	boolean isCommon(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		return isRepeatOfCommon(lower) || withoutDecoration(lower).stream().anyMatch(common::contains);
	}

	/** The password, and what is left when trailing or leading digits and symbols are taken off one by one. */
	private static List<String> withoutDecoration(String password) {
		List<String> variants = new ArrayList<>();
		variants.add(password);
		for (int end = password.length() - 1; end > 0 && !Character.isLetter(password.charAt(end)); end--) {
			variants.add(password.substring(0, end));
		}
		for (int start = 1; start < password.length() && !Character.isLetter(password.charAt(start - 1)); start++) {
			variants.add(password.substring(start));
		}
		return variants;
	}

	private boolean isRepeatOfCommon(String value) {
		for (int len = 1; len <= value.length() / 2; len++) {
			if (value.length() % len == 0) {
				String unit = value.substring(0, len);
				if (unit.repeat(value.length() / len).equals(value) && (len < 4 || common.contains(unit))) {
					return true;
				}
			}
		}
		return false;
	}

	private static Set<String> load() {
		var resource = new ClassPathResource("identity/common-passwords.txt");
		try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
					.map(line -> line.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
