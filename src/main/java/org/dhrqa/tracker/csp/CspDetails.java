package org.dhrqa.tracker.csp;

import java.util.ArrayList;
import java.util.List;

/**
 * What we know of a CSP: its name and area, postal address and the contact letters go to.
 */
public record CspDetails(String name, String area, String addressLine1, String addressLine2, String town,
		String postcode, String contactName, String contactRole, String contactOrganisation, String contactEmail) {

	/** The address as the lines of a letter's addressee block. */
	public List<String> addressLines() {
		List<String> lines = new ArrayList<>();
		for (String line : new String[] { this.addressLine1, this.addressLine2, this.town, this.postcode }) {
			if (line != null && !line.isBlank()) {
				lines.add(line);
			}
		}
		return lines;
	}

}
