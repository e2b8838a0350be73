package org.dmstudio.ui.internal.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dmstudio.sim.Trace;
import org.dmstudio.sim.TraceStep;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** The trace as a table (virtual: a 100,000-step trace costs only the visible rows), filterable by text. */
public class TraceView extends SessionView {

	public static final String ID = "org.dmstudio.ui.views.trace";

	private Composite root;
	private Text filter;
	private Table table;
	private List<Integer> rows = List.of();
	private Trace shown;

	@Override
	void create(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		filter = new Text(root, SWT.SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("filter: function, device, context or errno (e.g. -EPROBE_DEFER)");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		filter.addModifyListener(e -> refilter(SimulationSession.get()));
		table = new Table(root, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		for (String[] column : new String[][] { { "#", "60" }, { "Time", "110" }, { "Context", "150" }, { "Function", "240" },
				{ "Object", "260" }, { "Return", "130" } }) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		table.addListener(SWT.SetData, e -> {
			TableItem item = (TableItem) e.item;
			int index = rows.get(table.indexOf(item));
			TraceStep s = shown.step(index);
			item.setText(new String[] { Integer.toString(index), String.format(Locale.ROOT, "%.6f", s.timeNs() / 1e9), s.context(),
					"  ".repeat(Math.min(s.depth(), 40)) + s.function(), s.object() == null ? "" : s.object(),
					s.retName() == null ? "" : s.retName() });
			if (s.kind() == TraceStep.Kind.BUG || (s.returned() && s.ret() < 0)) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		});
		table.addListener(SWT.Selection, e -> {
			int selected = table.getSelectionIndex();
			if (selected >= 0 && rows.get(selected) != SimulationSession.get().position()) {
				SimulationSession.get().seek(rows.get(selected));
			}
		});
	}

	@Override
	Control control() {
		return root;
	}

	@Override
	void update(SimulationSession session) {
		if (!session.hasTrace()) {
			shown = null;
			rows = List.of();
			table.setItemCount(0);
			return;
		}
		if (shown != session.result().trace()) {
			refilter(session);
		}
		int row = rows.indexOf(session.position());
		if (row >= 0 && table.getSelectionIndex() != row) {
			table.setSelection(row);
			table.showSelection();
		}
	}

	private void refilter(SimulationSession session) {
		if (!session.hasTrace()) {
			return;
		}
		shown = session.result().trace();
		String wanted = filter.getText().trim().toLowerCase(Locale.ROOT);
		List<Integer> matching = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			if (wanted.isEmpty() || matches(shown.step(i), wanted)) {
				matching.add(i);
			}
		}
		rows = matching;
		table.clearAll();
		table.setItemCount(rows.size());
	}

	private static boolean matches(TraceStep s, String wanted) {
		return s.function().toLowerCase(Locale.ROOT).contains(wanted) || s.context().toLowerCase(Locale.ROOT).contains(wanted)
				|| (s.object() != null && s.object().toLowerCase(Locale.ROOT).contains(wanted))
				|| (s.retName() != null && s.retName().toLowerCase(Locale.ROOT).equals(wanted));
	}

	public void setFilter(String text) {
		filter.setText(text);
	}

	public int rowCount() {
		return table.getItemCount();
	}
}
