package org.concord.identity;

/**
 * The brand a request came in on and the address of that brand's portal. Links in mail are always built on
 * a known brand host, never on whatever Host header a request carried.
 */
public record Portal(BrandView brand, String baseUrl) {

	public String link(String pathAndQuery) {
		return baseUrl + pathAndQuery;
	}
}
