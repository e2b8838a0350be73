package org.dmstudio.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dmstudio.model.edit.DmStudioAdapterFactory;
import org.dmstudio.model.store.ModelStore;
import org.dmstudio.model.topology.Board;
import org.dmstudio.ui.internal.diagram.DiagramContext;
import org.dmstudio.ui.internal.diagram.DiagramPage;
import org.dmstudio.ui.internal.diagram.DiagramPages;
import org.dmstudio.ui.internal.diagram.PageSelectionProvider;
import org.dmstudio.ui.internal.diagram.PaletteCommands;
import org.dmstudio.ui.internal.diagram.Representation;
import org.dmstudio.ui.internal.dts.DtsDocument;
import org.dmstudio.ui.internal.dts.DtsSourcePage;
import org.dmstudio.ui.internal.dts.IncludePaths;
import org.dmstudio.ui.internal.markers.ElementMarkerNavigation;
import org.dmstudio.ui.internal.markers.ProblemBadges;
import org.dmstudio.ui.internal.markers.ProblemMarkers;
import org.dmstudio.ui.internal.outline.DiagramOutlinePage;
import org.dmstudio.ui.internal.recovery.EditorRecovery;
import org.dmstudio.ui.internal.recovery.RecoveryStore;
import org.dmstudio.ui.internal.sim.SimulationSession;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The DM Studio model editor ({@code .dmstudio}, {@code .scenario}). Every edit is an EMF command
 * on one editing domain, so the tree, the Properties view and the diagram pages (one per shipped
 * representation, for boards) share undo and redo. Saving is atomic and refuses to overwrite a file that changed on disk or that
 * could not be read completely. Devicetree sources ({@code .dts}, {@code .dtsi}, {@code .dtso}) are imported on the
 * fly, get a "DTS source" page, and save property edits back into the lines that defined them.
 */
public class DmStudioEditor extends MultiPageEditorPart implements IEditingDomainProvider, ITabbedPropertySheetPageContributor {

	public static final String ID = "org.dmstudio.ui.editor";
	/** The contributor of the tabbed Properties view's tabs, for both editor ids. */
	public static final String PROPERTY_CONTRIBUTOR_ID = "org.dmstudio.ui.editor";

	private final ComposedAdapterFactory adapterFactory = new DmStudioAdapterFactory();
	private final AdapterFactoryEditingDomain editingDomain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
	private final IAction undo = new Action("&Undo") {
		@Override
		public void run() {
			editingDomain.getCommandStack().undo();
		}
	};
	private final IAction redo = new Action("&Redo") {
		@Override
		public void run() {
			editingDomain.getCommandStack().redo();
		}
	};
	private final IAction delete = new Action("&Delete") {
		@Override
		public void run() {
			deleteSelection();
		}
	};
	private final PageSelectionProvider selectionProvider = new PageSelectionProvider();

