package org.dhrqa.tracker.actionplan;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

}
