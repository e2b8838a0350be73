package org.dmstudio.ui.internal.sim;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dmstudio.sim.StateChange;
import org.dmstudio.sim.TraceState;
import org.dmstudio.sim.TraceStep;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Every tracked field (runtime-PM fields, link states, domains, regulators, fences) at the current
 * step; the fields the step changed are shown in bold. A filter narrows to one device or field.
 */
public class DeviceStateView extends SessionView {

	public static final String ID = "org.dmstudio.ui.views.devicestate";

	private Composite root;
	private Text filter;
	private Table table;
	private Font bold;

	@Override
	void create(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		filter = new Text(root, SWT.SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("filter: device or field, e.g. fdab9000.iommu or runtime_error");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		filter.addModifyListener(e -> update(SimulationSession.get()));
		table = new Table(root, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		for (String[] column : new String[][] { { "Object", "170" }, { "Field", "170" }, { "Value", "150" } }) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		bold = new Font(table.getDisplay(), table.getFont().getFontData()[0].getName(), table.getFont().getFontData()[0].getHeight(), SWT.BOLD);
		table.addDisposeListener(e -> bold.dispose());
	}

	@Override
	Control control() {
		return root;
	}

	@Override
	void update(SimulationSession session) {
		table.removeAll();
		TraceState state = session.state();
		if (state == null) {
			return;
		}
		TraceStep step = session.step();
		Set<String> changed = new HashSet<>();
		if (step != null) {
			for (StateChange change : step.changes()) {
				changed.add(change.object() + "\u0000" + change.field());
			}
		}
		String wanted = filter.getText().trim().toLowerCase(Locale.ROOT);
		for (String[] entry : state.entries()) {
			if (!wanted.isEmpty() && !(entry[0] + " " + entry[1]).toLowerCase(Locale.ROOT).contains(wanted)) {
				continue;
			}
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(entry);
			if (changed.contains(entry[0] + "\u0000" + entry[1])) {
				item.setFont(bold);
			}
		}
	}

	public void setFilter(String text) {
		filter.setText(text);
	}

	/** The rows as shown: {object, field, value}. */
	public List<String[]> rows() {
		return java.util.Arrays.stream(table.getItems()).map(i -> new String[] { i.getText(0), i.getText(1), i.getText(2) }).toList();
	}
}
