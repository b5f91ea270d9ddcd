package org.dhrqa.tracker.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response as a page's template sees it: what the template writes is kept here,
 * encoded as it comes, and goes to the client in one piece once the page is complete
 * ({@link #sendTo}). A template that fails has sent nothing, so the error page shows
 * instead of half a page.
 *
 * Thymeleaf's own buffer was a {@code StringBuilder}: every page's title holds an en
 * dash, which turned the builder to two bytes a character from its first hundred
 * characters on, and the finished page was then copied into a string and encoded again by
 * Tomcat. Here UTF-8 is written straight into bytes by a writer no other thread sees (so
 * without {@link PrintWriter}'s lock on every write).
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
	 * A writer that encodes to UTF-8 into a growing array, as {@code String.getBytes}
	 * would (an unpaired surrogate becomes {@code ?}). Written by one request's thread
	 * only.
	 */
	static final class Utf8Bytes extends PrintWriter {

		private byte[] bytes = new byte[16384];

		private int count;

		/** A high surrogate whose low half has not been written yet. */
		private char pendingHigh;

		Utf8Bytes() {
			super(Writer.nullWriter());
		}

		/** Bytes written so far (after {@link #flush}, all of them). */
		int length() {
			return this.count;
		}

		byte[] toByteArray() {
			flush();
			return Arrays.copyOf(this.bytes, this.count);
		}

		void writeTo(OutputStream out) throws IOException {
			out.write(this.bytes, 0, this.count);
		}

		@Override
		public void write(int c) {
			ensure(4);
			put((char) c);
		}

		@Override
		public void write(char[] chars, int offset, int length) {
			ensure(length * 3 + 4);
			for (int i = offset, end = offset + length; i < end; i++) {
				put(chars[i]);
			}
		}

		@Override
		public void write(String text, int offset, int length) {
			ensure(length * 3 + 4);
			byte[] out = this.bytes;
			int at = this.count;
			int i = offset;
			int end = offset + length;
			if (this.pendingHigh == 0) {
				// the common case: ASCII, one byte each
				while (i < end) {
					char c = text.charAt(i);
					if (c >= 0x80) {
						break;
					}
					out[at++] = (byte) c;
					i++;
				}
			}
			this.count = at;
			for (; i < end; i++) {
				put(text.charAt(i));
			}
		}

		@Override
		public void write(char[] chars) {
			write(chars, 0, chars.length);
		}

		@Override
		public void write(String text) {
			write(text, 0, text.length());
		}

		/** An unpaired high surrogate at the end is written as {@code ?}. */
		@Override
		public void flush() {
			if (this.pendingHigh != 0) {
				this.pendingHigh = 0;
				ensure(1);
				this.bytes[this.count++] = '?';
			}
		}

		@Override
		public void close() {
			flush();
		}

		@Override
		public boolean checkError() {
			return false;
		}

		private void put(char c) {
			byte[] out = this.bytes;
			if (this.pendingHigh != 0) {
				char high = this.pendingHigh;
				this.pendingHigh = 0;
				if (Character.isLowSurrogate(c)) {
					int code = Character.toCodePoint(high, c);
					out[this.count++] = (byte) (0xF0 | (code >> 18));
					out[this.count++] = (byte) (0x80 | ((code >> 12) & 0x3F));
					out[this.count++] = (byte) (0x80 | ((code >> 6) & 0x3F));
					out[this.count++] = (byte) (0x80 | (code & 0x3F));
					return;
				}
				out[this.count++] = '?';
			}
			if (c < 0x80) {
				out[this.count++] = (byte) c;
			}
			else if (c < 0x800) {
				out[this.count++] = (byte) (0xC0 | (c >> 6));
				out[this.count++] = (byte) (0x80 | (c & 0x3F));
			}
			else if (Character.isHighSurrogate(c)) {
				this.pendingHigh = c;
			}
			else if (Character.isLowSurrogate(c)) {
				out[this.count++] = '?';
			}
			else {
				out[this.count++] = (byte) (0xE0 | (c >> 12));
				out[this.count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				out[this.count++] = (byte) (0x80 | (c & 0x3F));
			}
		}

		private void ensure(int more) {
			if (this.count + more > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.count + more));
			}
		}

	}

}
