package org.dmstudio.ui.internal.properties;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/** The "Links" tab of a device: the device links it supplies and consumes, with their flags, state and origin. */
public class LinksSection extends ModelSection {

	private Table table;

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage page) {
		super.createControls(parent, page);
		Composite composite = getWidgetFactory().createComposite(parent);
		composite.setLayout(new GridLayout(1, false));
		table = table(composite, SWT.SINGLE, "Role", "Other device", "Flags", "State", "Origin");
	}

	@Override
	void show(EObject selected) {
		if (!(selected instanceof Device device)) {
			return;
		}
		table.removeAll();
		Board board = board(device);
		List<DeviceLink> links = board == null ? List.of()
				: board.getLinks().stream().filter(l -> l.getSupplier() == device || l.getConsumer() == device).toList();
		for (DeviceLink link : links) {
			boolean supplies = link.getSupplier() == device;
			Device other = supplies ? link.getConsumer() : link.getSupplier();
			new TableItem(table, SWT.NONE).setText(new String[] { supplies ? "supplier of" : "consumer of",
					other == null ? "(none)" : other.getName(),
					link.getFlags().stream().map(Object::toString).collect(Collectors.joining(" | ")),
					link.getState() == null ? "" : link.getState().toString(),
					link.getOriginProperty() == null ? "" : link.getOriginProperty() });
		}
		if (links.isEmpty()) {
			new TableItem(table, SWT.NONE).setText(new String[] { "(none)", "the device has no device links" });
		}
		pack(table);
	}

	private static Board board(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Board board) {
				return board;
			}
		}
		return null;
	}

	/** The rows shown, as {role, other device, flags, state, origin}. */
	public List<String[]> rows() {
		return Arrays.stream(table.getItems())
				.map(i -> new String[] { i.getText(0), i.getText(1), i.getText(2), i.getText(3), i.getText(4) }).toList();
	}
}
