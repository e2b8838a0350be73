package org.dmstudio.model.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dmstudio.model.behaviour.BehaviourPackage;
import org.dmstudio.model.dt.DtPackage;
import org.dmstudio.model.scenario.ScenarioPackage;
import org.dmstudio.model.sched.SchedPackage;
import org.dmstudio.model.topology.TopologyPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Loads and saves DM Studio model files (XMI): {@code .dmstudio} boards and {@code .scenario}
 * scenarios. Loading never trusts the file: DOCTYPEs and external entities are refused, and every
 * problem comes back as a {@link Problem} with file:line:column next to whatever could be read.
 * Saving is atomic: the new content is written beside the file and moved over it.
 */
public final class ModelStore {

	public static final String MODEL_EXTENSION = "dmstudio";
	public static final String SCENARIO_EXTENSION = "scenario";

	/** A load problem, with the position the XML parser or EMF reported (0 when unknown). */
	public record Problem(String file, int line, int column, String message) {
		@Override
		public String toString() {
			return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
		}
	}

	/** What a load gives: the resource (possibly partial) and the problems found. */
	public record Loaded(Resource resource, List<Problem> problems) {
		public boolean ok() {
			return problems.isEmpty();
		}

		public EObject root() {
			return resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		}
	}

	private ModelStore() {
	}

	/** A resource set that knows the DM Studio packages and file extensions, in or outside OSGi. */
	public static ResourceSet createResourceSet() {
		return configure(new ResourceSetImpl());
	}

	/** Teaches an existing resource set (an editing domain's) the DM Studio packages, extensions and safe load options. */
	public static ResourceSet configure(ResourceSet resourceSet) {
		EPackage.Registry packages = resourceSet.getPackageRegistry();
		for (EPackage ePackage : List.of(DtPackage.eINSTANCE, TopologyPackage.eINSTANCE, BehaviourPackage.eINSTANCE,
				SchedPackage.eINSTANCE, ScenarioPackage.eINSTANCE)) {
			packages.put(ePackage.getNsURI(), ePackage);
		}
		XMIResourceFactoryImpl factory = new XMIResourceFactoryImpl();
		Map<String, Object> extensions = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		extensions.put(MODEL_EXTENSION, factory);
		extensions.put(SCENARIO_EXTENSION, factory);
		extensions.put("xmi", factory);
		resourceSet.getLoadOptions().putAll(loadOptions());
		return resourceSet;
	}

	static Map<Object, Object> loadOptions() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		return options;
	}

	static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 100);
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.TRUE);
		return options;
	}

	/** Loads a model file into a fresh resource set. */
	public static Loaded load(Path file) {
		return load(createResourceSet(), file);
	}

	/** Loads a model file; cross-document references (a scenario's board) are resolved and checked. */
	public static Loaded load(ResourceSet resourceSet, Path file) {
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		List<Problem> problems = new ArrayList<>();
		Resource resource = resourceSet.createResource(uri);
		if (resource == null) {
			resource = resourceSet.createResource(uri.appendFileExtension(MODEL_EXTENSION));
			resource.setURI(uri);
		}
		if (!Files.isRegularFile(file)) {
			problems.add(new Problem(file.toString(), 0, 0, "no such file"));
			return new Loaded(resource, problems);
		}
		try {
			resource.load(resourceSet.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			if (resource.getErrors().isEmpty()) {
				problems.add(new Problem(file.toString(), 0, 0, rootCause(e)));
			}
		}
		for (Resource.Diagnostic error : resource.getErrors()) {
			problems.add(new Problem(file.toString(), error.getLine(), error.getColumn(), cleanMessage(error.getMessage())));
		}
		if (problems.isEmpty()) {
			for (Map.Entry<EObject, Collection<Setting>> dangling : EcoreUtil.UnresolvedProxyCrossReferencer.find(resource).entrySet()) {
				URI target = ((InternalEObject) dangling.getKey()).eProxyURI();
				problems.add(new Problem(file.toString(), 0, 0, "unresolved reference to " + target));
			}
		}
		return new Loaded(resource, problems);
	}

	/**
	 * Saves a resource to its file atomically: serialised in memory first (so a model that cannot be
	 * saved leaves the file untouched), written to a sibling temporary file, then moved over the old one.
	 */
	public static void save(Resource resource) throws IOException {
		Path target = Path.of(resource.getURI().toFileString());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, saveOptions());
		Path directory = target.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
		try {
			Files.write(temporary, bytes.toByteArray());
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Saves the root objects as a new file at {@code file} (atomically). */
	public static Resource saveAs(List<? extends EObject> roots, Path file) throws IOException {
		ResourceSet resourceSet = createResourceSet();
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
		resource.getContents().addAll(roots);
		save(resource);
		return resource;
	}

	private static String rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cleanMessage(cause.getMessage() == null ? cause.toString() : cause.getMessage());
	}

	private static String cleanMessage(String message) {
		if (message == null) {
			return "unreadable model file";
		}
		if (message.contains("DOCTYPE is disallowed")) {
			return "DOCTYPE declarations are refused in model files (they could pull in external entities)";
		}
		return message;
	}
}
