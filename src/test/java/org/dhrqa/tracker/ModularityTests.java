package org.dhrqa.tracker;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package is a module; none reaches into another's internals or forms a
 * cycle.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(DhrQaTrackerApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

}
