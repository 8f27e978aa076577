package org.concord.customers.web;

import java.time.LocalDate;

import org.concord.customers.ConsentType;
import org.concord.customers.ImpliedConsentBasis;
import org.concord.customers.NewContact;
import org.springframework.format.annotation.DateTimeFormat;

/** The "Start a Contact" form. */
public class ContactForm {

	private String firstName;
	private String lastName;
	private String email;
	private String phone;
	private String companyName;
	private String website;
	private String street;
	private String city;
	private String region;
	private String postalCode;
	private String country = "CA";
	private ConsentType consentType;
	private ImpliedConsentBasis consentBasis;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate consentBasisDate;
	private String consentObtainedHow;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate consentObtainedOn;
	private String consentObtainedBy;

	public NewContact toNewContact() {
		return new NewContact(firstName, lastName, email, phone, companyName, website, street, city, region, postalCode,
				country, consentType, consentBasis, consentBasisDate, consentObtainedHow, consentObtainedOn,
				consentObtainedBy);
	}

	public String getFirstName() { return firstName; }
	public void setFirstName(String v) { firstName = v; }
	public String getLastName() { return lastName; }
	public void setLastName(String v) { lastName = v; }
	public String getEmail() { return email; }
	public void setEmail(String v) { email = v; }
	public String getPhone() { return phone; }
	public void setPhone(String v) { phone = v; }
	public String getCompanyName() { return companyName; }
	public void setCompanyName(String v) { companyName = v; }
	public String getWebsite() { return website; }
	public void setWebsite(String v) { website = v; }
	public String getStreet() { return street; }
	public void setStreet(String v) { street = v; }
	public String getCity() { return city; }
	public void setCity(String v) { city = v; }
	public String getRegion() { return region; }
	public void setRegion(String v) { region = v; }
	public String getPostalCode() { return postalCode; }
	public void setPostalCode(String v) { postalCode = v; }
	public String getCountry() { return country; }
	public void setCountry(String v) { country = v; }
	public ConsentType getConsentType() { return consentType; }
	public void setConsentType(ConsentType v) { consentType = v; }
	public ImpliedConsentBasis getConsentBasis() { return consentBasis; }
	public void setConsentBasis(ImpliedConsentBasis v) { consentBasis = v; }
	public LocalDate getConsentBasisDate() { return consentBasisDate; }
	public void setConsentBasisDate(LocalDate v) { consentBasisDate = v; }
	public String getConsentObtainedHow() { return consentObtainedHow; }
	public void setConsentObtainedHow(String v) { consentObtainedHow = v; }
	public LocalDate getConsentObtainedOn() { return consentObtainedOn; }
	public void setConsentObtainedOn(LocalDate v) { consentObtainedOn = v; }
	public String getConsentObtainedBy() { return consentObtainedBy; }
	public void setConsentObtainedBy(String v) { consentObtainedBy = v; }
}
