package org.dhrqa.tracker.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dhrqa.tracker.shared.history.Actor;
import org.dhrqa.tracker.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback items as the letter module composes them: drafted with the letter, opened when
 * it is issued, carried over or withdrawn when a correction replaces it. Callers check
 * access to the review before calling.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackItems {

	private final FeedbackItemRepository repository;

	private final FeedbackCounts counts;

	private final Clock clock;

	FeedbackItems(FeedbackItemRepository repository, FeedbackCounts counts, Clock clock) {
		this.repository = repository;
		this.counts = counts;
		this.clock = clock;
	}

	public List<ItemView> ofLetter(Long letterId) {
		return this.repository.findByLetterIdOrderByNumberAsc(letterId).stream().map(ItemView::of).toList();
	}

	/**
	 * How many items each of the review's letters holds, whatever their status (a letter
	 * without items: absent).
	 */
	public Map<Long, Long> countsByLetterOfReview(Long reviewId) {
		return this.counts.tally(reviewId).byLetter();
	}

	/**
	 * The review's current items: those of issued letters, not replaced by a correction.
	 */
	public List<ItemView> liveOfReview(Long reviewId) {
		return this.repository.findLiveByReview(reviewId).stream().map(ItemView::of).toList();
	}

	public Optional<ItemView> find(Long itemId) {
		return this.repository.findById(itemId).map(ItemView::of);
	}

	/**
	 * Items someone is assigned that still wait for the CSP and are due by the date (the
	 * morning digest), soonest first. Runs as the service, for every CSP.
	 */
	public List<ItemView> assignedDueBy(LocalDate date) {
		return this.repository.findAssignedDueBy(date).stream().map(ItemView::of).toList();
	}

	/**
	 * Items that still wait for the CSP and were due before the date, for every CSP,
	 * oldest due first.
	 */
	public List<ItemView> overdueOn(LocalDate today) {
		return this.repository.findOverdueOn(today).stream().map(ItemView::of).toList();
	}

	@Transactional
	public Long addDraft(Long letterId, Long reviewId, String text, String paragraphRef, FeedbackCategory category) {
		int next = this.repository.findByLetterIdOrderByNumberAsc(letterId).size() + 1;
		return this.repository
			.save(new FeedbackItem(letterId, reviewId, next, text, paragraphRef, category, this.clock.instant()))
			.getId();
	}

	/**
	 * Changes an area of a draft letter, unless someone changed or removed it since the
	 * person read it at {@code expectedVersion}.
	 * @throws ItemChangedMeanwhileException when they did
	 */
	@Transactional
	public void editDraft(Long letterId, Long itemId, long expectedVersion, String text, String paragraphRef,
			FeedbackCategory category) {
		current(letterId, itemId, expectedVersion).editDraft(text, paragraphRef, category, this.clock.instant());
		this.repository.flush();
	}

	/**
	 * Removes an area of a draft letter, unless someone changed it since the person read
	 * it at {@code expectedVersion}.
	 * @throws ItemChangedMeanwhileException when they did, or removed it already
	 */
	@Transactional
	public void removeDraft(Long letterId, Long itemId, long expectedVersion) {
		FeedbackItem item = current(letterId, itemId, expectedVersion);
		this.repository.delete(item);
		this.repository.flush();
		renumber(letterId);
	}

	/** Removes every area of a draft letter that is being discarded. */
	@Transactional
	public void discardDrafts(Long letterId) {
		List<FeedbackItem> items = this.repository.findByLetterIdOrderByNumberAsc(letterId);
		if (items.stream().anyMatch((item) -> item.getStatus() != FeedbackStatus.DRAFT)) {
			throw new IllegalStateException("Only a draft letter's areas can be discarded");
		}
		this.repository.deleteAll(items);
		this.repository.flush();
	}

	/** Moves a draft item one place up (-1) or down (+1) in the letter's list. */
	@Transactional
	public void moveDraft(Long letterId, Long itemId, int direction) {
		List<FeedbackItem> items = new ArrayList<>(this.repository.findByLetterIdOrderByNumberAsc(letterId));
		int index = indexOf(items, itemId);
		int target = index + Integer.signum(direction);
		if (target < 0 || target >= items.size()) {
			return;
		}
		Collections.swap(items, index, target);
		for (int i = 0; i < items.size(); i++) {
			items.get(i).renumber(i + 1);
		}
	}

	/** Opens every draft item of an issued letter for the CSP. */
	@Transactional
	public void openAll(Long letterId, Actor actor, String note) {
		for (FeedbackItem item : this.repository.findByLetterIdOrderByNumberAsc(letterId)) {
			item.open(actor, this.clock.instant(), note);
		}
	}

	/**
	 * Drafts on {@code newLetterId} every live item of {@code earlierLetterId}, for a
	 * correction (all of them) or a letter after resubmission (only those not accepted).
	 */
	@Transactional
	public void draftFrom(Long earlierLetterId, Long newLetterId, boolean unresolvedOnly) {
		int number = this.repository.findByLetterIdOrderByNumberAsc(newLetterId).size();
		for (FeedbackItem earlier : this.repository.findByLetterIdOrderByNumberAsc(earlierLetterId)) {
			if (!earlier.getStatus().isLive() || (unresolvedOnly && earlier.getStatus() == FeedbackStatus.ACCEPTED)) {
				continue;
			}
			this.repository.save(FeedbackItem.carriedFrom(earlier, newLetterId, ++number, this.clock.instant()));
		}
	}

	/**
	 * Issuing a correction: each draft item that repeats an item of the superseded letter
	 * word for word takes over that item's progress; the superseded letter's items are
	 * withdrawn; the rest open as new.
	 */
	@Transactional
	public void issueCorrection(Long supersededLetterId, Long newLetterId, Actor actor, String note) {
		List<FeedbackItem> earlier = new ArrayList<>(this.repository.findByLetterIdOrderByNumberAsc(supersededLetterId)
			.stream()
			.filter((item) -> item.getStatus().isLive())
			.toList());
		for (FeedbackItem item : this.repository.findByLetterIdOrderByNumberAsc(newLetterId)) {
			FeedbackItem same = earlier.stream()
				.filter((candidate) -> candidate.getId().equals(item.getCarriedFromItemId())
						&& candidate.sameContentAs(item))
				.findFirst()
				.orElse(null);
			if (same != null) {
				item.continueFrom(same, actor, this.clock.instant(), note);
			}
			else {
				item.open(actor, this.clock.instant(), note);
			}
		}
		for (FeedbackItem item : earlier) {
			item.withdraw(actor, this.clock.instant(), note);
		}
	}

	private FeedbackItem current(Long letterId, Long itemId, long expectedVersion) {
		FeedbackItem item = this.repository.findById(itemId)
			.filter((candidate) -> candidate.getLetterId().equals(letterId))
			.orElseThrow(() -> new ItemChangedMeanwhileException(null));
		if (item.getStatus() != FeedbackStatus.DRAFT) {
			throw new NotFoundException();
		}
		if (item.getVersion() != expectedVersion) {
			throw new ItemChangedMeanwhileException(ItemView.of(item));
		}
		return item;
	}

	private FeedbackItem draftOf(Long letterId, Long itemId) {
		return this.repository.findById(itemId)
			.filter((item) -> item.getLetterId().equals(letterId))
			.filter((item) -> item.getStatus() == FeedbackStatus.DRAFT)
			.orElseThrow(NotFoundException::new);
	}

	private void renumber(Long letterId) {
		List<FeedbackItem> items = this.repository.findByLetterIdOrderByNumberAsc(letterId);
		for (int i = 0; i < items.size(); i++) {
			items.get(i).renumber(i + 1);
		}
	}

	private static int indexOf(List<FeedbackItem> items, Long itemId) {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).getId().equals(itemId)) {
				return i;
			}
		}
		throw new NotFoundException();
	}

}
