package org.dmstudio.ui.internal.diagram;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The selection provider of a multi-page editor: the selection of the page shown (the tree or a
 * diagram), so the Properties view follows whichever page the user works in.
 */
public final class PageSelectionProvider implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final ISelectionChangedListener forward = event -> fire(event.getSelection());
	private ISelectionProvider delegate;

	public void setDelegate(ISelectionProvider value) {
		if (delegate == value) {
			return;
		}
		if (delegate != null) {
			delegate.removeSelectionChangedListener(forward);
		}
		delegate = value;
		if (delegate != null) {
			delegate.addSelectionChangedListener(forward);
			fire(delegate.getSelection());
		}
	}

	public ISelectionProvider getDelegate() {
		return delegate;
	}

	@Override
	public ISelection getSelection() {
		return delegate == null ? StructuredSelection.EMPTY : delegate.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		if (delegate != null) {
			delegate.setSelection(selection);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	private void fire(ISelection selection) {
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}
}
