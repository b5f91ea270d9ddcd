package org.dhrqa.tracker.letter;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PanelLetterRepository extends JpaRepository<PanelLetter, Long> {

	List<PanelLetter> findByReviewIdOrderByLetterVersionDesc(Long reviewId);

	List<PanelLetter> findByMeetingId(Long meetingId);

	/**
	 * Issued letters without their PDF, each locked for this transaction; a letter
	 * another node is making the PDF of at the same moment is left to it (two nodes
	 * starting together both found the same letters and one of them failed to start).
	 */
	@Query(value = "select * from panel_letter where status <> 'DRAFT' and issued_file_id is null "
			+ "order by id for update skip locked", nativeQuery = true)
	List<PanelLetter> lockIssuedWithoutPdf();

	/**
	 * The letter, locked for this transaction with its version raised: changes to its
	 * strengths run one after another (a position is never handed out twice) and move the
	 * letter's version, so issuing it from a page read before the change is refused.
	 */
	@Lock(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
	@Query("select l from PanelLetter l where l.id = :id")
	Optional<PanelLetter> lockForStrengths(@Param("id") Long id);

	/**
	 * The letter, locked for this transaction: changes to its list of areas run one after
	 * another, so two areas added at once never take the same number.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from PanelLetter l where l.id = :id")
	Optional<PanelLetter> lockForAreas(@Param("id") Long id);

}
