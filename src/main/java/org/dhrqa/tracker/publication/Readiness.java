package org.dhrqa.tracker.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.dhrqa.tracker.report.ReportVersionView;
import org.dhrqa.tracker.shared.web.FileSizes;

/** Where a review stands against the publication conditions. */
public record Readiness(Long reviewId, List<Task> tasks, int unresolvedItems, Override override, Pack pack) {

	public record Task(TaskKey key, TaskStatus status, String detailKey, List<Object> detailArgs, String link) {

	}

	public record Override(String reason, String by, Instant at) {

	}

	public record Pack(Long id, long sizeBytes, int pageCount, Instant assembledAt, String assembledBy,
			boolean current) {

		public boolean overLimit() {
			return this.sizeBytes >= ReportVersionView.PUBLICATION_LIMIT_BYTES;
		}

		public String sizeText() {
			return FileSizes.megabytes(this.sizeBytes);
		}

	}

	public record Confirmation(TaskKey key, LocalDate on, String detail, String by, Instant recordedAt) {

	}

	public int done() {
		return (int) this.tasks.stream().filter((task) -> task.status() == TaskStatus.COMPLETED).count();
	}

	public int total() {
		return this.tasks.size();
	}

	/** Items still open block publication, unless a manager has recorded an override. */
	public boolean blockedByItems() {
		return this.unresolvedItems > 0 && this.override == null;
	}

	public boolean readyToPublish() {
		return !blockedByItems() && this.tasks.stream()
			.filter((task) -> !task.key().isConfirmedByPerson())
			.filter((task) -> task.key() != TaskKey.ITEMS_ACCEPTED)
			.allMatch((task) -> task.status() == TaskStatus.COMPLETED);
	}

}
