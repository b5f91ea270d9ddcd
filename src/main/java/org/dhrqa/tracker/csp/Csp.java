package org.dhrqa.tracker.csp;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "csp")
class Csp {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String area;

	@Column(name = "address_line1")
	private String addressLine1;

	@Column(name = "address_line2")
	private String addressLine2;

	private String town;

	private String postcode;

	@Column(name = "contact_name")
	private String contactName;

	@Column(name = "contact_role")
	private String contactRole;

	@Column(name = "contact_organisation")
	private String contactOrganisation;

	@Column(name = "contact_email")
	private String contactEmail;

	@Version
	private long version;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected Csp() {
	}

	Csp(CspDetails details, Instant now) {
		apply(details, now);
		this.createdAt = now;
	}

	void apply(CspDetails details, Instant now) {
		this.name = details.name();
		this.area = details.area();
		this.addressLine1 = details.addressLine1();
		this.addressLine2 = details.addressLine2();
		this.town = details.town();
		this.postcode = details.postcode();
		this.contactName = details.contactName();
		this.contactRole = details.contactRole();
		this.contactOrganisation = details.contactOrganisation();
		this.contactEmail = details.contactEmail();
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	CspDetails details() {
		return new CspDetails(this.name, this.area, this.addressLine1, this.addressLine2, this.town, this.postcode,
				this.contactName, this.contactRole, this.contactOrganisation, this.contactEmail);
	}

}
