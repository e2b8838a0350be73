package org.dmstudio.ui.internal.properties;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.RuntimePmState;
import org.dmstudio.sim.TraceState;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.dmstudio.ui.internal.sim.SimulationSession;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The "Runtime PM" tab of a device: its runtime-PM state in the model and, when the simulation
 * session is at a step of a run of this board, the simulated {@code power.*} fields at that step.
 */
public class RuntimePmSection extends ModelSection {

	/** The prefix of the simulated runtime-PM fields of a device (struct dev_pm_info). */
	static final String SIMULATED_FIELDS = "power.";

	private final Consumer<SimulationSession> sessionListener = this::simulationMoved;
	private Table modelTable;
	private Label simulatedTitle;
	private Table simulatedTable;

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage page) {
		super.createControls(parent, page);
		Composite composite = getWidgetFactory().createComposite(parent);
		composite.setLayout(new GridLayout(1, false));
		getWidgetFactory().createLabel(composite, "In the model").setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		modelTable = table(composite, SWT.SINGLE, "Field", "Value");
		simulatedTitle = getWidgetFactory().createLabel(composite, "");
		simulatedTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		simulatedTable = table(composite, SWT.SINGLE, "Field", "Value");
	}

	@Override
	public void aboutToBeShown() {
		SimulationSession.get().addListener(sessionListener);
	}

	@Override
	public void aboutToBeHidden() {
		SimulationSession.get().removeListener(sessionListener);
	}

	@Override
	public void dispose() {
		SimulationSession.get().removeListener(sessionListener);
		super.dispose();
	}

	private void simulationMoved(SimulationSession session) {
		Display display = simulatedTable == null || simulatedTable.isDisposed() ? null : simulatedTable.getDisplay();
		if (display != null) {
			display.asyncExec(() -> {
				if (!simulatedTable.isDisposed()) {
					refresh();
				}
			});
		}
	}

	@Override
	void show(EObject selected) {
		if (!(selected instanceof Device device)) {
			return;
		}
		modelTable.removeAll();
		RuntimePmState state = device.getRuntimePm();
		if (state == null) {
			new TableItem(modelTable, SWT.NONE).setText(new String[] { "(none)", "the device has no runtime-PM state in the model" });
		} else {
			for (EAttribute attribute : state.eClass().getEAllAttributes()) {
				Object value = state.eGet(attribute);
				new TableItem(modelTable, SWT.NONE).setText(new String[] { attribute.getName(),
						value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value) });
			}
		}
		pack(modelTable);
		showSimulated(device);
		modelTable.getParent().layout(true);
	}

	private void showSimulated(Device device) {
		simulatedTable.removeAll();
		SimulationSession session = SimulationSession.get();
		DmStudioEditor editor = editor();
		TraceState state = editor != null && editor.isSimulated() ? session.state() : null;
		if (state == null) {
			simulatedTitle.setText("Not simulated: run a scenario of this board in the Simulation view to see the fields at each step.");
			simulatedTable.setVisible(false);
			return;
		}
		simulatedTitle.setText("Simulated at step " + session.position() + " of " + session.scenario().getFileName());
		for (String[] entry : state.entries()) {
			if (entry[0].equals(device.getName()) && entry[1].startsWith(SIMULATED_FIELDS)) {
				new TableItem(simulatedTable, SWT.NONE).setText(new String[] { entry[1].substring(SIMULATED_FIELDS.length()), entry[2] });
			}
		}
		simulatedTable.setVisible(true);
		pack(simulatedTable);
	}

	/** The simulated fields shown, as {field, value}; empty when the board is not simulated. */
	public List<String[]> simulatedRows() {
		return Arrays.stream(simulatedTable.getItems()).map(i -> new String[] { i.getText(0), i.getText(1) }).toList();
	}
}
