package org.dmstudio.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dmstudio.diagram.internal.ViewInterpreter;
import org.dmstudio.diagram.layout.DiagramLayout;
import org.dmstudio.diagram.scene.Scene;
import org.dmstudio.diagram.viewpoint.DiagramDescription;
import org.dmstudio.diagram.viewpoint.Viewpoint;
import org.dmstudio.diagram.viewpoint.ViewpointPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * The entry point: the shipped viewpoints, loading a user's copy, and building a laid-out scene
 * from a description, a model and a request.
 */
public final class Diagrams {

	public static final String VIEWPOINT_EXTENSION = "viewpoint";

	/** The shipped viewpoint files, in the bundle's {@code viewpoints/} folder. */
	public static final List<String> SHIPPED = List.of("links", "power", "tree", "chain", "sched");

	private static List<Viewpoint> shipped;

	private Diagrams() {
	}

	/** A resource set that reads and writes viewpoint and diagram files. */
	public static ResourceSet createResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(ViewpointPackage.eNS_URI, ViewpointPackage.eINSTANCE);
		XMIResourceFactoryImpl factory = new XMIResourceFactoryImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(VIEWPOINT_EXTENSION, factory);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(DiagramFiles.EXTENSION, factory);
		return resourceSet;
	}

	/** The viewpoints shipped with DM Studio; copy one with {@link #loadViewpoint(Path)} to change it. */
	public static synchronized List<Viewpoint> shippedViewpoints() {
		if (shipped == null) {
			ResourceSet resourceSet = createResourceSet();
			List<Viewpoint> all = new ArrayList<>();
			for (String name : SHIPPED) {
				String path = "viewpoints/" + name + "." + VIEWPOINT_EXTENSION;
				Resource resource = resourceSet.createResource(URI.createURI("platform:/plugin/org.dmstudio.diagram/" + path));
				try (InputStream in = Diagrams.class.getClassLoader().getResourceAsStream(path)) {
					if (in == null) {
						throw new IllegalStateException(path + " is missing from the bundle");
					}
					resource.load(in, null);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				all.add((Viewpoint) resource.getContents().get(0));
			}
			shipped = List.copyOf(all);
		}
		return shipped;
	}

	/** Loads a viewpoint file (a user's copy of a shipped one). */
	public static Viewpoint loadViewpoint(Path file) throws IOException {
		Resource resource = createResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.load(null);
		return (Viewpoint) resource.getContents().get(0);
	}

	/** The shipped description of that name (links, power, tree, chain, sched, timeline); null when none. */
	public static DiagramDescription description(String name) {
		return description(shippedViewpoints(), name);
	}

	public static DiagramDescription description(List<Viewpoint> viewpoints, String name) {
		for (Viewpoint viewpoint : viewpoints) {
			for (DiagramDescription description : viewpoint.getDiagrams()) {
				if (description.getName().equals(name)) {
					return description;
				}
			}
		}
		return null;
	}

	/** The names of every shipped description. */
	public static List<String> descriptionNames() {
		return shippedViewpoints().stream().flatMap(v -> v.getDiagrams().stream()).map(DiagramDescription::getName).toList();
	}

	/** Maps the model to a scene without positions (for painters that need none, such as text). */
	public static Scene interpret(DiagramDescription description, List<? extends EObject> roots, DiagramRequest request) {
		return ViewInterpreter.interpret(description, roots, request);
	}

	/** Maps the model to a scene and lays it out, keeping the request's pinned positions. */
	public static Scene build(DiagramDescription description, List<? extends EObject> roots, DiagramRequest request) {
		Scene scene = interpret(description, roots, request);
		DiagramLayout.layout(scene, description, request.pins());
		return scene;
	}
}
