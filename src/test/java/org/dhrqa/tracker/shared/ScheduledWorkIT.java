package org.dhrqa.tracker.shared;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.dhrqa.tracker.support.IntegrationTest;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled work runs once across app nodes: every {@code @Scheduled} method takes a
 * ShedLock lock in PostgreSQL, and of two nodes asking for the same lock at the same
 * moment only one runs.
 */
@IntegrationTest
class ScheduledWorkIT {

	/**
	 * Scheduled methods that run on every node on purpose, with the reason: each is a
	 * poller over a table that is its own queue, and claims work row by row with
	 * {@code FOR UPDATE SKIP LOCKED}, so two nodes share the work and never do the same
	 * row.
	 */
	private static final Map<String, String> EVERY_NODE = Map.of(
			// wakes this node's report-text worker; TextExtraction claims versions with
			// SKIP LOCKED
			"TextExtractionPoller.poll", "report_text rows claimed FOR UPDATE SKIP LOCKED",
			// reads back-catalogue letters; each claimed FOR UPDATE SKIP LOCKED in its
			// transaction
			"ImportQueue.poll", "letter_import rows claimed FOR UPDATE SKIP LOCKED",
			// applies large plan imports in batches; each import claimed FOR UPDATE SKIP
			// LOCKED
			"PlanImportWorker.poll", "plan imports claimed FOR UPDATE SKIP LOCKED");

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyScheduledMethodTakesALockOrIsKnownToShareItsWork() {
		Map<String, Boolean> scheduled = new TreeMap<>();
		for (String name : this.context.getBeanDefinitionNames()) {
			Class<?> type = this.context.getType(name);
			if (type == null || !type.getName().startsWith("org.dhrqa.tracker")) {
				continue;
			}
			Class<?> target = AopUtils.getTargetClass(this.context.getBean(name));
			ReflectionUtils.doWithMethods(target,
					(method) -> scheduled.put(key(method),
							AnnotatedElementUtils.hasAnnotation(method, SchedulerLock.class)),
					(method) -> AnnotatedElementUtils.hasAnnotation(method, Scheduled.class));
		}

		assertThat(scheduled).as("the @Scheduled methods found")
			.isNotEmpty()
			.containsKeys(EVERY_NODE.keySet().toArray(String[]::new));
		List<String> unlocked = scheduled.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue() && !EVERY_NODE.containsKey(entry.getKey()))
			.map(Map.Entry::getKey)
			.toList();
		assertThat(unlocked).as("@Scheduled methods without @SchedulerLock").isEmpty();
		assertThat(scheduled).containsEntry("DueItemsDigest.send", true).containsEntry("SlippageSummary.send", true);
	}

	@Test
	void ofTwoNodesAskingForTheSameLockAtOnceOnlyOneRuns() throws Exception {
		String lock = "two-nodes-" + System.nanoTime();
		// two lock providers, each with its own JdbcTemplate, as two JVMs would have
		LockingTaskExecutor nodeA = node();
		LockingTaskExecutor nodeB = node();
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> attempts = new ArrayList<>();
			for (LockingTaskExecutor node : List.of(nodeA, nodeB)) {
				Callable<Boolean> attempt = () -> {
					start.await();
					try {
						return node.executeWithLock((LockingTaskExecutor.TaskWithResult<Boolean>) () -> {
							runs.incrementAndGet();
							Thread.sleep(500);
							return true;
						}, new LockConfiguration(Instant.now(), lock, Duration.ofMinutes(5), Duration.ofMinutes(1)))
							.wasExecuted();
					}
					catch (Throwable ex) {
						throw new IllegalStateException(ex);
					}
				};
				attempts.add(threads.submit(attempt));
			}
			start.countDown();
			List<Boolean> executed = new ArrayList<>();
			for (Future<Boolean> attempt : attempts) {
				executed.add(attempt.get());
			}

			assertThat(runs).hasValue(1);
			assertThat(executed).containsExactlyInAnyOrder(true, false);
			// held for lockAtLeastFor after the run: a third attempt a moment later is
			// skipped too
			nodeB.executeWithLock((Runnable) runs::incrementAndGet,
					new LockConfiguration(Instant.now(), lock, Duration.ofMinutes(5), Duration.ofMinutes(1)));
			assertThat(runs).hasValue(1);
			assertThat(this.jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class, lock))
				.isEqualTo(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private LockingTaskExecutor node() {
		return new DefaultLockingTaskExecutor(
				new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
					.withJdbcTemplate(new JdbcTemplate(this.dataSource))
					.usingDbTime()
					.build()));
	}

	private static String key(Method method) {
		return method.getDeclaringClass().getSimpleName() + "." + method.getName();
	}

}
