package org.concord.leads;

/** How a routing rule applies: required (no match goes to a channel manager), preferred, or not used. */
public enum RuleMode {
	REQUIRED, PREFERRED, OFF
}
