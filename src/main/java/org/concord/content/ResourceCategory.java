package org.concord.content;

import java.util.EnumSet;
import java.util.Set;

/**
 * Seed 002's kinds of resources: those of the Resources room, and the brand assets of the Brand Guidelines room
 * (logos, templates, guidelines, co-branded materials and campaign assets), shown on each brand's own portal.
 */
public enum ResourceCategory {

	TRAINING("Training materials", false), MARKETING("Marketing assets", false), SALES_TOOLS("Sales tools", false),
	TECHNICAL("Technical docs", false), UPDATES("Partnership updates", false),
	LOGOS("Logos and graphics", true), TEMPLATES("Marketing templates", true), GUIDELINES("Brand guidelines", true),
	CO_BRANDED("Co-branded materials", true), CAMPAIGNS("Campaign assets", true);

	private final String label;
	private final boolean brandAsset;

	ResourceCategory(String label, boolean brandAsset) {
		this.label = label;
		this.brandAsset = brandAsset;
	}

	/** A brand asset: listed in the Brand Guidelines room rather than Resources. */
	public boolean brandAsset() {
		return brandAsset;
	}

	/** The categories of one room: the brand assets, or the rest. */
	public static Set<ResourceCategory> of(boolean brandAssets) {
		Set<ResourceCategory> all = EnumSet.noneOf(ResourceCategory.class);
		for (ResourceCategory category : values()) {
			if (category.brandAsset == brandAssets) {
				all.add(category);
			}
		}
		return all;
	}

	public String label() {
		return label;
	}
}
