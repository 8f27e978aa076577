package org.concord.identity;

/**
 * A person's own settings: the time zone their pages show times in (an IANA name such as America/Halifax; none: the
 * vendor's), a phone number, and how they prefer to be reached.
 */
public record PersonalSettings(String timeZone, String phone, ContactChannel preferredChannel) {
}
