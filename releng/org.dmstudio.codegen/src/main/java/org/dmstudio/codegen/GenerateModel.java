package org.dmstudio.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's generator outside the IDE, the way the IDE's "Reload" + "Generate Model/Edit Code"
 * do: a fresh genmodel is initialised from the .ecore files and reconciled with the committed
 * .genmodel's settings, then model and edit code are generated into a scratch folder.
 * <p>
 * {@code --check} compares the generated files with the committed ones and fails on any
 * difference; {@code --write} replaces the committed files (and the reconciled .genmodel).
 * Usage: {@code GenerateModel --check|--write BUNDLES_DIR SCRATCH_DIR GENMODEL...}.
 */
public final class GenerateModel {

	/** The files the generator owns in each project; MANIFEST.MF, build.properties and src/ are hand-written. */
	private static final List<String> GENERATED = List.of("src-gen", "icons", "plugin.xml", "plugin.properties");

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 4 || !(args[0].equals("--check") || args[0].equals("--write"))) {
			System.err.println("usage: GenerateModel --check|--write BUNDLES_DIR SCRATCH_DIR GENMODEL...");
			System.exit(2);
		}
		boolean write = args[0].equals("--write");
		Path bundles = Path.of(args[1]).toAbsolutePath().normalize();
		Path scratch = Path.of(args[2]).toAbsolutePath().normalize();
		deleteTree(scratch);
		List<String> differences = new ArrayList<>();
		for (String genModelArg : Arrays.asList(args).subList(3, args.length)) {
			Path genModelPath = Path.of(genModelArg).toAbsolutePath().normalize();
			Path work = scratch.resolve(genModelPath.getFileName().toString());
			Files.createDirectories(work);
			generateAndCompare(write, genModelPath, bundles, work, differences);
		}
		if (write) {
			System.out.println("EMF code regenerated: " + differences.size() + " file(s) changed.");
			differences.forEach(d -> System.out.println("  " + d));
			return;
		}
		if (!differences.isEmpty()) {
			System.err.println("The committed EMF code differs from a fresh generation:");
			differences.stream().limit(40).forEach(d -> System.err.println("  " + d));
			System.err.println("Regenerate with: ./mvnw -B -pl releng/org.dmstudio.codegen verify -Dregenerate");
			System.exit(1);
		}
		System.out.println("EMF code is up to date with " + String.join(", ", Arrays.asList(args).subList(3, args.length).stream()
				.map(a -> Path.of(a).getFileName().toString()).toList()));
	}

	private static void generateAndCompare(boolean write, Path genModelPath, Path bundles, Path scratch, List<String> differences)
			throws IOException {
		GenModel genModel = reloadGenModel(genModelPath);
		List<String> projects = new ArrayList<>();
		projects.add(projectName(genModel.getModelDirectory()));
		if (genModel.getEditDirectory() != null && !genModel.getEditDirectory().isEmpty() && genModel.getEditPluginID() != null
				&& !genModel.getEditPluginID().equals(genModel.getModelPluginID())) {
			projects.add(projectName(genModel.getEditDirectory()));
		}
		for (String project : projects) {
			Files.createDirectories(scratch.resolve(project));
			EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(scratch.resolve(project) + "/"));
		}
		generate(genModel, projects.size() > 1);

		List<String> changed = new ArrayList<>();
		for (String project : projects) {
			for (String entry : GENERATED) {
				compare(scratch.resolve(project).resolve(entry), bundles.resolve(project).resolve(entry),
						project + "/" + entry, changed);
			}
		}
		// Saved under its own URI so that the references to the .ecore files stay relative to it.
		Path reconciled = scratch.resolve(genModelPath.getFileName());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		genModel.eResource().save(bytes, Map.of());
		Files.write(reconciled, bytes.toByteArray());
		compare(reconciled, genModelPath, "genmodel " + genModelPath.getFileName(), changed);
		differences.addAll(changed);

		if (write) {
			for (String project : projects) {
				for (String entry : GENERATED) {
					Path target = bundles.resolve(project).resolve(entry);
					deleteTree(target);
					copyTree(scratch.resolve(project).resolve(entry), target);
				}
			}
			Files.copy(reconciled, genModelPath, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static GenModel reloadGenModel(Path genModelPath) {
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		URI uri = URI.createFileURI(genModelPath.toString());
		Resource oldResource = resourceSet.getResource(uri, true);
		GenModel old = (GenModel) oldResource.getContents().get(0);
		EcoreUtil.resolveAll(resourceSet);
		Map<org.eclipse.emf.ecore.EObject, java.util.Collection<org.eclipse.emf.ecore.EStructuralFeature.Setting>> unresolved =
				EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet);
		if (!unresolved.isEmpty()) {
			throw new IllegalStateException("unresolved references in the .ecore files: " + unresolved.keySet());
		}
		for (Resource resource : resourceSet.getResources()) {
			for (org.eclipse.emf.ecore.EObject root : resource.getContents()) {
				Diagnostic check = org.eclipse.emf.ecore.util.Diagnostician.INSTANCE.validate(root);
				if (check.getSeverity() >= Diagnostic.ERROR) {
					throw new IllegalStateException(resource.getURI().lastSegment() + " is invalid: " + check.getChildren());
				}
			}
		}
		List<EPackage> packages = new ArrayList<>();
		for (GenPackage genPackage : old.getGenPackages()) {
			EPackage ePackage = genPackage.getEcorePackage();
			if (ePackage == null || ePackage.eIsProxy()) {
				throw new IllegalStateException("genmodel refers to a missing .ecore: " + genPackage);
			}
			packages.add(ePackage);
		}
		GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
		fresh.initialize(packages);
		fresh.reconcile(old);
		oldResource.getContents().set(0, fresh);
		fresh.setCanGenerate(true);
		Diagnostic diagnostic = fresh.diagnose();
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException("genmodel is invalid: " + diagnostic);
		}
		return fresh;
	}

	private static void generate(GenModel genModel, boolean withEdit) {
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		List<String> types = withEdit ? List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)
				: List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);
		for (String type : types) {
			Diagnostic result = generator.generate(genModel, type, new BasicMonitor());
			if (result.getSeverity() >= Diagnostic.ERROR) {
				throw new IllegalStateException("EMF generation (" + type + ") failed: " + result);
			}
		}
	}

	private static String projectName(String directory) {
		String trimmed = directory.startsWith("/") ? directory.substring(1) : directory;
		return trimmed.substring(0, trimmed.indexOf('/'));
	}

	private static void compare(Path fresh, Path committed, String label, List<String> differences) throws IOException {
		TreeSet<String> names = new TreeSet<>();
		names.addAll(list(fresh));
		names.addAll(list(committed));
		for (String name : names) {
			Path a = name.isEmpty() ? fresh : fresh.resolve(name);
			Path b = name.isEmpty() ? committed : committed.resolve(name);
			String shown = name.isEmpty() ? label : label + "/" + name;
			if (!Files.exists(b)) {
				differences.add("missing in the repository: " + shown);
			} else if (!Files.exists(a)) {
				differences.add("not generated any more: " + shown);
			} else if (!Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b))) {
				differences.add("differs: " + shown);
			}
		}
	}

	/** Relative file names under a tree, or "" for a plain file; empty when nothing is there. */
	private static List<String> list(Path root) throws IOException {
		if (!Files.exists(root)) {
			return Collections.emptyList();
		}
		if (Files.isRegularFile(root)) {
			return List.of("");
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		if (!Files.exists(from)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(from)) {
			walk.forEach(p -> {
				try {
					Path target = to.resolve(from.relativize(p).toString());
					if (Files.isDirectory(p)) {
						Files.createDirectories(target);
					} else {
						Files.createDirectories(target.getParent());
						Files.copy(p, target);
					}
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
				Files.delete(p);
			}
		}
	}
}
