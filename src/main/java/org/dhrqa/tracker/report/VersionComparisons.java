package org.dhrqa.tracker.report;

import java.util.List;
import java.util.Map;

import org.dhrqa.tracker.account.SignedInUser;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares two versions of a review's report, paragraph by paragraph. Both must be
 * versions of that review, which the person may see; anything else is not found.
 */
@Service
@Transactional(readOnly = true)
class VersionComparisons {

	private final ReportVersions versions;

	private final ReportTextStore texts;

	VersionComparisons(ReportVersions versions, ReportTextStore texts) {
		this.versions = versions;
		this.texts = texts;
	}

	/** Earlier first, whichever order they were chosen in. */
	ReportComparison compare(List<ReportVersionView> ofReview, Long fromId, Long toId) {
		ReportVersionView from = find(ofReview, fromId);
		ReportVersionView to = find(ofReview, toId);
		if (from.versionNumber() > to.versionNumber()) {
			ReportVersionView later = from;
			from = to;
			to = later;
		}
		Map<Long, TextStatus> statuses = this.texts.statuses(List.of(from.id(), to.id()));
		TextStatus fromText = statusOf(statuses, from);
		TextStatus toText = statusOf(statuses, to);
		if (!fromText.isReady() || !toText.isReady()) {
			return new ReportComparison(from, to, fromText, toText, List.of(), 0, 0);
		}
		ParagraphAlignment.Result result = ParagraphAlignment.align(this.texts.paragraphs(from.id()),
				this.texts.paragraphs(to.id()));
		return new ReportComparison(from, to, fromText, toText, result.changes(), result.unchanged(),
				result.renumbered());
	}

	List<ReportVersionView> versionsOf(Long reviewId, SignedInUser user) {
		return this.versions.of(reviewId, user);
	}

	static TextStatus statusOf(Map<Long, TextStatus> statuses, ReportVersionView version) {
		return statuses.getOrDefault(version.id(),
				new TextStatus(version.id(), TextStatus.State.PENDING, 0, version.pageCount(), 0, null));
	}

	private static ReportVersionView find(List<ReportVersionView> versions, Long id) {
		return versions.stream().filter((v) -> v.id().equals(id)).findFirst().orElseThrow(NotFoundException::new);
	}

}
