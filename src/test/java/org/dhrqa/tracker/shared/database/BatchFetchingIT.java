package org.dhrqa.tracker.shared.database;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.LoadQueryInfluencers;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every collection and entity loads in batches of the one configured size. Hibernate 7.2
 * treats a collection whose own {@code @BatchSize} differs from the default as "affected
 * by influencers" and translates a fresh loader each time it loads one: on the big
 * review's action plan that was 6 % of the page's CPU.
 */
@IntegrationTest
class BatchFetchingIT {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void everyCollectionUsesTheSharedLoader() {
		SessionFactoryImplementor factory = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		int batchSize = factory.getSessionFactoryOptions().getDefaultBatchFetchSize();
		LoadQueryInfluencers influencers = new LoadQueryInfluencers(factory);
		List<String> rebuilt = new ArrayList<>();
		List<String> checked = new ArrayList<>();
		factory.getMappingMetamodel().forEachCollectionDescriptor((collection) -> {
			checked.add(collection.getRole());
			if (collection.getBatchSize() != batchSize
					|| collection.getAttributeMapping().isAffectedByInfluencers(influencers, true)) {
				rebuilt.add(collection.getRole() + " (batch size " + collection.getBatchSize() + ")");
			}
		});
		factory.getMappingMetamodel().forEachEntityDescriptor((entity) -> {
			if (entity.getBatchSize() != batchSize || entity.isAffectedByInfluencers(influencers, true)) {
				rebuilt.add(entity.getEntityName() + " (batch size " + entity.getBatchSize() + ")");
			}
		});
		assertThat(batchSize).isGreaterThan(1);
		assertThat(checked).anyMatch((role) -> role.endsWith("PlanAction.updates"));
		assertThat(rebuilt).as("collections and entities whose batch size differs from %d", batchSize).isEmpty();
	}

	/**
	 * The register and the item lists are criteria queries (Specifications): their SQL
	 * translation is kept in the plan cache, not redone on every request.
	 */
	@Test
	void criteriaQueriesKeepTheirTranslation() {
		SessionFactoryImplementor factory = this.entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		assertThat(factory.getSessionFactoryOptions().isCriteriaPlanCacheEnabled()).isTrue();
	}

}
