package org.concord.registrations.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.concord.registrations.Assignment;
import org.concord.registrations.Opportunity;
import org.concord.registrations.Stage;
import org.springframework.format.annotation.DateTimeFormat;

/** The one-page registration form. */
public class OpportunityForm {

	private UUID contactId;
	private String product;
	private BigDecimal estimatedMrr;
	private String currency = "CAD";
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expectedCloseDate;
	private Stage stage;
	private String notes;
	private Assignment assignment;
	private UUID partnerAssignedId;
	private UUID partnerRepAssignedId;
	private String opportunitySource;
	private UUID partnerProvidingId;
	private UUID partnerRepProvidingId;

	Opportunity toOpportunity() {
		return new Opportunity(contactId, product, estimatedMrr, currency, expectedCloseDate, stage, notes, assignment,
				partnerAssignedId, partnerRepAssignedId, opportunitySource, partnerProvidingId, partnerRepProvidingId);
	}

	public UUID getContactId() { return contactId; }
	public void setContactId(UUID v) { contactId = v; }
	public String getProduct() { return product; }
	public void setProduct(String v) { product = v; }
	public BigDecimal getEstimatedMrr() { return estimatedMrr; }
	public void setEstimatedMrr(BigDecimal v) { estimatedMrr = v; }
	public String getCurrency() { return currency; }
	public void setCurrency(String v) { currency = v; }
	public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
	public void setExpectedCloseDate(LocalDate v) { expectedCloseDate = v; }
	public Stage getStage() { return stage; }
	public void setStage(Stage v) { stage = v; }
	public String getNotes() { return notes; }
	public void setNotes(String v) { notes = v; }
	public Assignment getAssignment() { return assignment; }
	public void setAssignment(Assignment v) { assignment = v; }
	public UUID getPartnerAssignedId() { return partnerAssignedId; }
	public void setPartnerAssignedId(UUID v) { partnerAssignedId = v; }
	public UUID getPartnerRepAssignedId() { return partnerRepAssignedId; }
	public void setPartnerRepAssignedId(UUID v) { partnerRepAssignedId = v; }
	public String getOpportunitySource() { return opportunitySource; }
	public void setOpportunitySource(String v) { opportunitySource = v; }
	public UUID getPartnerProvidingId() { return partnerProvidingId; }
	public void setPartnerProvidingId(UUID v) { partnerProvidingId = v; }
	public UUID getPartnerRepProvidingId() { return partnerRepProvidingId; }
	public void setPartnerRepProvidingId(UUID v) { partnerRepProvidingId = v; }
}
