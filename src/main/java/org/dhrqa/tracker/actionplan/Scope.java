package org.dhrqa.tracker.actionplan;

/** Who a recommendation is for: the local area, the region, or national bodies. */
public enum Scope {

	LOCAL, REGIONAL, NATIONAL;

	public String messageKey() {
		return "scope." + name();
	}

}
