package org.concord.customers;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.concord.shared.InvalidInputException;
import org.concord.shared.WebAddresses;

/** A person and their company, with the consent to contact them. */
public record NewContact(
		@NotBlank @Size(max = 80) String firstName,
		@NotBlank @Size(max = 80) String lastName,
		@NotBlank @Email @Size(max = 200) String email,
		@NotBlank @Size(max = 40) @Pattern(regexp = "[0-9 +().-]{7,40}", message = "enter a phone number, e.g. +1 902 555 0100") String phone,
		@NotBlank @Size(max = 150) String companyName,
		@NotBlank @Size(max = 200) String website,
		@NotBlank @Size(max = 200) String street,
		@NotBlank @Size(max = 100) String city,
		@NotBlank @Size(max = 40) String region,
		@Size(max = 20) String postalCode,
		@NotBlank @Pattern(regexp = "[A-Z]{2}", message = "use the two-letter country code, e.g. CA") String country,
		@NotNull(message = "choose express or implied consent") ConsentType consentType,
		ImpliedConsentBasis consentBasis,
		LocalDate consentBasisDate,
		@NotBlank(message = "say how consent was obtained") @Size(max = 200) String consentObtainedHow,
		@NotNull(message = "enter when consent was obtained") LocalDate consentObtainedOn,
		@NotBlank(message = "say who obtained the consent") @Size(max = 100) String consentObtainedBy) {

	/** The website as entered, when it names a host ("www.acme.ca", "https://acme.ca/about"); else the field's problem. */
	public static String requireWebsite(String website) {
		if (website == null || WebAddresses.host(website).isEmpty()) {
			throw new InvalidInputException("website",
					"Enter the company's website as an address, e.g. www.example.com.");
		}
		return website.trim();
	}
}
