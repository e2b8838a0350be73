package org.dmstudio.dts.internal.model;

import org.dmstudio.dts.SourcePosition;
import org.dmstudio.dts.SourceSpan;
import org.dmstudio.dts.livetree.Node;
import org.dmstudio.dts.livetree.Property;

/** Where to report a finding about a node or property. */
final class Positions {
	private Positions() {
	}

	/** The first definition of the node (where it was declared). */
	static SourcePosition of(Node n) {
		return n.definitions().isEmpty() ? null : n.definitions().get(0).start();
	}

	/** The definition that gave the property its value. */
	static SourcePosition of(Property p) {
		SourceSpan s = p.span();
		return s == null ? null : s.start();
	}
}
