package org.dhrqa.tracker.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response as a page's template sees it: what the template writes is kept here and
 * goes to the client in one piece once the page is complete ({@link #sendTo}). A template
 * that fails has sent nothing, so the error page shows instead of half a page.
 *
 * Thymeleaf's own buffer was a {@code StringBuilder}: every page's title holds an en
 * dash, which turned the builder to two bytes a character from its first hundred
 * characters on, and the finished page was then copied into a string and encoded again by
 * Tomcat. Here the characters are kept by a writer no other thread sees (so without
 * {@link PrintWriter}'s lock on every write) and encoded to UTF-8 once, into the bytes
 * that are sent.
 */
final class PageBuffer extends HttpServletResponseWrapper {

	private PrintWriter writer;

	private Utf8Bytes utf8;

	private ByteArrayOutputStream other;

	PageBuffer(HttpServletResponse response) {
		super(response);
	}

	@Override
	public PrintWriter getWriter() {
		if (this.writer == null) {
			Charset charset = (getCharacterEncoding() != null) ? Charset.forName(getCharacterEncoding())
					: StandardCharsets.ISO_8859_1;
			if (StandardCharsets.UTF_8.equals(charset)) {
				this.utf8 = new Utf8Bytes();
				this.writer = this.utf8;
			}
			else {
				this.other = new ByteArrayOutputStream(8192);
				this.writer = new PrintWriter(new OutputStreamWriter(this.other, charset));
			}
		}
		return this.writer;
	}

	@Override
	public void flushBuffer() {
		// kept until the page is complete
	}

	/** Sends what the template wrote, with its length. */
	void sendTo(HttpServletResponse response) throws IOException {
		if (this.writer == null) {
			return;
		}
		this.writer.flush();
		if (this.utf8 != null) {
			response.setContentLength(this.utf8.length());
			this.utf8.writeTo(response.getOutputStream());
		}
		else {
			response.setContentLength(this.other.size());
			this.other.writeTo(response.getOutputStream());
		}
	}

	/**
	 * A writer that keeps what the template writes as characters and encodes them to
	 * UTF-8 once, when the page is complete, as {@code String.getBytes} would (an
	 * unpaired surrogate becomes {@code ?}). Written by one request's thread only.
	 * <p>
	 * Copying each string's characters in ({@code String.getChars}, an array copy) and
	 * encoding the page in one pass costs a fraction of encoding every small string as it
	 * comes: the tags, attribute names and values Thymeleaf writes are a few characters
	 * each, and a per-character loop over each of them was 8 % of the big plan's samples.
	 */
	static final class Utf8Bytes extends PrintWriter {

		private char[] chars = new char[16384];

		private int count;

		/** The page encoded, once asked for; null while the writing goes on. */
		private byte[] encoded;

		private int encodedLength;

		Utf8Bytes() {
			super(Writer.nullWriter());
		}

		/** Bytes written so far. */
		int length() {
			encode();
			return this.encodedLength;
		}

		byte[] toByteArray() {
			encode();
			return Arrays.copyOf(this.encoded, this.encodedLength);
		}

		void writeTo(OutputStream out) throws IOException {
			encode();
			out.write(this.encoded, 0, this.encodedLength);
		}

		@Override
		public void write(int c) {
			ensure(1);
			this.chars[this.count++] = (char) c;
		}

		@Override
		public void write(char[] text, int offset, int length) {
			ensure(length);
			System.arraycopy(text, offset, this.chars, this.count, length);
			this.count += length;
		}

		@Override
		public void write(String text, int offset, int length) {
			ensure(length);
			text.getChars(offset, offset + length, this.chars, this.count);
			this.count += length;
		}

		@Override
		public void write(char[] text) {
			write(text, 0, text.length);
		}

		@Override
		public void write(String text) {
			write(text, 0, text.length());
		}

		@Override
		public void flush() {
			// encoded when the page is sent
		}

		@Override
		public void close() {
		}

		@Override
		public boolean checkError() {
			return false;
		}

		private void ensure(int more) {
			this.encoded = null;
			if (this.count + more > this.chars.length) {
				this.chars = Arrays.copyOf(this.chars, Math.max(this.chars.length * 2, this.count + more));
			}
		}

		private void encode() {
			if (this.encoded != null) {
				return;
			}
			CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
				.onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE);
			CharBuffer in = CharBuffer.wrap(this.chars, 0, this.count);
			// most pages are ASCII but for a few dashes and quotes
			ByteBuffer out = ByteBuffer.allocate(this.count + (this.count >> 4) + 16);
			while (true) {
				CoderResult result = in.hasRemaining() ? encoder.encode(in, out, true) : CoderResult.UNDERFLOW;
				if (result.isUnderflow()) {
					result = encoder.flush(out);
				}
				if (result.isUnderflow()) {
					break;
				}
				ByteBuffer larger = ByteBuffer.allocate(out.capacity() * 2);
				out.flip();
				larger.put(out);
				out = larger;
			}
			this.encoded = out.array();
			this.encodedLength = out.position();
		}

	}

}
