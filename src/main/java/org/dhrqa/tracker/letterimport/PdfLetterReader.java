package org.dhrqa.tracker.letterimport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import org.dhrqa.tracker.letterimport.UnreadableLetterException.Reason;

/**
 * A PDF's text with its layout kept where the parser needs it. PDFBox gives the lines;
 * their positions say the rest: a blank line where the gap above a line is taller than
 * usual, where the line before ended early although the next word would have fitted (the
 * end of a paragraph or list entry), or where a paragraph starts with an indent; and
 * leading spaces for how far a line is indented, so sub-points and hanging indents
 * survive. Pages are separated by form feeds for the cleaner to remove running headers
 * and footers.
 */
final class PdfLetterReader {

	/** Points of indentation written as one leading space. */
	private static final float SPACE_UNIT = 4.5f;

	private PdfLetterReader() {
	}

	static String read(byte[] pdf) {
		List<List<Line>> pages;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			LineCollector collector = new LineCollector();
			collector.setSortByPosition(true);
			collector.getText(document);
			pages = collector.pages;
		}
		catch (InvalidPasswordException ex) {
			throw new UnreadableLetterException(Reason.ENCRYPTED, ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableLetterException(Reason.BROKEN, ex);
		}
		String text = layout(pages);
		if (text.isBlank()) {
			throw new UnreadableLetterException(Reason.NO_TEXT);
		}
		return text;
	}

	/** One line of text as PDFBox found it, with where it sits on the page. */
	record Line(String text, float left, float right, float baseline, float height, float firstWordWidth,
			float spaceWidth) {

		boolean endsSentence() {
			return Phrases.endsSentence(this.text) || this.text.strip().endsWith(":");
		}

	}

	static String layout(List<List<Line>> pages) {
		List<Line> all = pages.stream().flatMap(List::stream).toList();
		if (all.isEmpty()) {
			return "";
		}
		float leftMargin = commonLeft(all);
		float rightMargin = percentile(all.stream().map(Line::right).toList(), 0.9f);
		float pitch = pitch(pages);
		StringBuilder out = new StringBuilder();
		for (int p = 0; p < pages.size(); p++) {
			if (p > 0) {
				out.append("\f\n");
			}
			List<Line> lines = pages.get(p);
			for (int i = 0; i < lines.size(); i++) {
				Line line = lines.get(i);
				Line previous = (i > 0) ? lines.get(i - 1) : null;
				boolean starts = previous == null || startsParagraph(previous, line, leftMargin, rightMargin, pitch);
				if (previous != null && starts) {
					out.append('\n');
				}
				float left = line.left();
				Line next = (i + 1 < lines.size()) ? lines.get(i + 1) : null;
				// a first-line indent says "new paragraph", not "indented paragraph"
				if (starts && next != null && !startsParagraph(line, next, leftMargin, rightMargin, pitch)
						&& next.left() < left && ListMarker.of(line.text().strip()) == null) {
					left = next.left();
				}
				int spaces = Math.max(0, Math.round((left - leftMargin) / SPACE_UNIT));
				out.append(" ".repeat(spaces)).append(line.text().strip()).append('\n');
			}
		}
		return out.toString();
	}

	private static boolean startsParagraph(Line previous, Line line, float leftMargin, float rightMargin, float pitch) {
		float gap = line.baseline() - previous.baseline();
		if (gap < 0 || (pitch > 0 && gap > pitch * 1.45f)) {
			return true;
		}
		boolean wouldHaveFitted = previous.right() + previous.spaceWidth() + line.firstWordWidth() < rightMargin - 3;
		if (wouldHaveFitted) {
			return true;
		}
		boolean indentedStart = line.left() > leftMargin + 8 && line.left() > previous.left() + 8
				&& ListMarker.of(line.text().strip()) == null;
		return indentedStart && previous.endsSentence();
	}

	/** Where most lines start: the body's left margin. */
	private static float commonLeft(List<Line> lines) {
		Map<Integer, Integer> counts = new HashMap<>();
		for (Line line : lines) {
			counts.merge(Math.round(line.left() / 2f), 1, Integer::sum);
		}
		int bucket = counts.entrySet()
			.stream()
			.max(Map.Entry.<Integer, Integer>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey((a, b) -> b - a)))
			.orElseThrow()
			.getKey();
		float min = Float.MAX_VALUE;
		for (Line line : lines) {
			if (Math.round(line.left() / 2f) == bucket) {
				min = Math.min(min, line.left());
			}
		}
		return min;
	}

	/** The usual distance from one line to the next within a paragraph. */
	private static float pitch(List<List<Line>> pages) {
		List<Float> gaps = new ArrayList<>();
		for (List<Line> page : pages) {
			for (int i = 1; i < page.size(); i++) {
				float gap = page.get(i).baseline() - page.get(i - 1).baseline();
				if (gap > 0 && gap < page.get(i).height() * 3f) {
					gaps.add(gap);
				}
			}
		}
		return gaps.isEmpty() ? 0 : percentile(gaps, 0.3f);
	}

	private static float percentile(List<Float> values, float fraction) {
		List<Float> sorted = values.stream().sorted().toList();
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor((sorted.size() - 1) * fraction)));
	}

	/** Collects PDFBox's lines with their positions instead of writing plain text. */
	private static final class LineCollector extends PDFTextStripper {

		private final List<List<Line>> pages = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private final List<TextPosition> positions = new ArrayList<>();

		@Override
		protected void startPage(PDPage page) throws IOException {
			this.pages.add(new ArrayList<>());
			super.startPage(page);
		}

		@Override
		protected void writeString(String string, List<TextPosition> textPositions) {
			this.text.append(string);
			this.positions.addAll(textPositions);
		}

		@Override
		protected void writeWordSeparator() {
			this.text.append(' ');
		}

		@Override
		protected void writeLineSeparator() {
			finishLine();
		}

		@Override
		protected void writeParagraphEnd() {
			finishLine();
		}

		@Override
		protected void writePageEnd() {
			finishLine();
		}

		private void finishLine() {
			String line = this.text.toString();
			if (!line.isBlank() && !this.positions.isEmpty() && !this.pages.isEmpty()) {
				this.pages.get(this.pages.size() - 1).add(measure(line, this.positions));
			}
			this.text.setLength(0);
			this.positions.clear();
		}

		private static Line measure(String line, List<TextPosition> positions) {
			float left = Float.MAX_VALUE;
			float right = 0;
			List<Float> baselines = new ArrayList<>();
			List<Float> heights = new ArrayList<>();
			float space = 0;
			for (TextPosition position : positions) {
				left = Math.min(left, position.getXDirAdj());
				right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
				baselines.add(position.getYDirAdj());
				heights.add(position.getHeightDir());
				space = Math.max(space, position.getWidthOfSpace());
			}
			String stripped = line.strip();
			int firstWordLength = stripped.split("\\s+", 2)[0].length();
			float firstWord = 0;
			for (int i = 0; i < Math.min(firstWordLength, positions.size()); i++) {
				firstWord += positions.get(i).getWidthDirAdj();
			}
			return new Line(line, left, right, percentile(baselines, 0.5f), percentile(heights, 0.5f), firstWord,
					(space > 0) ? space : 3f);
		}

	}

}
