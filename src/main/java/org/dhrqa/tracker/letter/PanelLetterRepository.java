package org.dhrqa.tracker.letter;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PanelLetterRepository extends JpaRepository<PanelLetter, Long> {

	List<PanelLetter> findByReviewIdOrderByLetterVersionDesc(Long reviewId);

	List<PanelLetter> findByMeetingId(Long meetingId);

	@Query("select l from PanelLetter l where l.status <> org.dhrqa.tracker.letter.LetterStatus.DRAFT "
			+ "and l.issuedFileId is null")
	List<PanelLetter> findIssuedWithoutPdf();

}
