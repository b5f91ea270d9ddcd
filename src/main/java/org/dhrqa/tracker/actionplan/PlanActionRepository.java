package org.dhrqa.tracker.actionplan;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

}
