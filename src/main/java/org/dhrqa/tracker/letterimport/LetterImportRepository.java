package org.dhrqa.tracker.letterimport;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LetterImportRepository extends JpaRepository<LetterImport, Long> {

	/**
	 * The oldest letter waiting to be read that no other transaction has claimed: the row
	 * stays locked until this transaction ends, and other app nodes skip it.
	 */
	@Query(value = "select * from letter_import where status = 'QUEUED' order by id limit 1 for update skip locked",
			nativeQuery = true)
	Optional<LetterImport> claimNextQueued();

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from LetterImport i where i.id = ?1")
	Optional<LetterImport> findForUpdate(Long id);

	@Query("select i from LetterImport i order by i.id desc")
	List<LetterImport> findNewestFirst(Limit limit);

	@Query("select i from LetterImport i where i.ownerCspId = ?1 or (i.status = "
			+ "org.dhrqa.tracker.letterimport.ImportStatus.CONFIRMED and i.cspId = ?1) order by i.id desc")
	List<LetterImport> findVisibleToCsp(Long cspId, Limit limit);

	List<LetterImport> findByBatchIdOrderByIdAsc(UUID batchId);

}
