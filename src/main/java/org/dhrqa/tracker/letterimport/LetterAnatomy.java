package org.dhrqa.tracker.letterimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.dhrqa.tracker.letter.Outcome;
import org.dhrqa.tracker.letterimport.Block.Part;

/**
 * Says which part of a QA letter each block is, in the order letters are written:
 * letterhead and addressee, "Dear …", the opening, strengths, the outcome, the heading
 * and its list, the publication steps, thanks, the sign-off. Lists are told apart by what
 * introduces them and by what they say: praise is strengths, "digital copy" and "weblink"
 * are publication steps, everything else under a heading is items. What fits nowhere is
 * left unplaced, for a person to place.
 */
final class LetterAnatomy {

	private enum ListKind {

		ITEMS, STRENGTHS, PUBLICATION

	}

	private final List<Block> blocks;

	private final List<ItemLists.Item> items = new ArrayList<>();

	private Block heading;

	private List<Block> body;

	/** The letter has the shape of one: a salutation or an opening paragraph. */
	private boolean structured;

	private LetterAnatomy(List<Block> blocks) {
		this.blocks = blocks;
	}

	static LetterAnatomy of(List<Block> blocks) {
		LetterAnatomy anatomy = new LetterAnatomy(blocks);
		anatomy.mark();
		return anatomy;
	}

	List<ItemLists.Item> items() {
		return this.items;
	}

	Block heading() {
		return this.heading;
	}

	List<Block> blocks() {
		return this.blocks;
	}

	List<Block> all(Part part) {
		return this.blocks.stream().filter((block) -> block.is(part)).toList();
	}

	private void mark() {
		int salutation = indexOf(0, (block) -> !block.isListEntry() && block.text().length() < 80
				&& Phrases.find(Phrases.SALUTATION, block.text()));
		int bodyStart;
		if (salutation >= 0) {
			markRange(0, salutation, Part.HEADER);
			this.blocks.get(salutation).part(Part.SALUTATION);
			bodyStart = salutation + 1;
		}
		else {
			int opening = indexOf(0, (block) -> Phrases.find(Phrases.OPENING, block.text()));
			boolean header = opening > 0 && opening < 15
					&& this.blocks.subList(0, opening).stream().noneMatch(Block::isListEntry);
			bodyStart = header ? opening : 0;
			markRange(0, bodyStart, Part.HEADER);
		}
		int signOff = indexOf(bodyStart, (block) -> !block.isListEntry() && block.text().length() < 80
				&& Phrases.find(Phrases.SIGN_OFF, block.text()));
		if (signOff >= 0) {
			markRange(signOff, this.blocks.size(), Part.SIGN_OFF);
		}
		this.body = this.blocks.subList(bodyStart, (signOff >= 0) ? signOff : this.blocks.size());
		markOpening(salutation >= 0);
		this.structured = salutation >= 0 || this.blocks.stream().anyMatch((block) -> block.is(Part.OPENING));
		markLists();
		markPlainLists();
		if (this.items.isEmpty() && this.heading == null) {
			markItemsAfterOutcome();
		}
		this.items.sort(Comparator.comparingInt((item) -> this.blocks.indexOf(item.entries().get(0))));
		markRest();
	}

	private void markOpening(boolean afterSalutation) {
		if (this.body.isEmpty()) {
			return;
		}
		Block first = this.body.get(0);
		boolean opening = !first.isListEntry() && !Phrases.introducesList(first.text())
				&& (afterSalutation || Phrases.find(Phrases.OPENING, first.text()));
		if (!opening) {
			return;
		}
		first.part(Part.OPENING);
		for (int i = 1; i < this.body.size(); i++) {
			Block next = this.body.get(i);
			String text = Phrases.lower(next.text());
			boolean apology = (text.contains("apologi") || text.contains("delay") || text.contains("sorry"))
					&& text.length() < 300 && !next.isListEntry();
			if (!apology) {
				break;
			}
			next.part(Part.OPENING);
		}
	}

	/**
	 * Runs of list entries (with group labels between them), each with its introduction.
	 */
	private void markLists() {
		int i = 0;
		while (i < this.body.size()) {
			if (!startsRun(i)) {
				i++;
				continue;
			}
			int end = i;
			while (end < this.body.size() && startsRun(end)) {
				end++;
			}
			List<Block> run = new ArrayList<>(this.body.subList(i, end));
			Block intro = (i > 0 && this.body.get(i - 1).part() == null) ? this.body.get(i - 1) : null;
			switch (classify(intro, run)) {
				case STRENGTHS -> {
					run.forEach((block) -> block.part(Part.STRENGTH));
					if (intro != null && Phrases.introducesList(intro.text())) {
						intro.part(Part.STRENGTH);
					}
				}
				case PUBLICATION -> {
					run.forEach((block) -> block.part(Part.PUBLICATION));
					if (intro != null && Phrases.introducesList(intro.text())) {
						intro.part(Part.PUBLICATION);
					}
				}
				case ITEMS -> {
					if (intro != null && Phrases.introducesList(intro.text())) {
						markHeading(intro);
					}
					addItems(withoutTrailingPublication(run));
				}
			}
			i = end;
		}
	}

