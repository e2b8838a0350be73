package org.dmstudio.ui.internal.properties;

import org.dmstudio.model.behaviour.DriverBehaviour;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.Driver;
import org.dmstudio.ui.internal.editor.ItemProviderContentProvider;
import org.dmstudio.ui.internal.editor.ItemProviderLabelProvider;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IFilter;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The "Behaviour" tab of a device or driver: the driver's kind (built-in or module), its initcall
 * level, and the callbacks of the behaviour the simulator runs (the device's own override, else the
 * driver's) with their recipe steps.
 */
public class BehaviourSection extends ModelSection {

	/** Shows the tab for drivers and for devices that have a driver or a behaviour of their own. */
	public static class Filter implements IFilter {

		@Override
		public boolean select(Object object) {
			return object instanceof Driver
					|| object instanceof Device device && (device.getDriver() != null || device.getBehaviour() != null);
		}
	}

	private Label driverText;
	private Label behaviourText;
	private Composite composite;
	private TreeViewer recipes;
	private AdapterFactory adapterFactory;

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage page) {
		super.createControls(parent, page);
		composite = getWidgetFactory().createComposite(parent);
		composite.setLayout(new GridLayout(1, false));
		driverText = getWidgetFactory().createLabel(composite, "", SWT.WRAP);
		driverText.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		behaviourText = getWidgetFactory().createLabel(composite, "", SWT.WRAP);
		behaviourText.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		recipes = new TreeViewer(getWidgetFactory().createTree(composite, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL));
		GridData layoutData = new GridData(SWT.FILL, SWT.FILL, true, true);
		layoutData.heightHint = 160;
		recipes.getTree().setLayoutData(layoutData);
	}

	@Override
	void show(EObject selected) {
		Driver driver = selected instanceof Device device ? device.getDriver() : selected instanceof Driver selectedDriver ? selectedDriver : null;
		DriverBehaviour own = selected instanceof Device device ? device.getBehaviour() : null;
		DriverBehaviour behaviour = own != null ? own : driver == null ? null : driver.getBehaviour();
		driverText.setText(driver == null ? "No driver is bound to this device." : describe(driver));
		behaviourText.setText(behaviour == null ? "No behaviour: the simulator probes it with the default recipe."
				: (own != null ? "The device's own behaviour " : "The driver's behaviour ") + name(behaviour.getName())
						+ ": its callbacks and their recipe steps.");
		showRecipes(behaviour);
		composite.layout(true);
	}

	private void showRecipes(DriverBehaviour behaviour) {
		EditingDomain domain = getPart().getAdapter(EditingDomain.class);
		AdapterFactory factory = domain instanceof AdapterFactoryEditingDomain adapterFactoryDomain ? adapterFactoryDomain.getAdapterFactory()
				: null;
		if (factory != adapterFactory && factory != null) {
			adapterFactory = factory;
			recipes.setContentProvider(new ItemProviderContentProvider(factory));
			recipes.setLabelProvider(new ItemProviderLabelProvider(factory));
		}
		if (adapterFactory != null) {
			recipes.setInput(behaviour);
			recipes.expandToLevel(2);
		}
	}

	private static String describe(Driver driver) {
		StringBuilder text = new StringBuilder("Driver ").append(name(driver.getName())).append(": ")
				.append(driver.getKind() == null ? "kind unknown" : driver.getKind().getLiteral());
		if (driver.getInitcallLevel() != null) {
			text.append(", initcall level ").append(driver.getInitcallLevel().getLiteral());
		}
		if (driver.getModuleLoadTimeNs() > 0) {
			text.append(", module loaded at ").append(driver.getModuleLoadTimeNs()).append(" ns");
		}
		if (driver.isAsyncProbe()) {
			text.append(", asynchronous probe");
		}
		if (!driver.getCompatibles().isEmpty()) {
			text.append("\nMatches ").append(String.join(", ", driver.getCompatibles()));
		}
		return text.toString();
	}

	private static String name(String name) {
		return name == null || name.isEmpty() ? "(unnamed)" : name;
	}

	/** The driver line as shown (kind, initcall level), for tests. */
	public String getDriverText() {
		return driverText.getText();
	}

	public TreeViewer getRecipes() {
		return recipes;
	}
}
