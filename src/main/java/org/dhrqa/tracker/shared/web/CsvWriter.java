package org.dhrqa.tracker.shared.web;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The one way the service writes CSV: UTF-8, a header row, and every cell neutralised
 * against formula injection ({@link CsvCells#safe}) whatever its source, so no export can
 * forget it.
 */
public final class CsvWriter implements Closeable {

	private final CSVPrinter printer;

	private CsvWriter(OutputStream out, List<String> header) throws IOException {
		this.printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder()
					.setHeader(header.stream().map(CsvCells::safe).toArray(String[]::new))
					.get());
	}

	public static CsvWriter to(OutputStream out, List<String> header) throws IOException {
		return new CsvWriter(out, header);
	}

	/** Starts a CSV download: content type, file name, not cached. */
	public static CsvWriter download(HttpServletResponse response, String filename, List<String> header)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return new CsvWriter(response.getOutputStream(), header);
	}

	/**
	 * One row; each cell is written as text, and text that would run as a formula is
	 * quoted.
	 */
	public void row(Object... cells) throws IOException {
		row(Arrays.asList(cells));
	}

	public void row(List<?> cells) throws IOException {
		List<String> safe = new ArrayList<>(cells.size());
		for (Object cell : cells) {
			safe.add((cell != null) ? CsvCells.safe(cell.toString()) : "");
		}
		this.printer.printRecord(safe);
	}

	@Override
	public void close() throws IOException {
		this.printer.close();
	}

}
