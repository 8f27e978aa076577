package org.concord.commissions;

/** Money received from the subscriber, or given back: a refund, or a chargeback by the card issuer. */
public enum PaymentKind {

	PAYMENT(1), REFUND(-1), CHARGEBACK(-1);

	private final int sign;

	PaymentKind(int sign) {
		this.sign = sign;
	}

	/** +1 for money in, -1 for money back. */
	public int sign() {
		return sign;
	}
}
