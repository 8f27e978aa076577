package org.concord.identity.web;

import org.concord.identity.BrandDetails;
import org.concord.identity.BrandView;

/** The brand edit form. */
public class BrandDetailsForm {

	private String name;
	private String host;
	private String primaryColour;
	private String accentColour;
	private String supportEmail;
	private String senderAddress;

	static BrandDetailsForm of(BrandView brand) {
		BrandDetailsForm form = new BrandDetailsForm();
		form.name = brand.name();
		form.host = brand.host();
		form.primaryColour = brand.primaryColour();
		form.accentColour = brand.accentColour();
		form.supportEmail = brand.supportEmail();
		form.senderAddress = brand.senderAddress();
		return form;
	}

	BrandDetails toDetails() {
		return new BrandDetails(name, host, primaryColour, accentColour, supportEmail, senderAddress);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getHost() {
		return host;
	}

	public void setHost(String host) {
		this.host = host;
	}

	public String getPrimaryColour() {
		return primaryColour;
	}

	public void setPrimaryColour(String primaryColour) {
		this.primaryColour = primaryColour;
	}

	public String getAccentColour() {
		return accentColour;
	}

	public void setAccentColour(String accentColour) {
		this.accentColour = accentColour;
	}

	public String getSupportEmail() {
		return supportEmail;
	}

	public void setSupportEmail(String supportEmail) {
		this.supportEmail = supportEmail;
	}

	public String getSenderAddress() {
		return senderAddress;
	}

	public void setSenderAddress(String senderAddress) {
		this.senderAddress = senderAddress;
	}
}
