package org.dmstudio.ui.internal.dts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dmstudio.model.dt.Label;
import org.dmstudio.model.dt.Located;
import org.dmstudio.model.dt.Property;
import org.dmstudio.model.dt.SourceLocation;
import org.dmstudio.model.topology.DeviceLink;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.Bullet;
import org.eclipse.swt.custom.LineStyleEvent;
import org.eclipse.swt.custom.ST;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GlyphMetrics;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * The read-only "DTS source" page: the main source or one of the files it includes, with line
 * numbers; selecting an element elsewhere in the editor shows the file and line that defined it.
 */
public final class DtsSourcePage {

	private static final Pattern HIGHLIGHTS = Pattern.compile(
			"(?<comment>/\\*.*?\\*/|//[^\\n]*)|(?<string>\"(?:\\\\.|[^\"\\\\\\n])*\")|(?<directive>^[ \\t]*#[ \\t]*(?:include|define|undef|if|ifdef|ifndef|elif|else|endif|error|pragma)\\b[^\\n]*|/[a-z-]+/)",
			Pattern.DOTALL | Pattern.MULTILINE);

	private static final Color REVEALED_LINE = new Color(255, 240, 170);

	private final Composite control;
	private final Combo fileChooser;
	private final org.eclipse.swt.widgets.Label revealed;
	private final StyledText text;
	private final List<StyleRange> highlights = new ArrayList<>();
	private DtsDocument document;
	private List<Path> files = List.of();
	private Path shownFile;
	private int revealedLine;

