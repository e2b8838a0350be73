package org.dmstudio.diagram.layout;

/** An element drawn on a timeline: where it starts and ends, in milliseconds from the trace start. */
public interface TimeSpan {

	double startMs();

	double endMs();
}
