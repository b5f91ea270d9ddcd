package org.dhrqa.tracker.letterimport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns a run of list entries into items. Nesting comes from indentation and, where the
 * text has none, from the marker changing style ("1." then "a)"). A top-level entry with
 * sub-points is one item holding them all, unless it is only a group label
 * ("Structure:"), in which case each sub-point is an item of its own.
 */
final class ItemLists {

	private ItemLists() {
	}

	/** One item: the entries whose words make it up, in order. */
	record Item(List<Block> entries) {

		String text() {
			return String.join(" ", this.entries.stream().map(Block::text).toList()).replaceAll("\\s+", " ").strip();
		}

	}

	/**
	 * The items of a run of blocks (list entries, and plain group labels between them),
	 * marking each block as an item or a group label.
	 */
	static List<Item> items(List<Block> run) {
		List<Item> items = new ArrayList<>();
		List<Block> segment = new ArrayList<>();
		for (Block block : run) {
			if (!block.isListEntry()) {
				items.addAll(itemsOf(segment));
				segment.clear();
				block.part(Block.Part.GROUP_LABEL);
			}
			else {
				segment.add(block);
			}
		}
		items.addAll(itemsOf(segment));
		return items;
	}

	private static List<Item> itemsOf(List<Block> entries) {
		if (entries.isEmpty()) {
			return List.of();
		}
		assignLevels(entries);
		List<Item> items = new ArrayList<>();
		int i = 0;
		while (i < entries.size()) {
			Block head = entries.get(i);
			int end = i + 1;
			while (end < entries.size() && entries.get(end).level() > head.level()) {
				end++;
			}
			List<Block> children = entries.subList(i + 1, end);
			// a label's points are sentences of their own; points in lower case finish
			// the
			// parent's sentence ("The chronology:" / "should start in 2015;") and belong
			// to it
			boolean ownSentences = !children.isEmpty() && Character.isUpperCase(children.get(0).text().codePointAt(0));
			if (ownSentences && Phrases.isGroupLabel(head.text())) {
				head.part(Block.Part.GROUP_LABEL);
				items.addAll(itemsOf(new ArrayList<>(children)));
			}
			else {
				List<Block> all = new ArrayList<>();
				all.add(head);
				all.addAll(children);
				all.forEach((entry) -> entry.part(Block.Part.ITEM));
				items.add(new Item(all));
			}
			i = end;
		}
		return items;
	}

	private record Open(String style, int indent, int level) {

	}

	/**
	 * Levels from indentation first; at the same indentation a new marker style opens a
	 * level below, and a style seen above closes back to it.
	 */
	static void assignLevels(List<Block> entries) {
		Deque<Open> stack = new ArrayDeque<>();
		for (Block entry : entries) {
			String style = entry.marker().style();
			int indent = entry.indent();
			while (!stack.isEmpty() && indent < stack.peek().indent() - 1) {
				stack.pop();
			}
			if (stack.isEmpty()) {
				stack.push(new Open(style, indent, 0));
				entry.level(0);
				continue;
			}
			Open same = null;
			for (Open open : stack) {
				if (open.style().equals(style) && Math.abs(open.indent() - indent) <= 1) {
					same = open;
					break;
				}
			}
			if (same != null) {
				while (stack.peek() != same) {
					stack.pop();
				}
				entry.level(same.level());
			}
			else {
				Open child = new Open(style, indent, stack.peek().level() + 1);
				stack.push(child);
				entry.level(child.level());
			}
		}
	}

}
