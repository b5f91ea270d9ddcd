package org.dhrqa.tracker.letter;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A piece of standard letter wording, with placeholders, that administrators keep up to
 * date.
 */
@Entity
@Table(name = "letter_template")
class LetterTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "template_key")
	private String key;

	private String body;

	@Version
	private long version;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by_name")
	private String updatedByName;

	protected LetterTemplate() {
	}

	void change(String body, String by, Instant now) {
		this.body = body;
		this.updatedByName = by;
		this.updatedAt = now;
	}

	/** What the wording pages show: the entity itself stays inside the module. */
	record View(Long id, String key, String body, long version, Instant updatedAt, String updatedByName) {

	}

	View view() {
		return new View(this.id, this.key, this.body, this.version, this.updatedAt, this.updatedByName);
	}

	Long getId() {
		return this.id;
	}

	String getKey() {
		return this.key;
	}

	String getBody() {
		return this.body;
	}

	long getVersion() {
		return this.version;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	String getUpdatedByName() {
		return this.updatedByName;
	}

}
