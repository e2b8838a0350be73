package org.dmstudio.ui.internal.welcome;

import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.dmstudio.ui.internal.sim.SimulationView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.EditorPart;

/** The welcome page: what to click first, in five lines; the links do the first two steps. */
public final class WelcomeEditor extends EditorPart {

	public static final String ID = "org.dmstudio.ui.welcome";
	static final String SEED_BOARD = "seed000-rk3588-npu/rk3588-npu.dmstudio";

	/** The one input of the welcome page. */
	public static final IEditorInput INPUT = new IEditorInput() {
		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}

		@Override
		public boolean exists() {
			return false;
		}

		@Override
		public ImageDescriptor getImageDescriptor() {
			return null;
		}

		@Override
		public String getName() {
			return "Welcome";
		}

		@Override
		public IPersistableElement getPersistable() {
			return null;
		}

		@Override
		public String getToolTipText() {
			return "Welcome to DM Studio";
		}
	};

	private Composite root;

	@Override
	public void init(IEditorSite site, IEditorInput input) {
		setSite(site);
		setInput(input);
		setPartName("Welcome");
	}

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 24;
		layout.marginHeight = 16;
		layout.verticalSpacing = 10;
		root.setLayout(layout);
		root.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		Label title = new Label(root, SWT.NONE);
		title.setText("Welcome to DM Studio: watch a probe-order bug happen");
		title.setFont(JFaceResources.getHeaderFont());
		title.setBackground(root.getBackground());
		line("1. <a href=\"board\">Open " + SEED_BOARD + "</a>: the NPU, its IOMMUs, power domains and regulators.");
		line("2. <a href=\"simulation\">Open the Simulation view</a> (Window > Show View > Other... > DM Studio > Simulation).");
		line("3. Scenario: Browse... to seed000-rk3588-npu/builtin.scenario, then click Run.");
		line("4. Type pm_runtime_resume_and_get@fdab0000.npu beside \"Run to\" and click Run to.");
		line("5. Watch the IOMMU fdab9000.iommu turn red; Call Stack and dmesg tell why (-EPROBE_DEFER, then -EINVAL).");
	}

	private void line(String text) {
		Link link = new Link(root, SWT.WRAP);
		link.setText(text);
		link.setBackground(root.getBackground());
		link.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		link.addListener(SWT.Selection, event -> follow(event.text));
	}

	private void follow(String target) {
		IWorkbenchPage page = getSite().getPage();
		try {
			if ("board".equals(target)) {
				IFile board = ResourcesPlugin.getWorkspace().getRoot().getFile(org.eclipse.core.runtime.Path.fromPortableString(SEED_BOARD));
				if (board.exists()) {
					IDE.openEditor(page, board, DmStudioEditor.ID);
				} else {
					root.getDisplay().beep();
				}
			} else if ("simulation".equals(target)) {
				page.showView(SimulationView.ID);
			}
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	@Override
	public void setFocus() {
		root.setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
