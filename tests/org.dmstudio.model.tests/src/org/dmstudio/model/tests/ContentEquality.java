package org.dmstudio.model.tests;

import java.util.Arrays;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** EcoreUtil's structural equality, comparing byte strings (EByteArray values) by content. */
class ContentEquality extends EcoreUtil.EqualityHelper {

	private static final long serialVersionUID = 1L;

	@Override
	protected boolean haveEqualAttribute(EObject a, EObject b, EAttribute attribute) {
		Object x = a.eGet(attribute);
		Object y = b.eGet(attribute);
		if (x instanceof byte[] bx && y instanceof byte[] by) {
			return Arrays.equals(bx, by);
		}
		return super.haveEqualAttribute(a, b, attribute);
	}
}
