package org.dhrqa.tracker.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dhrqa.tracker.account.SignedInUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows a feedback item's paragraph beside the response to it, for the feedback module:
 * the paragraph as it was in the latest version uploaded before the letter was issued
 * (the one the panel read), and as it is in the version the response points to. A version
 * that is not one of the review's is never read.
 */
@Service
@Transactional(readOnly = true)
public class ParagraphChecks {

	private final ReportVersions versions;

	private final ReportTextStore texts;

	ParagraphChecks(ReportVersions versions, ReportTextStore texts) {
		this.versions = versions;
		this.texts = texts;
	}

	/**
	 * The check for an item of the review that cites {@code citedParagraph}, issued at
	 * {@code letterIssuedAt}; the response (if any) points to {@code respondedVersionId}
	 * and names {@code respondedParagraph} (its number may have moved). Empty when the
	 * item cites no paragraph this can find.
	 */
	public Optional<ParagraphCheck> check(Long reviewId, String citedParagraph, Instant letterIssuedAt,
			Long respondedVersionId, String respondedParagraph, SignedInUser user) {
		Optional<String> cited = ParagraphRef.parse(citedParagraph);
		if (cited.isEmpty()) {
			return Optional.empty();
		}
		List<ReportVersionView> ofReview = this.versions.of(reviewId, user);
		ReportVersionView read = (letterIssuedAt == null) ? null
				: ofReview.stream()
					.filter((v) -> v.uploadedAt().isBefore(letterIssuedAt))
					.max(Comparator.comparing(ReportVersionView::uploadedAt))
					.orElse(null);
		ReportVersionView responded = (respondedVersionId == null) ? null
				: ofReview.stream().filter((v) -> v.id().equals(respondedVersionId)).findFirst().orElse(null);
		boolean notOfReview = respondedVersionId != null && responded == null;
		List<Long> ids = new ArrayList<>();
		if (read != null) {
			ids.add(read.id());
		}
		if (responded != null) {
			ids.add(responded.id());
		}
		Map<Long, TextStatus> statuses = this.texts.statuses(ids);
		ParagraphCheck.Side readSide = side(read, cited.get(), statuses);
		ParagraphCheck.Side nowSide = null;
		TextChange change = null;
		if (responded != null) {
			String number = ParagraphRef.parse(respondedParagraph).orElse(cited.get());
			nowSide = side(responded, number, statuses);
			if (readSide.found() && nowSide.found()) {
				change = WordDiff.of(readSide.paragraph().fullText(), nowSide.paragraph().fullText());
			}
		}
		return Optional.of(new ParagraphCheck(cited.get(), readSide, nowSide, change, notOfReview));
	}

	private ParagraphCheck.Side side(ReportVersionView version, String number, Map<Long, TextStatus> statuses) {
		if (version == null) {
			return new ParagraphCheck.Side(null, number, ParagraphCheck.Finding.NO_VERSION, null, null);
		}
		TextStatus status = VersionComparisons.statusOf(statuses, version);
		if (status.isWorking()) {
			return new ParagraphCheck.Side(version, number, ParagraphCheck.Finding.WAITING, null, status);
		}
		if (status.isFailed()) {
			return new ParagraphCheck.Side(version, number, ParagraphCheck.Finding.FAILED, null, status);
		}
		return find(version.id(), number)
			.map((paragraph) -> new ParagraphCheck.Side(version, number, ParagraphCheck.Finding.FOUND, paragraph,
					status))
			.orElseGet(() -> new ParagraphCheck.Side(version, number, ParagraphCheck.Finding.NOT_FOUND, null, status));
	}

	/**
	 * The paragraph with its sub-points as one text. Where the numbering restarts (an
	 * executive summary before the report), the paragraph is taken from the longest part.
	 */
	Optional<ReportParagraph> find(Long versionId, String number) {
		List<ReportParagraph> rows = this.texts.paragraphsWithin(versionId, number);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Map<Integer, Integer> sizes = this.texts.partSizes(versionId);
		int part = rows.stream()
			.map(ReportParagraph::part)
			.distinct()
			.max(Comparator.comparing((Integer p) -> sizes.getOrDefault(p, 0)))
			.orElseThrow();
		List<ReportParagraph> inPart = rows.stream().filter((p) -> p.part() == part).toList();
		ReportParagraph first = inPart.get(0);
		StringBuilder text = new StringBuilder(first.number().equals(number) ? first.text() : "");
		for (ReportParagraph row : inPart) {
			if (row == first && row.number().equals(number)) {
				continue;
			}
			if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(row.number().substring(number.length())).append(' ').append(row.fullText());
		}
		return Optional.of(new ReportParagraph(number, first.number().equals(number) ? first.title() : null,
				text.toString(), first.page(), part));
	}

}
