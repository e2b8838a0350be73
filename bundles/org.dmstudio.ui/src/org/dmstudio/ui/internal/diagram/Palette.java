package org.dmstudio.ui.internal.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.dmstudio.diagram.ResumeChain;
import org.dmstudio.diagram.scene.Point;
import org.dmstudio.diagram.scene.SceneElement;
import org.dmstudio.diagram.scene.SceneNode;
import org.dmstudio.model.topology.Board;
import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.Regulator;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * The palette of a diagram page: tools that create and connect elements, delete and rename. Every
 * edit is one EMF command on the editor's command stack. The public methods are what the tools run
 * after their clicks (and what tests call); each returns null or false when the elements do not fit.
 */
public final class Palette {

	/** The tools a page offers, by what the page draws. */
	public enum Kind {
		DEVICE("Device", "Click where the new device goes"),
		REGULATOR("Regulator", "Click where the new regulator goes"),
		POWER_DOMAIN("Power domain", "Click where the new power domain goes"),
		SUB_DOMAIN("Sub-domain", "Click the parent domain, then a child domain (or the background for a new one)"),
		DEVICE_LINK("Device link", "Click the supplier device, then the consumer device"),
		SUPPLY("Supply", "Click the regulator, then the device, power domain or regulator it supplies"),
		POWER_DOMAIN_REFERENCE("Power-domain reference", "Click the power domain, then the device in it"),
		CLOCK_REFERENCE("Clock reference", "Click the clock provider, then the device it clocks (its clocks property)"),
		RESET_REFERENCE("Reset reference", "Click the reset controller, then the device it resets (its resets property)"),
		IOMMU_REFERENCE("IOMMU reference", "Click the IOMMU, then the device behind it (its iommus property)");

		private final String label;
		private final String prompt;

		Kind(String label, String prompt) {
			this.label = label;
			this.prompt = prompt;
		}

		public String label() {
			return label;
		}

		public String prompt() {
			return prompt;
		}
	}

	private final DiagramPage page;
	private final DiagramContext context;
	private final List<IAction> toolActions = new ArrayList<>();

	Palette(DiagramPage page, DiagramContext context) {
		this.page = page;
		this.context = context;
	}

	static List<Kind> kindsFor(Representation representation) {
		return switch (representation) {
		case LINKS -> List.of(Kind.DEVICE, Kind.DEVICE_LINK, Kind.CLOCK_REFERENCE, Kind.RESET_REFERENCE, Kind.IOMMU_REFERENCE);
		case POWER -> List.of(Kind.POWER_DOMAIN, Kind.SUB_DOMAIN, Kind.REGULATOR, Kind.SUPPLY, Kind.POWER_DOMAIN_REFERENCE);
		default -> List.of();
		};
	}

	public Device createDevice(Point at) {
		return create(context.board() == null ? null : PaletteCommands.newDevice(context.board()), at);
	}

	public Regulator createRegulator(Point at) {
		return create(context.board() == null ? null : PaletteCommands.newRegulator(context.board()), at);
	}

	public PowerDomain createPowerDomain(Point at) {
		return create(context.board() == null ? null : PaletteCommands.newPowerDomain(context.board()), at);
	}

	private <T extends EObject> T create(T element, Point at) {
		if (element == null || !execute(PaletteCommands.create(context.editingDomain(), context.board(), element))) {
			return null;
		}
		if (at != null) {
			page.placeWhenDrawn(element, at);
		}
		return element;
	}

	/** Makes {@code child} a sub-domain of {@code parent}; a new domain when child is null. Returns the child. */
	public PowerDomain addSubDomain(PowerDomain parent, PowerDomain child) {
		Board board = context.board();
		if (board == null) {
			return null;
		}
		PowerDomain subDomain = child == null ? PaletteCommands.newPowerDomain(board) : child;
		return execute(PaletteCommands.subDomain(context.editingDomain(), board, parent, subDomain)) ? subDomain : null;
	}

