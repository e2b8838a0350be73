package org.dmstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dmstudio.ui.internal.DmStudioPerspective;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** Runs in the real workbench under Xvfb. */
class PerspectiveTest {

	@Test
	void theDmStudioPerspectiveOpensWithItsViews() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "no workbench window");
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(DmStudioPerspective.ID, window);
		assertEquals(DmStudioPerspective.ID, page.getPerspective().getId());
		assertEquals("DM Studio", page.getPerspective().getLabel());
		for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_OUTLINE }) {
			assertNotNull(page.findViewReference(view), view + " is not in the perspective");
		}
		Path shot = screenshot(window.getShell(), "dmstudio-perspective.png");
		assertTrue(Files.size(shot) > 1000, "screenshot is empty");
	}

	static Path screenshot(Shell shell, String name) throws Exception {
		Display display = shell.getDisplay();
		shell.setSize(1280, 800);
		shell.forceActive();
		long until = System.currentTimeMillis() + 1500;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		gc.copyArea(image, bounds.x, bounds.y);
		gc.dispose();
		Path out = Path.of(System.getProperty("dmstudio.bundle.dir", ".")).resolve("target").resolve(name);
		Files.createDirectories(out.getParent());
		ImageLoader loader = new ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
		loader.save(out.toString(), SWT.IMAGE_PNG);
		image.dispose();
		return out;
	}
}
