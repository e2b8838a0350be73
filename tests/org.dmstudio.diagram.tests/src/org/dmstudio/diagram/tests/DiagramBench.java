package org.dmstudio.diagram.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.dmstudio.diagram.DiagramRequest;
import org.dmstudio.diagram.Diagrams;
import org.dmstudio.diagram.render.SvgPainter;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Bus;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.TopologyFactory;
import org.eclipse.emf.ecore.EObject;

/**
 * The speed goals of issue 5, measured warm in one run (not a test): layout plus SVG export of a
 * board's device-link view, and of a synthetic 2,000-device graph. Prints medians in ms.
 * Run: {@code java ... org.dmstudio.diagram.tests.DiagramBench [devices]}.
 */
public final class DiagramBench {

	private DiagramBench() {
	}

	public static void main(String[] args) {
		int devices = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		List<EObject> seed = Fixtures.load(Fixtures.SEED000);
		System.out.printf("seed000 links: %.1f ms%n", median(() -> SvgPainter.paint(
				Diagrams.build(Diagrams.description("links"), seed, new DiagramRequest())), 20));
		List<EObject> synthetic = List.of(synthetic(devices, 1.5, 42));
		System.out.printf("synthetic %d devices links: %.1f ms%n", devices, median(() -> SvgPainter.paint(
				Diagrams.build(Diagrams.description("links"), synthetic, new DiagramRequest())), 5));
	}

	/** A board with {@code count} platform devices and about {@code density * count} links, supplier before consumer. */
	static Board synthetic(int count, double density, long seed) {
		Random random = new Random(seed);
		Board board = TopologyFactory.eINSTANCE.createBoard();
		board.setName("synthetic-" + count);
		Bus platform = TopologyFactory.eINSTANCE.createBus();
		platform.setName("platform");
		board.getBuses().add(platform);
		List<Device> all = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Device device = TopologyFactory.eINSTANCE.createDevice();
			device.setName(String.format("%08x.dev%d", 0xfd000000L + i * 0x1000L, i));
			device.setBus(platform);
			board.getDevices().add(device);
			all.add(device);
		}
		String[] kinds = { "clocks", "resets", "power-domains", "iommus", "vdd-supply", "interrupts", "phys", "dmas" };
		for (int i = 0; i < (int) (count * density); i++) {
			int consumer = 1 + random.nextInt(count - 1);
			DeviceLink link = TopologyFactory.eINSTANCE.createDeviceLink();
			link.setSupplier(all.get(random.nextInt(consumer)));
			link.setConsumer(all.get(consumer));
			link.setOriginProperty(kinds[random.nextInt(kinds.length)]);
			link.getFlags().add(DeviceLinkFlag.MANAGED);
			if (random.nextBoolean()) {
				link.getFlags().add(DeviceLinkFlag.PM_RUNTIME);
			}
			board.getLinks().add(link);
		}
		return board;
	}

	private static double median(Runnable work, int runs) {
		for (int i = 0; i < 3; i++) {
			work.run();
		}
		double[] times = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return times[runs / 2];
	}
}
