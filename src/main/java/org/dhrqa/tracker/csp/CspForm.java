package org.dhrqa.tracker.csp;

/** The CSP form as typed. */
public class CspForm {

	private String name = "";

	private String area = "";

	private String addressLine1 = "";

	private String addressLine2 = "";

	private String town = "";

	private String postcode = "";

	private String contactName = "";

	private String contactRole = "";

	private String contactOrganisation = "";

	private String contactEmail = "";

	private String version = "";

	static CspForm of(CspDetails details, long version) {
		CspForm form = new CspForm();
		form.name = orEmpty(details.name());
		form.area = orEmpty(details.area());
		form.addressLine1 = orEmpty(details.addressLine1());
		form.addressLine2 = orEmpty(details.addressLine2());
		form.town = orEmpty(details.town());
		form.postcode = orEmpty(details.postcode());
		form.contactName = orEmpty(details.contactName());
		form.contactRole = orEmpty(details.contactRole());
		form.contactOrganisation = orEmpty(details.contactOrganisation());
		form.contactEmail = orEmpty(details.contactEmail());
		form.version = String.valueOf(version);
		return form;
	}

	CspDetails toDetails() {
		return new CspDetails(this.name.trim(), this.area.trim(), orNull(this.addressLine1), orNull(this.addressLine2),
				orNull(this.town),
				(this.postcode.isBlank()) ? null : this.postcode.trim().toUpperCase(java.util.Locale.UK),
				orNull(this.contactName), orNull(this.contactRole), orNull(this.contactOrganisation),
				orNull(this.contactEmail));
	}

	long expectedVersion() {
		try {
			return Long.parseLong(this.version.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static String orNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = orEmpty(name);
	}

	public String getArea() {
		return this.area;
	}

	public void setArea(String area) {
		this.area = orEmpty(area);
	}

	public String getAddressLine1() {
		return this.addressLine1;
	}

	public void setAddressLine1(String addressLine1) {
		this.addressLine1 = orEmpty(addressLine1);
	}

	public String getAddressLine2() {
		return this.addressLine2;
	}

	public void setAddressLine2(String addressLine2) {
		this.addressLine2 = orEmpty(addressLine2);
	}

	public String getTown() {
		return this.town;
	}

	public void setTown(String town) {
		this.town = orEmpty(town);
	}

	public String getPostcode() {
		return this.postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = orEmpty(postcode);
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = orEmpty(contactName);
	}

	public String getContactRole() {
		return this.contactRole;
	}

	public void setContactRole(String contactRole) {
		this.contactRole = orEmpty(contactRole);
	}

	public String getContactOrganisation() {
		return this.contactOrganisation;
	}

	public void setContactOrganisation(String contactOrganisation) {
		this.contactOrganisation = orEmpty(contactOrganisation);
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = orEmpty(contactEmail);
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = orEmpty(version);
	}

}
