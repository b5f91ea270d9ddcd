package org.dhrqa.tracker.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A text resource from the classpath, such as a stylesheet a PDF carries inside it. */
public final class ClasspathText {

	private ClasspathText() {
	}

	public static String read(String path) {
		try (InputStream in = ClasspathText.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
