package org.concord.partners.web;

import org.concord.partners.NewPartner;
import org.concord.partners.PartnerTier;

/** The "add a partner" form. */
public class PartnerForm {

	private String name;
	private String type = "SALES_PARTNER";
	private PartnerTier tier = PartnerTier.BRONZE;
	private String country = "CA";
	private String region;
	private String city;
	private String website;
	private boolean differentCompany;

	NewPartner toNewPartner() {
		return new NewPartner(name, type, tier, country, region, city, website, differentCompany);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public PartnerTier getTier() {
		return tier;
	}

	public void setTier(PartnerTier tier) {
		this.tier = tier;
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

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public boolean isDifferentCompany() {
		return differentCompany;
	}

	public void setDifferentCompany(boolean differentCompany) {
		this.differentCompany = differentCompany;
	}
}
