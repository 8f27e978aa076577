package org.concord.leads.web;

import java.math.BigDecimal;

import org.concord.customers.web.ContactForm;
import org.concord.leads.NewLead;

/** The vendor's new-lead form: the contact and consent (as "Start a Contact" has them), then the lead itself. */
public class LeadForm {

	private ContactForm contact = new ContactForm();
	private Double latitude;
	private Double longitude;
	private String product;
	private String industry;
	private String certification;
	private BigDecimal estimatedMrr;
	private String currency = "CAD";
	private String notes;

	NewLead toNewLead() {
		return new NewLead(contact.toNewContact(), latitude, longitude, product, industry, certification, estimatedMrr,
				currency, notes);
	}

	public ContactForm getContact() { return contact; }
	public void setContact(ContactForm v) { contact = v; }
	public Double getLatitude() { return latitude; }
	public void setLatitude(Double v) { latitude = v; }
	public Double getLongitude() { return longitude; }
	public void setLongitude(Double v) { longitude = v; }
	public String getProduct() { return product; }
	public void setProduct(String v) { product = v; }
	public String getIndustry() { return industry; }
	public void setIndustry(String v) { industry = v; }
	public String getCertification() { return certification; }
	public void setCertification(String v) { certification = v; }
	public BigDecimal getEstimatedMrr() { return estimatedMrr; }
	public void setEstimatedMrr(BigDecimal v) { estimatedMrr = v; }
	public String getCurrency() { return currency; }
	public void setCurrency(String v) { currency = v; }
	public String getNotes() { return notes; }
	public void setNotes(String v) { notes = v; }
}
