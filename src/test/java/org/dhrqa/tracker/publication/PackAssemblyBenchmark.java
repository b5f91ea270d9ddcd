package org.dhrqa.tracker.publication;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dhrqa.tracker.support.TestPdfs;

/**
 * Prints how long assembling a publication pack around a 19 MB report takes and how much
 * heap it peaks at. Not a test: run it by hand (see README) and compare the figures.
 */
public final class PackAssemblyBenchmark {

	private PackAssemblyBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int megabytes = (args.length > 0) ? Integer.parseInt(args[0]) : 19;
		Path work = Files.createTempDirectory("pack-benchmark-");
		File report = Files.write(work.resolve("report.pdf"), TestPdfs.large(megabytes)).toFile();
		File annex = Files.write(work.resolve("annex.pdf"), TestPdfs.report(3)).toFile();
		File letter = Files.write(work.resolve("letter.pdf"), TestPdfs.report(2)).toFile();
		PackAssembler assembler = new PackAssembler();
		assembler.assemble(report, annex, letter, work, "warm-up");
		System.gc();
		resetPeaks();
		long heapBefore = usedHeap();
		long start = System.nanoTime();
		PackAssembler.Result result = assembler.assemble(report, annex, letter, work, "Benchmark");
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("report %.1f MB, pack %.1f MB, %d pages%n", report.length() / 1048576.0,
				result.file().toFile().length() / 1048576.0, result.pageCount());
		System.out.printf("assembly took %d ms; heap used before %.1f MB, peak during %.1f MB%n", millis,
				heapBefore / 1048576.0, peakHeap() / 1048576.0);
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
	}

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
