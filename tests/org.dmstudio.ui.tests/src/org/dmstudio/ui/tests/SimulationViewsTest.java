package org.dmstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.dmstudio.model.topology.Device;
import org.dmstudio.sim.TraceStep;
import org.dmstudio.ui.internal.DmStudioPerspective;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.dmstudio.ui.internal.sim.CallStackView;
import org.dmstudio.ui.internal.sim.DeviceStateView;
import org.dmstudio.ui.internal.sim.DmesgView;
import org.dmstudio.ui.internal.sim.SimulationSession;
import org.dmstudio.ui.internal.sim.SchedulerTimelineView;
import org.dmstudio.ui.internal.sim.SimulationView;
import org.dmstudio.ui.internal.sim.TraceView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/** Seed 000 built in, walked in the workbench's simulation views. */
class SimulationViewsTest {

	static void settle() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// the views update asynchronously after each step
		}
	}

	@Test
	void stepToTheFailingProbeAndFindWhereTheErrorWasBorn() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(DmStudioPerspective.ID,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		SimulationView simulation = (SimulationView) page.showView(SimulationView.ID);
		CallStackView callStack = (CallStackView) page.showView(CallStackView.ID);
		DeviceStateView state = (DeviceStateView) page.showView(DeviceStateView.ID);
		TraceView trace = (TraceView) page.showView(TraceView.ID);
		DmesgView dmesg = (DmesgView) page.showView(DmesgView.ID);
		Path scenario = Path.of(System.getProperty("dmstudio.root", "../..")).resolve("examples/seed000-rk3588-npu/builtin.scenario");

		simulation.run(scenario, null);
		assertTrue(simulation.runTo("pm_runtime_resume_and_get@fdab0000.npu"), "rocket_core_init resumes the core");
		settle();
		TraceStep step = SimulationSession.get().step();
		assertEquals("-EINVAL", step.retName(), "the sticky runtime_error turns into -EINVAL");
		List<String> frames = Arrays.asList(callStack.frames());
		assertEquals("pm_runtime_resume_and_get (fdab0000.npu) = -EINVAL", frames.get(0));
		for (String caller : List.of("rocket_core_init", "rocket_probe", "really_probe", "__driver_probe_device")) {
			assertTrue(frames.contains(caller), caller + " is not on the call stack " + frames);
		}
		state.setFilter("fdab9000.iommu");
		settle();
		assertTrue(state.rows().stream().anyMatch(r -> r[1].contains("runtime_error") && r[2].equals("-EPROBE_DEFER")),
				"the IOMMU holds -EPROBE_DEFER as its runtime_error: " + state.rows().stream().map(Arrays::toString).toList());
		assertTrue(simulation.currentText().contains("pm_runtime_resume_and_get"), simulation.currentText());

		trace.setFilter("-EPROBE_DEFER");
		settle();
		assertTrue(trace.rowCount() > 0 && trace.rowCount() < SimulationSession.get().result().trace().size());
		PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-simulation.png");

		assertTrue(simulation.runToBirth("-EPROBE_DEFER"));
		settle();
		TraceStep born = SimulationSession.get().step();
		assertTrue(born.stack().contains("rockchip_pd_power_on"), born.stack());
		assertTrue(born.stack().contains("pm_runtime_get_suppliers"), "born while the core's probe resumed its suppliers: " + born.stack());

		SimulationSession.get().seek(Integer.MAX_VALUE);
		settle();
		assertTrue(dmesg.text().contains("rocket fdab0000.npu: probe with driver rocket failed with error -22"), dmesg.text());
	}

	@Test
	void theSchedulerTimelineViewDrawsTheRunOfADrmScenario() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(DmStudioPerspective.ID,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		SchedulerTimelineView timeline = (SchedulerTimelineView) page.showView(SchedulerTimelineView.ID);
		Path examples = Path.of(System.getProperty("dmstudio.root", "../..")).resolve("examples");
		SimulationSession.get().run(examples.resolve("seed000-rk3588-npu/module.scenario"), null);
		settle();
		assertEquals(null, timeline.scene(), "a boot without a DRM device has no timeline");

		SimulationSession.get().run(examples.resolve("seed001-rocket-scheduler/chained-tasks.scenario"), null);
		SimulationSession.get().seek(Integer.MAX_VALUE);
		settle();
		List<String> labels = timeline.scene().allNodes().stream().map(n -> String.join(" ", n.label())).toList();
		for (String expected : List.of("A/task0", "B/task3", "timeout A")) {
			assertTrue(labels.stream().anyMatch(l -> l.contains(expected)), expected + " is not on the timeline: " + labels);
		}
		PerspectiveTest.screenshot(page.getWorkbenchWindow().getShell(), "dmstudio-scheduler-timeline-view.png");
	}

	@Test
	void playAdvancesUntilPausedAndAFrameSelectsItsDeviceInTheEditor() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(DmStudioPerspective.ID,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		Path examples = Path.of(System.getProperty("dmstudio.root", "../..")).resolve("examples/seed000-rk3588-npu");
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("simulation-views");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile model = project.getFile("rk3588-npu.dmstudio");
		model.create(new ByteArrayInputStream(Files.readAllBytes(examples.resolve("rk3588-npu.dmstudio"))), true, null);
		try {
			DmStudioEditor editor = (DmStudioEditor) IDE.openEditor(page, model, DmStudioEditor.ID);
			SimulationView simulation = (SimulationView) page.showView(SimulationView.ID);
			CallStackView callStack = (CallStackView) page.showView(CallStackView.ID);
			page.activate(editor);
			simulation.run(examples.resolve("builtin.scenario"), null);
			settle();

			simulation.togglePlay();
			long until = System.currentTimeMillis() + 600;
			while (System.currentTimeMillis() < until) {
				if (!Display.getCurrent().readAndDispatch()) {
					Thread.sleep(10);
				}
			}
			int played = SimulationSession.get().position();
			assertTrue(played > 3, "Play steps forward on its own, got to step " + played);
			simulation.togglePlay();
			assertFalse(simulation.isPlaying());
			settle();
			int paused = SimulationSession.get().position();
			Thread.sleep(200);
			settle();
			assertEquals(paused, SimulationSession.get().position(), "Pause stops the steps");

			assertTrue(simulation.runTo("pm_runtime_resume_and_get@fdab0000.npu"));
			settle();
			assertTrue(callStack.selectElementOf(0), "the innermost frame acts on fdab0000.npu");
			Object selected = ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
			assertTrue(selected instanceof Device device && device.getName().equals("fdab0000.npu"), String.valueOf(selected));
		} finally {
			page.closeAllEditors(false);
			project.delete(true, null);
		}
	}
}