	private boolean startsRun(int index) {
		Block block = this.body.get(index);
		if (block.part() != null) {
			return false;
		}
		if (block.isListEntry()) {
			return true;
		}
		boolean nextIsEntry = index + 1 < this.body.size() && this.body.get(index + 1).isListEntry();
		String text = block.text();
		boolean otherList = Phrases.isPublicationHeading(text) || Phrases.find(Phrases.STRENGTH_HEADING, text);
		return nextIsEntry && !otherList && Phrases.isGroupLabel(text) && index > 0
				&& this.body.get(index - 1).part() == null
				&& (this.body.get(index - 1).isListEntry() || Phrases.introducesList(this.body.get(index - 1).text()));
	}

	private ListKind classify(Block intro, List<Block> run) {
		boolean introduced = intro != null && Phrases.introducesList(intro.text());
		if (introduced && Phrases.find(Phrases.STRENGTH_HEADING, intro.text())) {
			return ListKind.STRENGTHS;
		}
		if (introduced && (Phrases.isPublicationHeading(intro.text()) || Phrases.isPublication(intro.text()))) {
			return ListKind.PUBLICATION;
		}
		List<Block> entries = run.stream().filter(Block::isListEntry).toList();
		long publication = entries.stream().filter((entry) -> Phrases.isPublication(entry.text())).count();
		long praise = entries.stream().filter((entry) -> Phrases.isPraise(entry.text())).count();
		if (publication == entries.size()) {
			return ListKind.PUBLICATION;
		}
		if (introduced && Phrases.find(Phrases.ITEM_HEADING, intro.text())) {
			return ListKind.ITEMS;
		}
		if (publication * 2 > entries.size()) {
			return ListKind.PUBLICATION;
		}
		return (praise * 2 > entries.size()) ? ListKind.STRENGTHS : ListKind.ITEMS;
	}

	/** Publication steps bulleted straight after the last item are not items. */
	private List<Block> withoutTrailingPublication(List<Block> run) {
		int end = run.size();
		while (end > 1 && run.get(end - 1).isListEntry() && Phrases.hasStrongPublication(run.get(end - 1).text())) {
			run.get(end - 1).part(Part.PUBLICATION);
			end--;
		}
		return run.subList(0, end);
	}

	/**
	 * A heading followed by plain paragraphs: each paragraph is an item, up to a stop.
	 */
	private void markPlainLists() {
		for (int i = 0; i + 1 < this.body.size(); i++) {
			Block candidate = this.body.get(i);
			if (candidate.part() != null || candidate.isListEntry() || !Phrases.introducesList(candidate.text())
					|| Phrases.find(Phrases.STRENGTH_HEADING, candidate.text())
					|| Phrases.isPublicationHeading(candidate.text())) {
				continue;
			}
			List<Block> found = plainItemsFrom(i + 1);
			if (!found.isEmpty()) {
				markHeading(candidate);
				addParagraphItems(found);
			}
		}
	}

	private List<Block> plainItemsFrom(int start) {
		List<Block> found = new ArrayList<>();
		for (int j = start; j < this.body.size(); j++) {
			Block block = this.body.get(j);
			if (block.part() != null || block.isListEntry() || stops(block.text())) {
				break;
			}
			found.add(block);
		}
		// a trailing label with nothing under it is not an item
		while (!found.isEmpty() && Phrases.isGroupLabel(found.get(found.size() - 1).text())) {
			found.remove(found.size() - 1);
		}
		return found;
	}

	/** No heading and no list: the paragraphs after the outcome that ask for changes. */
	private void markItemsAfterOutcome() {
		int outcome = -1;
		for (int i = 0; i < this.body.size(); i++) {
			Block block = this.body.get(i);
			if (block.part() == null && OutcomeFinder.states(block.text()) && !block.isListEntry()) {
				outcome = i;
			}
		}
		if (outcome < 0 || OutcomeFinder.decide(List.of(this.body.get(outcome).text()), 0).equals(Outcome.APPROVED)) {
			return;
		}
		List<Block> found = plainItemsFrom(outcome + 1);
		if (!found.isEmpty() && found.stream().allMatch((block) -> Phrases.isDirective(block.text()))) {
			addParagraphItems(found);
		}
	}