	public DeviceLink link(Device supplier, Device consumer, Collection<DeviceLinkFlag> flags) {
		Board board = context.board();
		if (board == null) {
			return null;
		}
		int before = board.getLinks().size();
		if (!execute(PaletteCommands.link(context.editingDomain(), board, supplier, consumer, flags))) {
			return null;
		}
		return board.getLinks().size() > before ? board.getLinks().get(board.getLinks().size() - 1) : null;
	}

	public boolean supply(Regulator regulator, EObject consumer, String supplyName) {
		return execute(PaletteCommands.supply(context.editingDomain(), regulator, consumer, supplyName));
	}

	public boolean powerDomainReference(PowerDomain domain, Device device) {
		return execute(PaletteCommands.powerDomainReference(context.editingDomain(), domain, device));
	}

	/** The consumer's {@code clocks} reference to the provider: the fw_devlink link it makes. */
	public boolean clockReference(Device provider, Device consumer) {
		return supplierReference(provider, consumer, PaletteCommands.CLOCKS);
	}

	/** The consumer's {@code resets} reference to the reset controller: the fw_devlink link it makes. */
	public boolean resetReference(Device controller, Device consumer) {
		return supplierReference(controller, consumer, PaletteCommands.RESETS);
	}

	/** The consumer's {@code iommus} reference: the fw_devlink link, and the rockchip-iommu driver's stateless link. */
	public boolean iommuReference(Device iommu, Device consumer) {
		return supplierReference(iommu, consumer, PaletteCommands.IOMMUS);
	}

	private boolean supplierReference(Device supplier, Device consumer, String property) {
		Board board = context.board();
		return board != null && execute(PaletteCommands.supplierReference(context.editingDomain(), board, supplier, consumer, property));
	}

	public boolean delete(Collection<? extends EObject> elements) {
		return execute(PaletteCommands.delete(context.editingDomain(), elements));
	}

	public boolean rename(EObject element, String name) {
		return execute(PaletteCommands.rename(context.editingDomain(), element, name));
	}

	private boolean execute(Command command) {
		if (command == null || !command.canExecute()) {
			return false;
		}
		context.editingDomain().getCommandStack().execute(command);
		return true;
	}

	/** Adds the page's tools, Delete and Rename to its toolbar. */
	void contribute(IToolBarManager toolBar, Representation representation) {
		for (Kind kind : kindsFor(representation)) {
			IAction action = new Action(kind.label(), IAction.AS_CHECK_BOX) {
				@Override
				public void run() {
					arm(isChecked() ? kind : null, this);
				}
			};
			action.setToolTipText(kind.prompt());
			toolActions.add(action);
			toolBar.add(action);
		}
		if (!toolActions.isEmpty()) {
			toolBar.add(new Separator());
		}
		toolBar.add(new Action("Delete") {
			@Override
			public void run() {
				deleteSelection();
			}
		});
		toolBar.add(new Action("Rename") {
			@Override
			public void run() {
				renameSelection();
			}
		});
	}

	private void arm(Kind kind, IAction armedBy) {
		for (IAction action : toolActions) {
			action.setChecked(action == armedBy && kind != null);
		}
		page.canvas().setTool(kind == null ? null : new ClickTool(kind));
		page.setHint(kind == null ? "" : kind.prompt());
	}

	void disarmed() {
		toolActions.forEach(a -> a.setChecked(false));
	}

	void deleteSelection() {
		List<EObject> selected = page.selectedElements();
		if (!selected.isEmpty() && !delete(selected)) {
			page.setHint("These elements cannot be deleted here");
		}
	}

	void renameSelection() {
		List<EObject> selected = page.selectedElements();
		if (selected.size() != 1 || !PaletteCommands.isNamed(selected.get(0))) {
			page.setHint("Select one named element to rename");
			return;
		}
		EObject element = selected.get(0);
		InputDialog dialog = new InputDialog(page.getControl().getShell(), "Rename", "New name of " + ResumeChain.name(element) + ":",
				ResumeChain.name(element), text -> text == null || text.isBlank() ? "A name cannot be empty" : null);
		if (dialog.open() == Window.OK) {
			rename(element, dialog.getValue());
		}
	}

