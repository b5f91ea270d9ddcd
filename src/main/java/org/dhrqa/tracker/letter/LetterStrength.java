package org.dhrqa.tracker.letter;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;

/**
 * One strength paragraph of a letter, addressed by its id: its place in the list can
 * change under a person's feet (another strength removed or moved), its identity cannot.
 * Its version moves when its words change, not when it only moves in the list.
 */
@Entity
@Table(name = "letter_strength")
class LetterStrength {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "letter_id")
	private PanelLetter letter;

	@OptimisticLock(excluded = true)
	private int position;

	private String text;

	@Version
	private long version;

	protected LetterStrength() {
	}

	LetterStrength(PanelLetter letter, int position, String text) {
		this.letter = letter;
		this.position = position;
		this.text = text;
	}

	void edit(String text) {
		this.text = text;
	}

	void placeAt(int position) {
		this.position = position;
	}

	Long getId() {
		return this.id;
	}

	int getPosition() {
		return this.position;
	}

	String getText() {
		return this.text;
	}

	long getVersion() {
		return this.version;
	}

}
