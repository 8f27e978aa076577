package org.concord.registrations;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.concord.shared.InvalidInputException;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A partner's request for help on an approved opportunity, and the vendor's answer. */
@Entity
@Table(name = "assistance_request")
class AssistanceRequest extends AbstractAggregateRoot<AssistanceRequest> {

	@Id
	private UUID id;

	private UUID registrationId;

	private UUID partnerId;

	private UUID requestedBy;

	@Enumerated(EnumType.STRING)
	private AssistanceKind kind;

	private String question;

	private Instant requestedAt;

	private String answer;

	private UUID answeredBy;

	private Instant answeredAt;

	protected AssistanceRequest() {
	}

	AssistanceRequest(Registration registration, UUID requestedBy, AssistanceKind kind, String question, Instant now) {
		if (kind == null) {
			throw new InvalidInputException("kind", "Choose sales support, product expertise or pricing advice.");
		}
		if (question == null || question.isBlank() || question.length() > 2000) {
			throw new InvalidInputException("question", "Describe what you need in up to 2,000 characters.");
		}
		if (!registration.isProtectionRunning()) {
			throw new InvalidInputException("kind", "Assistance is available once the registration is approved.");
		}
		this.id = UUID.randomUUID();
		this.registrationId = registration.registrationId().value();
		this.partnerId = registration.partner().value();
		this.requestedBy = requestedBy;
		this.kind = kind;
		this.question = question.trim();
		this.requestedAt = now;
		registerEvent(new AssistanceRequested(id, registration.registrationId(), kind));
	}

	void answer(UUID vendorUser, String text, Instant now) {
		if (answeredAt != null) {
			throw new InvalidInputException("answer", "This request has been answered already.");
		}
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("answer", "Write the answer.");
		}
		answer = text.trim();
		answeredBy = vendorUser;
		answeredAt = now;
		registerEvent(new AssistanceAnswered(id, registrationId, requestedBy, kind));
	}

	UUID partnerId() {
		return partnerId;
	}

	AssistanceView toView() {
		return new AssistanceView(id, registrationId, kind, question, requestedAt, answer, answeredAt);
	}
}