	public DtsSourcePage(Composite parent, DtsDocument document) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(2, false));
		fileChooser = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
		fileChooser.addListener(SWT.Selection, event -> {
			int index = fileChooser.getSelectionIndex();
			if (index >= 0 && index < files.size()) {
				showFile(files.get(index));
			}
		});
		revealed = new org.eclipse.swt.widgets.Label(control, SWT.NONE);
		revealed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text = new StyledText(control, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.READ_ONLY);
		text.setEditable(false);
		text.setFont(JFaceResources.getTextFont());
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		text.addLineStyleListener(this::styleLine);
		setDocument(document);
	}

	public Control getControl() {
		return control;
	}

	/** Shows a (re-imported) document: its file list, and the file shown before, read again from disk. */
	public void setDocument(DtsDocument value) {
		document = value;
		files = value.files();
		fileChooser.setItems(files.stream().map(this::displayName).toArray(String[]::new));
		Path again = shownFile != null && files.contains(shownFile) ? shownFile : value.file();
		shownFile = null;
		showFile(again);
		control.layout(true);
	}

	/** Shows where the first element of {@code selection} that has a source location comes from; false when none has one. */
	public boolean reveal(ISelection selection) {
		if (selection instanceof IStructuredSelection structured) {
			for (Object object : structured) {
				SourceLocation location = object instanceof EObject element ? locationOf(element) : null;
				if (location != null && location.getFile() != null && !location.getFile().isEmpty()) {
					reveal(location);
					return true;
				}
			}
		}
		return false;
	}

	/** Shows the file of {@code location} and selects its lines. */
	public void reveal(SourceLocation location) {
		Path file = document.file().toAbsolutePath().getParent().resolve(location.getFile()).normalize();
		showFile(file);
		int first = Math.max(location.getLine(), 1);
		int last = Math.max(location.getEndLine(), first);
		if (first > text.getLineCount()) {
			return;
		}
		last = Math.min(last, text.getLineCount());
		text.setLineBackground(0, text.getLineCount(), null);
		text.setLineBackground(first - 1, last - first + 1, REVEALED_LINE);
		text.setTopIndex(Math.max(first - 6, 0));
		text.setCaretOffset(text.getOffsetAtLine(first - 1));
		revealedLine = first;
		revealed.setText(displayName(file) + ":" + first + (location.getColumn() > 0 ? ":" + location.getColumn() : ""));
		control.layout(true);
	}

	/** The file shown (absolute, normalised). */
	public Path getShownFile() {
		return shownFile;
	}

	/** The line last revealed (1-based), 0 when none. */
	public int getRevealedLine() {
		return revealedLine;
	}

	/** The file:line of the element last revealed, as shown above the text. */
	public String getRevealedText() {
		return revealed.getText();
	}

	public StyledText getTextWidget() {
		return text;
	}

	private void showFile(Path file) {
		Path normalized = file.toAbsolutePath().normalize();
		if (normalized.equals(shownFile)) {
			return;
		}
		shownFile = normalized;
		revealedLine = 0;
		String content;
		try {
			content = read(normalized);
		} catch (IOException e) {
			content = "// " + normalized + " cannot be read: " + e.getMessage();
		}
		highlights.clear();
		Matcher matcher = HIGHLIGHTS.matcher(content);
		Display display = control.getDisplay();
		while (matcher.find()) {
			int colour = matcher.group("comment") != null ? SWT.COLOR_DARK_GREEN
					: matcher.group("string") != null ? SWT.COLOR_DARK_BLUE : SWT.COLOR_DARK_MAGENTA;
			highlights.add(new StyleRange(matcher.start(), matcher.end() - matcher.start(), display.getSystemColor(colour), null));
		}
		text.setText(content);
		int index = files.indexOf(normalized);
		if (index < 0) {
			files = new ArrayList<>(files);
			files.add(normalized);
			fileChooser.add(displayName(normalized));
			index = files.size() - 1;
		}
		fileChooser.select(index);
		revealed.setText(displayName(normalized));
	}

	private static String read(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
	}

	private void styleLine(LineStyleEvent event) {
		StyleRange numberStyle = new StyleRange();
		int digits = Integer.toString(text.getLineCount()).length();
		numberStyle.metrics = new GlyphMetrics(0, 0, (digits + 2) * text.getLineHeight() / 2);
		numberStyle.foreground = control.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		event.bullet = new Bullet(ST.BULLET_NUMBER | ST.BULLET_TEXT, numberStyle);
		event.bullet.text = " ";
		event.bulletIndex = text.getLineAtOffset(event.lineOffset);
		int end = event.lineOffset + event.lineText.length();
		List<StyleRange> styles = new ArrayList<>();
		for (StyleRange highlight : highlights) {
			int from = Math.max(highlight.start, event.lineOffset);
			int to = Math.min(highlight.start + highlight.length, end);
			if (from < to) {
				StyleRange style = (StyleRange) highlight.clone();
				style.start = from;
				style.length = to - from;
				styles.add(style);
			}
		}
		event.styles = styles.toArray(StyleRange[]::new);
	}

	private String displayName(Path file) {
		Path dir = document.file().toAbsolutePath().normalize().getParent();
		return dir != null && file.startsWith(dir) ? dir.relativize(file).toString() : file.toString();
	}

	/**
	 * The source location that best explains an element: a property's last definition (where its
	 * value comes from), a node's first, a device link's origin, a device's node; walks up from values.
	 */
	static SourceLocation locationOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof SourceLocation location) {
				return location;
			}
			if (current instanceof DeviceLink link && link.getOriginLocation() != null) {
				return link.getOriginLocation();
			}
			if (current instanceof Property property && !property.getLocations().isEmpty()) {
				return property.getLocations().get(property.getLocations().size() - 1);
			}
			if (current instanceof Located located && !located.getLocations().isEmpty()) {
				return located.getLocations().get(0);
			}
			if (current instanceof Label label && label.getLocation() != null) {
				return label.getLocation();
			}
			EStructuralFeature node = current.eClass().getEStructuralFeature("node");
			if (node != null && current.eGet(node) instanceof Located located && !located.getLocations().isEmpty()) {
				return located.getLocations().get(0);
			}
		}
		return null;
	}
}
