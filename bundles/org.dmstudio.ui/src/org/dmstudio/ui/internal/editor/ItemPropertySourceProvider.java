package org.dmstudio.ui.internal.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor.PropertyValueWrapper;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Properties view content from EMF.Edit property descriptors. Values are set through the item
 * property descriptors, which run a SetCommand on the object's editing domain, so every edit in
 * the Properties view can be undone.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;

	public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		return source == null ? null : new Source(object, source);
	}

	private final class Source implements IPropertySource {
		private final Object object;
		private final IItemPropertySource source;

		Source(Object object, IItemPropertySource source) {
			this.object = object;
			this.source = source;
		}

		@Override
		public Object getEditableValue() {
			return source.getEditableValue(object);
		}

		@Override
		public IPropertyDescriptor[] getPropertyDescriptors() {
			List<IPropertyDescriptor> result = new ArrayList<>();
			for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
				result.add(new Descriptor(object, descriptor));
			}
			return result.toArray(new IPropertyDescriptor[0]);
		}

		@Override
		public Object getPropertyValue(Object id) {
			IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(object, id);
			Object value = descriptor.getPropertyValue(object);
			return value instanceof PropertyValueWrapper wrapper ? wrapper.getEditableValue(object) : value;
		}

		@Override
		public boolean isPropertySet(Object id) {
			return source.getPropertyDescriptor(object, id).isPropertySet(object);
		}

		@Override
		public void resetPropertyValue(Object id) {
			source.getPropertyDescriptor(object, id).resetPropertyValue(object);
		}

		@Override
		public void setPropertyValue(Object id, Object value) {
			source.getPropertyDescriptor(object, id).setPropertyValue(object, value);
		}
	}

	private final class Descriptor implements IPropertyDescriptor {
		private final Object object;
		private final IItemPropertyDescriptor descriptor;

		Descriptor(Object object, IItemPropertyDescriptor descriptor) {
			this.object = object;
			this.descriptor = descriptor;
		}

		@Override
		public CellEditor createPropertyEditor(Composite parent) {
			if (!descriptor.canSetProperty(object) || descriptor.isMany(object)) {
				return null;
			}
			Collection<?> choices = descriptor.getChoiceOfValues(object);
			if (choices != null) {
				List<Object> values = new ArrayList<>(choices);
				String[] labels = values.stream().map(v -> label(v)).toArray(String[]::new);
				return new ComboBoxCellEditor(parent, labels, SWT.READ_ONLY) {
					@Override
					protected Object doGetValue() {
						int index = (Integer) super.doGetValue();
						return index < 0 ? null : values.get(index);
					}

					@Override
					protected void doSetValue(Object value) {
						super.doSetValue(values.indexOf(value));
					}
				};
			}
			if (descriptor.getFeature(object) instanceof EAttribute attribute) {
				EDataType type = attribute.getEAttributeType();
				TextCellEditor editor = new TextCellEditor(parent) {
					@Override
					protected Object doGetValue() {
						return EcoreUtil.createFromString(type, (String) super.doGetValue());
					}

					@Override
					protected void doSetValue(Object value) {
						super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
					}
				};
				editor.setValidator(text -> {
					try {
						EcoreUtil.createFromString(type, (String) text);
						return null;
					} catch (RuntimeException e) {
						return "not a valid " + type.getName() + ": " + text;
					}
				});
				return editor;
			}
			return null;
		}

		@Override
		public String getCategory() {
			return descriptor.getCategory(object);
		}

		@Override
		public String getDescription() {
			return descriptor.getDescription(object);
		}

		@Override
		public String getDisplayName() {
			return descriptor.getDisplayName(object);
		}

		@Override
		public String[] getFilterFlags() {
			return descriptor.getFilterFlags(object);
		}

		@Override
		public Object getHelpContextIds() {
			return descriptor.getHelpContextIds(object);
		}

		@Override
		public Object getId() {
			return descriptor.getId(object);
		}

		@Override
		public ILabelProvider getLabelProvider() {
			return new LabelProvider() {
				@Override
				public String getText(Object element) {
					IItemLabelProvider labels = descriptor.getLabelProvider(object);
					return labels.getText(element);
				}
			};
		}

		@Override
		public boolean isCompatibleWith(IPropertyDescriptor other) {
			return other instanceof Descriptor d && d.descriptor.getFeature(d.object) == descriptor.getFeature(object);
		}

		private String label(Object value) {
			return value == null ? "" : descriptor.getLabelProvider(object).getText(value);
		}
	}
}