	private Set<DeviceLinkFlag> askFlags(Device supplier, Device consumer) {
		ListSelectionDialog dialog = ListSelectionDialog.of(DeviceLinkFlag.VALUES).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(new LabelProvider()).title("Device link")
				.message("Flags of the link from " + supplier.getName() + " to " + consumer.getName() + ":")
				.preselect(DeviceLinkFlag.MANAGED, DeviceLinkFlag.AUTOREMOVE_CONSUMER).create(page.getControl().getShell());
		if (dialog.open() != Window.OK) {
			return null;
		}
		Set<DeviceLinkFlag> flags = EnumSet.noneOf(DeviceLinkFlag.class);
		for (Object flag : dialog.getResult()) {
			flags.add((DeviceLinkFlag) flag);
		}
		return flags;
	}

	private String askSupplyName(Regulator regulator, Device device) {
		InputDialog dialog = new InputDialog(page.getControl().getShell(), "Supply",
				"Name of " + device.getName() + "'s supply (the <name>-supply property):", regulator.getName(),
				text -> text == null || text.isBlank() ? "A supply needs a name" : null);
		return dialog.open() == Window.OK ? dialog.getValue() : null;
	}

	/** One armed tool: creation tools take one click, connection tools two. */
	private final class ClickTool implements DiagramCanvas.Tool {

		private final Kind kind;
		private SceneNode from;

		ClickTool(Kind kind) {
			this.kind = kind;
		}

		@Override
		public SceneNode connectingFrom() {
			return from;
		}

		@Override
		public boolean clicked(SceneElement element, Point at) {
			EObject target = element == null ? null : DiagramPage.semantic(element);
			boolean done;
			switch (kind) {
			case DEVICE -> done = createDevice(at) != null;
			case REGULATOR -> done = createRegulator(at) != null;
			case POWER_DOMAIN -> done = createPowerDomain(at) != null;
			default -> {
				if (from == null) {
					start(element, target);
					return true;
				}
				done = connect(DiagramPage.semantic(from), target);
			}
			}
			disarmed();
			page.setHint(done ? "" : kind.label() + ": these elements do not fit together");
			return false;
		}

		private void start(SceneElement element, EObject source) {
			boolean fits = switch (kind) {
			case SUB_DOMAIN, POWER_DOMAIN_REFERENCE -> source instanceof PowerDomain;
			case DEVICE_LINK, CLOCK_REFERENCE, RESET_REFERENCE, IOMMU_REFERENCE -> source instanceof Device;
			case SUPPLY -> source instanceof Regulator;
			default -> false;
			};
			if (fits && element instanceof SceneNode node) {
				from = node;
				page.setHint(kind.prompt() + ": now the second one");
			} else {
				page.setHint(kind.prompt() + " (that was not one)");
			}
		}

		/** Runs the tool's command; false when the elements do not fit (a cancelled dialog is no failure). */
		private boolean connect(EObject source, EObject target) {
			return switch (kind) {
			case SUB_DOMAIN -> (target == null || target instanceof PowerDomain)
					&& addSubDomain((PowerDomain) source, (PowerDomain) target) != null;
			case DEVICE_LINK -> {
				if (!(target instanceof Device consumer) || consumer == source) {
					yield false;
				}
				Set<DeviceLinkFlag> flags = askFlags((Device) source, consumer);
				yield flags == null || link((Device) source, consumer, flags) != null;
			}
			case SUPPLY -> {
				if (target instanceof Device device) {
					String name = askSupplyName((Regulator) source, device);
					yield name == null || supply((Regulator) source, device, name);
				}
				yield supply((Regulator) source, target, null);
			}
			case POWER_DOMAIN_REFERENCE -> target instanceof Device device && powerDomainReference((PowerDomain) source, device);
			case CLOCK_REFERENCE -> target instanceof Device device && clockReference((Device) source, device);
			case RESET_REFERENCE -> target instanceof Device device && resetReference((Device) source, device);
			case IOMMU_REFERENCE -> target instanceof Device device && iommuReference((Device) source, device);
			default -> false;
			};
		}
	}
}
