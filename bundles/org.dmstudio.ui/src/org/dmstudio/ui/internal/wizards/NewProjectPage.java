package org.dmstudio.ui.internal.wizards;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The page of the New DM Studio Project wizard: the name and what the project starts from. */
public final class NewProjectPage extends WizardPage {

	/** What a new project starts from. */
	public enum Start {
		EMPTY, DTS, EXAMPLE
	}

	private final List<Path> examples = Examples.list();
	private Text name;
	private Button empty;
	private Button fromDts;
	private Button fromExample;
	private Text dts;
	private Text includeDirs;
	private Combo example;

	NewProjectPage() {
		super("newDmStudioProject");
		setTitle("New DM Studio Project");
		setDescription("An empty project, a board imported from its devicetree source, or one of the seed examples.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText("&Project name:");
		name = new Text(page, SWT.BORDER);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		empty = radio(page, "&Empty project");
		fromDts = radio(page, "From a &devicetree source (imported into a .dmstudio model):");
		new Label(page, SWT.NONE).setText("Source:");
		dts = new Text(page, SWT.BORDER);
		dts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browseDts = new Button(page, SWT.PUSH);
		browseDts.setText("Browse...");
		browseDts.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.dts", "*.*" });
			String chosen = dialog.open();
			if (chosen != null) {
				dts.setText(chosen);
			}
		});
		new Label(page, SWT.NONE).setText("Include paths:");
		includeDirs = new Text(page, SWT.BORDER);
		includeDirs.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		includeDirs.setToolTipText("The -I directories, separated by '" + File.pathSeparator + "'");
		Button addInclude = new Button(page, SWT.PUSH);
		addInclude.setText("Add...");
		addInclude.addListener(SWT.Selection, e -> {
			String chosen = new DirectoryDialog(getShell()).open();
			if (chosen != null) {
				includeDirs.setText(includeDirs.getText().isBlank() ? chosen : includeDirs.getText() + File.pathSeparator + chosen);
			}
		});

		fromExample = radio(page, "From a seed &example:");
		new Label(page, SWT.NONE).setText("Example:");
		example = new Combo(page, SWT.READ_ONLY);
		example.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		examples.forEach(e -> example.add(e.getFileName().toString()));
		if (examples.isEmpty()) {
			fromExample.setEnabled(false);
			fromExample.setText("From a seed example (none: start DM Studio with -D" + Examples.PROPERTY + "=<repository>/examples)");
		} else {
			example.select(0);
		}
		empty.setSelection(true);

		name.addListener(SWT.Modify, e -> validate());
		dts.addListener(SWT.Modify, e -> validate());
		includeDirs.addListener(SWT.Modify, e -> validate());
		example.addListener(SWT.Selection, e -> {
			if (name.getText().isBlank()) {
				name.setText(example.getText());
			}
			validate();
		});
		setControl(page);
		validate();
	}

	private Button radio(Composite page, String text) {
		Button button = new Button(page, SWT.RADIO);
		button.setText(text);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		button.addListener(SWT.Selection, e -> validate());
		return button;
	}

	private void validate() {
		String problem = ProjectCreation.nameProblem(projectName());
		if (problem == null && start() == Start.DTS) {
			Path source = dtsPath();
			problem = source == null || !Files.isRegularFile(source) ? "Choose an existing .dts file" : null;
			for (String dir : includeDirs.getText().split(File.pathSeparator)) {
				if (problem == null && !dir.isBlank() && !isDirectory(dir.strip())) {
					problem = "No include directory " + dir.strip();
				}
			}
		}
		if (problem == null && start() == Start.EXAMPLE && examplePath() == null) {
			problem = "Choose an example";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private static boolean isDirectory(String path) {
		try {
			return Files.isDirectory(Path.of(path));
		} catch (InvalidPathException e) {
			return false;
		}
	}

	public String projectName() {
		return name.getText().strip();
	}

	public Start start() {
		return fromDts.getSelection() ? Start.DTS : fromExample.getSelection() ? Start.EXAMPLE : Start.EMPTY;
	}

	public Path dtsPath() {
		try {
			return dts.getText().isBlank() ? null : Path.of(dts.getText().strip());
		} catch (InvalidPathException e) {
			return null;
		}
	}

	public List<Path> includePaths() {
		List<Path> paths = new ArrayList<>();
		for (String entry : includeDirs.getText().split(File.pathSeparator)) {
			if (!entry.isBlank() && isDirectory(entry.strip())) {
				paths.add(Path.of(entry.strip()));
			}
		}
		return paths;
	}

	public Path examplePath() {
		int index = example.getSelectionIndex();
		return index < 0 ? null : examples.get(index);
	}

	/** Fills the page as a user would (tests, and callers that preset the wizard). */
	public void choose(String projectName, Start start, Path source, List<Path> includes, String exampleName) {
		name.setText(projectName);
		empty.setSelection(start == Start.EMPTY);
		fromDts.setSelection(start == Start.DTS);
		fromExample.setSelection(start == Start.EXAMPLE);
		dts.setText(source == null ? "" : source.toString());
		includeDirs.setText(String.join(File.pathSeparator, includes.stream().map(Path::toString).toList()));
		if (exampleName != null) {
			example.select(example.indexOf(exampleName));
		}
		validate();
	}
}