	/**
	 * Where a list of plain paragraphs ends: publication steps (an item may mention
	 * publication; the steps start like instructions), thanks, the sign-off, the outcome,
	 * praise, or a heading of another kind.
	 */
	private boolean stops(String text) {
		boolean publication = Phrases.hasStrongPublication(text)
				|| (Phrases.isPublication(text) && Phrases.find(Phrases.INSTRUCTION_START, text));
		return publication || Phrases.isClosing(text) || Phrases.find(Phrases.SIGN_OFF, text)
				|| (OutcomeFinder.states(text) && !Phrases.isDirective(text)) || Phrases.isPraise(text)
				|| (Phrases.introducesList(text)
						&& (Phrases.find(Phrases.STRENGTH_HEADING, text) || Phrases.isPublicationHeading(text)));
	}

	private void addItems(List<Block> run) {
		for (ItemLists.Item item : ItemLists.items(run)) {
			this.items.add(item);
		}
	}

	/**
	 * Paragraphs that are points: one item each, short labels among them grouping the
	 * rest.
	 */
	private void addParagraphItems(List<Block> paragraphs) {
		for (int i = 0; i < paragraphs.size(); i++) {
			Block paragraph = paragraphs.get(i);
			if (Phrases.isGroupLabel(paragraph.text()) && i + 1 < paragraphs.size()) {
				paragraph.part(Part.GROUP_LABEL);
			}
			else {
				paragraph.part(Part.ITEM);
				this.items.add(new ItemLists.Item(List.of(paragraph)));
			}
		}
	}

	private void markHeading(Block block) {
		block.part(Part.HEADING);
		if (this.heading == null || this.blocks.indexOf(block) < this.blocks.indexOf(this.heading)) {
			this.heading = block;
		}
	}

	/** Outcome statements; strengths before the list; publication and thanks after it. */
	private void markRest() {
		for (Block block : this.body) {
			if (block.part() == null && !block.isListEntry() && OutcomeFinder.states(block.text())
					&& !Phrases.hasStrongPublication(block.text())) {
				block.part(Part.OUTCOME);
			}
		}
		int listStart = indexOf(0, (block) -> block.is(Part.HEADING) || block.is(Part.ITEM));
		if (listStart < 0) {
			listStart = indexOf(0, (block) -> block.is(Part.OUTCOME));
		}
		int bodyStart = this.blocks.indexOf(this.body.isEmpty() ? null : this.body.get(0));
		for (Block block : this.body) {
			if (block.part() != null) {
				continue;
			}
			String text = block.text();
			int index = this.blocks.indexOf(block);
			boolean beforeList = listStart < 0 || index < listStart;
			if (Phrases.isClosing(text)) {
				block.part(Part.CLOSING);
			}
			else if (Phrases.isPublication(text) && !beforeList) {
				block.part(Part.PUBLICATION);
			}
			else if (beforeList && index > bodyStart && !insistsOnChanges(text) && (this.structured
					|| Phrases.count(Phrases.PRAISE, text) > Phrases.count(Phrases.DIRECTIVE, text))) {
				block.part(Part.STRENGTH);
			}
			else if (!beforeList && this.items.isEmpty() && Phrases.isPraise(text)) {
				block.part(Part.STRENGTH);
			}
			else {
				block.part(Part.UNPLACED);
			}
		}
		markSignatureAfterThanks();
	}

	/**
	 * Letters signed off without "Yours sincerely": the short lines after the thanks (a
	 * name, a team) are the sign-off.
	 */
	private void markSignatureAfterThanks() {
		int closing = -1;
		for (int i = 0; i < this.body.size(); i++) {
			if (this.body.get(i).is(Part.CLOSING)) {
				closing = i;
			}
		}
		if (closing < 0) {
			return;
		}
		for (int i = closing + 1; i < this.body.size(); i++) {
			Block block = this.body.get(i);
			if (!block.is(Part.UNPLACED) || Phrases.words(block.text()) > 12 || Phrases.endsSentence(block.text())) {
				return;
			}
		}
		for (int i = closing + 1; i < this.body.size(); i++) {
			this.body.get(i).part(Part.SIGN_OFF);
		}
	}

	private static boolean insistsOnChanges(String text) {
		return Phrases.count(Phrases.DIRECTIVE, text) >= 2 && !Phrases.find(Phrases.PRAISE, text);
	}

	private void markRange(int from, int to, Part part) {
		for (int i = from; i < to; i++) {
			this.blocks.get(i).part(part);
		}
	}

	private int indexOf(int from, Predicate<Block> test) {
		for (int i = from; i < this.blocks.size(); i++) {
			if (test.test(this.blocks.get(i))) {
				return i;
			}
		}
		return -1;
	}

}
