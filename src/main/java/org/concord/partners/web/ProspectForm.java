package org.concord.partners.web;

import java.util.Locale;

import org.concord.partners.NewProspect;
import org.concord.shared.web.Forms;

/**
 * A prospect as the public application form and the channel team's form send it. {@code fax} is the honeypot: a
 * field hidden from people, which only a robot fills in.
 */
public class ProspectForm {

	private String companyName;
	private String contactName;
	private String email;
	private String phone;
	private String website;
	private String country = "CA";
	private String region;
	private String city;
	private String employees;
	private String interestedType;
	private String message;
	private String fax;

	NewProspect toNewProspect() {
		return new NewProspect(companyName, contactName, email, phone, website, country == null ? null : country.strip().toUpperCase(Locale.ROOT),
				region, city, Forms.wholeNumber("employees", employees), interestedType, message);
	}

	boolean isRobot() {
		return fax != null && !fax.isBlank();
	}

	public String getCompanyName() {
		return companyName;
	}

	public void setCompanyName(String companyName) {
		this.companyName = companyName;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getEmployees() {
		return employees;
	}

	public void setEmployees(String employees) {
		this.employees = employees;
	}

	public String getInterestedType() {
		return interestedType;
	}

	public void setInterestedType(String interestedType) {
		this.interestedType = interestedType;
	}

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public String getFax() {
		return fax;
	}

	public void setFax(String fax) {
		this.fax = fax;
	}
}
