package org.dmstudio.ui.internal.properties;

import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.List;

import org.dmstudio.model.dt.Label;
import org.dmstudio.model.dt.Located;
import org.dmstudio.model.dt.Node;
import org.dmstudio.model.dt.Property;
import org.dmstudio.model.dt.SourceLocation;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.ui.internal.dts.DtsSourcePage;
import org.dmstudio.ui.internal.editor.DmStudioEditor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.IFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The "Source" tab: every devicetree source location of the selected element's node and of its
 * properties (or of the selected property, or a device link's origin), as file:line:column. Clicking
 * one shows the editor's DTS source page at that line.
 */
public class SourceSection extends ModelSection {

	/** A source location and what it defines there (the node, a property). */
	public record Definition(String defines, SourceLocation location) {

		/** file:line:column, as compilers print it. */
		public String position() {
			return location.getFile() + ":" + location.getLine() + (location.getColumn() > 0 ? ":" + location.getColumn() : "");
		}
	}

	/** Shows the tab for elements that have at least one source location. */
	public static class Filter implements IFilter {

		@Override
		public boolean select(Object object) {
			return object instanceof EObject element && !definitionsOf(element).isEmpty();
		}
	}

	private org.eclipse.swt.widgets.Label hint;
	private Table table;
	private List<Definition> definitions = List.of();

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage page) {
		super.createControls(parent, page);
		Composite composite = getWidgetFactory().createComposite(parent);
		composite.setLayout(new GridLayout(1, false));
		hint = getWidgetFactory().createLabel(composite, "", SWT.WRAP);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = table(composite, SWT.SINGLE, "Location", "Defines");
		table.addListener(SWT.MouseUp, event -> {
			TableItem item = event.button == 1 ? table.getItem(new Point(event.x, event.y)) : null;
			if (item != null) {
				open(table.indexOf(item));
			}
		});
		table.addListener(SWT.DefaultSelection, event -> open(table.getSelectionIndex()));
	}

	@Override
	void show(EObject selected) {
		definitions = definitionsOf(selected);
		table.removeAll();
		for (Definition definition : definitions) {
			new TableItem(table, SWT.NONE).setText(new String[] { definition.position(), definition.defines() });
		}
		pack(table);
		DmStudioEditor editor = editor();
		hint.setText(editor != null && editor.getDtsDocument() != null ? "Click a location to show it on the DTS source page."
				: "Where the model was imported from; open the .dts with DM Studio to see the source.");
		hint.getParent().layout(true);
	}

	/** The definitions shown, in table order. */
	public List<Definition> getDefinitions() {
		return definitions;
	}

	/** Shows the editor's DTS source page at the definition in table row {@code index}; false when there is no such page or row. */
	public boolean open(int index) {
		DmStudioEditor editor = editor();
		if (index < 0 || index >= definitions.size() || editor == null || editor.getDtsDocument() == null) {
			return false;
		}
		DtsSourcePage source = editor.showSourcePage();
		try {
			source.reveal(definitions.get(index).location());
		} catch (InvalidPathException e) {
			ILog.of(getClass()).log(Status.warning("Not a valid source file: " + definitions.get(index).position(), e));
			return false;
		}
		return true;
	}

	/**
	 * The source locations of an element: a device link's origin; for a property, its definitions; for a
	 * node (or an element drawn from one, such as a device), the node's and each of its properties'.
	 */
	public static List<Definition> definitionsOf(EObject element) {
		List<Definition> definitions = new ArrayList<>();
		if (element instanceof DeviceLink link) {
			add(definitions, link.getOriginProperty() == null ? "device link" : link.getOriginProperty(), link.getOriginLocation());
		}
		Node node = element instanceof Node selected ? selected : null;
		EStructuralFeature nodeFeature = element.eClass().getEStructuralFeature("node");
		if (node == null && nodeFeature != null && !nodeFeature.isMany() && element.eGet(nodeFeature) instanceof Node drawnFrom) {
			node = drawnFrom;
		}
		if (node != null) {
			String name = node.getFullName() == null || node.getFullName().isEmpty() ? "/" : node.getFullName();
			addAll(definitions, "node " + name, node);
			for (Label label : node.getLabels()) {
				add(definitions, "label " + label.getName(), label.getLocation());
			}
			for (Property property : node.getProperties()) {
				addAll(definitions, property.getName(), property);
			}
		} else if (element instanceof Property property) {
			addAll(definitions, property.getName(), property);
		} else if (element instanceof Located located) {
			addAll(definitions, element.eClass().getName(), located);
		}
		return definitions;
	}

	private static void addAll(List<Definition> definitions, String defines, Located located) {
		for (SourceLocation location : located.getLocations()) {
			add(definitions, defines, location);
		}
	}

	private static void add(List<Definition> definitions, String defines, SourceLocation location) {
		if (location != null && location.getFile() != null && !location.getFile().isEmpty()) {
			definitions.add(new Definition(defines == null ? "" : defines, location));
		}
	}
}
