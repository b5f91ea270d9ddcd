package org.dhrqa.tracker.letter;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterTemplateRepository extends JpaRepository<LetterTemplate, Long> {

	Optional<LetterTemplate> findByKey(String key);

	List<LetterTemplate> findAllByOrderByIdAsc();

}