	private Path file;
	private FileTime loadedStamp;
	private List<ModelStore.Problem> loadProblems = List.of();
	private Resource resource;
	private TreeViewer treeViewer;
	private TabbedPropertySheetPage propertySheetPage;
	private DiagramOutlinePage outlinePage;
	private ProblemBadges problemBadges;
	private DiagramPages diagrams;
	private final Map<Integer, DiagramPage> diagramPageAt = new HashMap<>();
	private DtsDocument dts;
	private DtsSourcePage sourcePage;
	private int sourcePageIndex = -1;
	private EditorRecovery recovery;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IURIEditorInput uriInput) || !"file".equals(uriInput.getURI().getScheme())) {
			throw new PartInitException("DM Studio opens model files on disk only, not " + input.getName());
		}
		super.init(site, input);
		setPartName(input.getName());
		file = Path.of(uriInput.getURI());
		ModelStore.configure(editingDomain.getResourceSet());
		if (DtsDocument.isDeviceTreeSource(file)) {
			dts = DtsDocument.open(file, IncludePaths.forFile(file));
			resource = dts.createResource(editingDomain.getResourceSet());
			loadProblems = dts.problems();
		} else {
			ModelStore.Loaded loaded = ModelStore.load(editingDomain.getResourceSet(), file);
			resource = loaded.resource();
			loadProblems = loaded.problems();
		}
		loadedStamp = stamp();
		recovery = new EditorRecovery(RecoveryStore.ofWorkspace(), file, editingDomain, resource, dts != null);
		editingDomain.getCommandStack().addCommandStackListener(new CommandStackListener() {
			@Override
			public void commandStackChanged(EventObject event) {
				getContainer().getDisplay().asyncExec(() -> afterCommand(((CommandStack) event.getSource()).getMostRecentCommand()));
			}
		});
		updateUndoRedo();
	}

	@Override
	protected void createPages() {
		Composite page = new Composite(getContainer(), SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		if (!loadProblems.isEmpty()) {
			Label problems = new Label(page, SWT.WRAP);
			problems.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			problems.setText("This file could not be read completely; it is shown as far as it could be read and cannot be saved:\n"
					+ String.join("\n", loadProblems.stream().map(Object::toString).limit(20).toList()));
			problems.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		}
		treeViewer = new TreeViewer(page, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		treeViewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		treeViewer.setContentProvider(new ItemProviderContentProvider(adapterFactory));
		treeViewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory));
		treeViewer.setInput(editingDomain.getResourceSet());
		treeViewer.expandToLevel(2);
		treeViewer.addSelectionChangedListener(event -> {
			if (diagrams != null) {
				diagrams.selectionChanged(event.getSelection(), null);
			}
		});
		selectionProvider.setDelegate(treeViewer);
		getSite().setSelectionProvider(selectionProvider);
		setPageText(addPage(page), "Model");
		if (DiagramPages.drawable(resource)) {
			createDiagramPages();
		}
		if (dts != null) {
			sourcePage = new DtsSourcePage(getContainer(), dts);
			sourcePageIndex = addPage(sourcePage.getControl());
			setPageText(sourcePageIndex, "DTS source");
			selectionProvider.addSelectionChangedListener(event -> sourcePage.reveal(event.getSelection()));
		}
		ProblemMarkers.track(this);
		if (diagrams != null) {
			problemBadges = ProblemBadges.track(this, getContainer().getDisplay());
		}
		if (loadProblems.isEmpty()) {
			getContainer().getDisplay().asyncExec(this::offerRecovery);
		}
	}

	/** Offers the unsaved changes a session that ended without saving left in the recovery copy. */
	private void offerRecovery() {
		if (!getContainer().isDisposed()) {
			recovery.offer(getSite().getShell(), dts != null ? dts.files() : List.of(file));
		}
	}

	private void createDiagramPages() {
		diagrams = new DiagramPages(new DiagramContext(editingDomain, resource, file, getSite()));
		for (Representation representation : Representation.values()) {
			if (representation.appliesTo(resource)) {
				DiagramPage diagramPage = diagrams.create(getContainer(), representation);
				diagramPage.addSelectionChangedListener(event -> diagrams.selectionChanged(event.getSelection(), diagramPage));
				int index = addPage(diagramPage.getControl());
				setPageText(index, representation.label());
				diagramPageAt.put(index, diagramPage);
			}
		}
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		DiagramPage shown = diagramPageAt.get(newPageIndex);
		if (diagrams != null) {
			diagrams.show(shown);
		}
		if (newPageIndex != sourcePageIndex) {
			selectionProvider.setDelegate(shown != null ? shown : treeViewer);
		}
		if (outlinePage != null) {
			outlinePage.setDiagram(shown);
		}
	}

	/** The diagram page shown now, or null when the editor shows another page. */
	public DiagramPage getActiveDiagramPage() {
		return diagramPageAt.get(getActivePage());
	}

	/** Whether the simulation session is at a step of a run of this editor's board. */
	public boolean isSimulated() {
		return diagrams != null && diagrams.simulates(SimulationSession.get());
	}

	/** Shows the DTS source page; null when the model was not imported from devicetree sources. */
	public DtsSourcePage showSourcePage() {
		if (sourcePage != null) {
			setActivePage(sourcePageIndex);
		}
		return sourcePage;
	}

	/** Shows the diagram page of a representation; null when this model has none. */
	public DiagramPage showDiagram(Representation representation) {
		for (Map.Entry<Integer, DiagramPage> entry : diagramPageAt.entrySet()) {
			if (entry.getValue().getRepresentation() == representation) {
				setActivePage(entry.getKey());
				return entry.getValue();
			}
		}
		return null;
	}

	/** The diagram pages, in page order; empty for a model without diagrams (a scenario). */
	public List<DiagramPage> getDiagramPages() {
		return diagrams == null ? List.of() : diagrams.pages();
	}

	private void deleteSelection() {
		if (selectionProvider.getSelection() instanceof IStructuredSelection selection) {
			List<EObject> elements = new ArrayList<>();
			for (Object object : selection) {
				if (object instanceof EObject element) {
					elements.add(element);
				}
			}
			Command command = PaletteCommands.delete(editingDomain, elements);
			if (command.canExecute()) {
				editingDomain.getCommandStack().execute(command);
			}
		}
	}

	private void afterCommand(Command command) {
		if (treeViewer == null || treeViewer.getControl().isDisposed()) {
			return;
		}
		treeViewer.refresh();
		Collection<?> affected = command == null ? List.of() : command.getAffectedObjects();
		if (!affected.isEmpty()) {
			treeViewer.setSelection(new StructuredSelection(affected.toArray()), true);
		}
		if (diagrams != null) {
			diagrams.modelChanged(affected);
		}
		if (propertySheetPage != null && !propertySheetPage.getControl().isDisposed()) {
			propertySheetPage.refresh();
		}
		updateUndoRedo();
		firePropertyChange(PROP_DIRTY);
	}

	private void updateUndoRedo() {
		CommandStack stack = editingDomain.getCommandStack();
		undo.setEnabled(stack.canUndo());
		redo.setEnabled(stack.canRedo());
	}

	@Override
	public boolean isDirty() {
		return ((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (!loadProblems.isEmpty()) {
			MessageDialog.openError(getSite().getShell(), "Not saved",
					"This file could not be read completely, so saving would drop what was not read. Fix the file first:\n"
							+ loadProblems.get(0));
			monitor.setCanceled(true);
			return;
		}
		if (dts != null && isChangedOnDisk()) {
			MessageDialog.openError(getSite().getShell(), "File changed on disk", file
					+ " or a file it includes was changed on disk since it was opened; the edits are not written into the new content. Reopen the editor to edit it.");
			monitor.setCanceled(true);
			return;
		}
		if (isChangedOnDisk() && !MessageDialog.openQuestion(getSite().getShell(), "File changed on disk",
				file + " was changed on disk since it was opened. Overwrite it with the editor's content?")) {
			monitor.setCanceled(true);
			return;
		}
		try {
			save();
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Not saved", "Saving " + file + " failed; the file on disk is unchanged.\n" + e);
			monitor.setCanceled(true);
		}
	}

	/** Saves atomically; the editor stays dirty if this throws. */
	public void save() throws IOException {
		if (dts != null) {
			saveDeviceTreeSource();
			return;
		}
		ModelStore.save(resource);
		loadedStamp = stamp();
		((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
		recovery.discard();
		firePropertyChange(PROP_DIRTY);
		if (getEditorInput() instanceof IFileEditorInput fileInput) {
			IFile workspaceFile = fileInput.getFile();
			try {
				workspaceFile.refreshLocal(IResource.DEPTH_ZERO, null);
			} catch (CoreException e) {
				ILog.of(getClass()).log(e.getStatus());
			}
		}
	}

	/**
	 * Writes the property edits into the .dts/.dtsi files that defined them, then derives the board again
	 * from what is on disk now; the command history refers to the old board, so it starts afresh.
	 */
	private void saveDeviceTreeSource() throws IOException {
		dts.save();
		dts = dts.reopen();
		loadProblems = dts.problems();
		resource.getContents().set(0, dts.board());
		((BasicCommandStack) editingDomain.getCommandStack()).flush();
		recovery.discard();
		firePropertyChange(PROP_DIRTY);
		if (sourcePage != null) {
			sourcePage.setDocument(dts);
		}
	}

	/** True when the file's modification time is no longer the one it had when it was loaded or last saved here. */
	public boolean isChangedOnDisk() {
		if (dts != null) {
			return dts.isChangedOnDisk();
		}
		FileTime now = stamp();
		return now == null ? loadedStamp != null : !now.equals(loadedStamp);
	}

	private FileTime stamp() {
		try {
			return Files.exists(file) ? Files.getLastModifiedTime(file) : null;
		} catch (IOException e) {
			return null;
		}
	}

	/**
	 * Selects the model element the kernel names {@code name} (a device, power domain or regulator),
	 * in the tree or the diagram page shown; false when the model has none.
	 */
	public boolean selectElementNamed(String name) {
		for (EObject root : resource.getContents()) {
			if (root instanceof Board board) {
				Stream<EObject> named = Stream.of(board.getDevices().stream().filter(d -> name.equals(d.getName())),
						board.getPowerDomains().stream().filter(d -> name.equals(d.getName()) || name.equals("pd_" + d.getName())),
						board.getRegulators().stream().filter(r -> name.equals(r.getName()))).flatMap(s -> s.map(EObject.class::cast));
				Optional<EObject> element = named.findFirst();
				if (element.isPresent()) {
					selectionProvider.setSelection(new StructuredSelection(element.get()));
					return true;
				}
			}
		}
		return false;
	}

	public Resource getResource() {
		return resource;
	}

	public TreeViewer getTreeViewer() {
		return treeViewer;
	}

	/** The devicetree sources this model was imported from; null for a model file. */
	public DtsDocument getDtsDocument() {
		return dts;
	}

	/** The recovery copy kept for this editor's unsaved changes. */
	public EditorRecovery getRecovery() {
		return recovery;
	}

	public List<ModelStore.Problem> getLoadProblems() {
		return loadProblems;
	}

	IAction undoAction() {
		return undo;
	}

	IAction redoAction() {
		return redo;
	}

	IAction deleteAction() {
		return delete;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return editingDomain;
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IPropertySheetPage.class) {
			if (propertySheetPage == null || propertySheetPage.getControl() == null || propertySheetPage.getControl().isDisposed()) {
				propertySheetPage = new TabbedPropertySheetPage(this);
			}
			return type.cast(propertySheetPage);
		}
		if (type == IContentOutlinePage.class && diagrams != null) {
			if (outlinePage == null || outlinePage.getControl() == null || outlinePage.getControl().isDisposed()) {
				outlinePage = new DiagramOutlinePage();
				outlinePage.setDiagram(getActiveDiagramPage());
			}
			return type.cast(outlinePage);
		}
		if (type == EditingDomain.class) {
			return type.cast(editingDomain);
		}
		if (type == IGotoMarker.class) {
			return type.cast(new ElementMarkerNavigation(this));
		}
		return super.getAdapter(type);
	}

	@Override
	public String getContributorId() {
		return PROPERTY_CONTRIBUTOR_ID;
	}

	@Override
	public void dispose() {
		if (recovery != null) {
			recovery.close();
		}
		if (problemBadges != null) {
			problemBadges.dispose();
		}
		if (diagrams != null) {
			diagrams.dispose();
		}
		adapterFactory.dispose();
		super.dispose();
	}
}
