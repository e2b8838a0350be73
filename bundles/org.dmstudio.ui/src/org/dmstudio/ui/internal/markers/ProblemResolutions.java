package org.dmstudio.ui.internal.markers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dmstudio.model.behaviour.BehaviourPackage;
import org.dmstudio.model.behaviour.KernelCall;
import org.dmstudio.model.behaviour.Recipe;
import org.dmstudio.model.behaviour.Step;
import org.dmstudio.model.topology.DeviceLink;
import org.dmstudio.model.topology.DeviceLinkFlag;
import org.dmstudio.model.topology.TopologyPackage;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * The quick fixes of the kernel-rule markers where one is obvious: drop the flags that
 * device_link_add() refuses together, reset a negative runtime-PM count to 0, remove a recipe's
 * goto to a label the unwind list does not have.
 */
public class ProblemResolutions implements IMarkerResolutionGenerator2 {

	private static final Pattern STATELESS_WITH = Pattern.compile("refuses STATELESS together with \\[([A-Z_, ]+)\\]");
	private static final Pattern MISSING_LABEL = Pattern.compile("goto (\\S+) has no such label in the unwind list");

	@Override
	public boolean hasResolutions(IMarker marker) {
		return !resolutions(marker).isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return resolutions(marker).toArray(IMarkerResolution[]::new);
	}

	private static List<ModelFix> resolutions(IMarker marker) {
		List<ModelFix> fixes = new ArrayList<>();
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		if (marker.getAttribute(ProblemMarkers.ELEMENT, null) == null) {
			return fixes;
		}
		Matcher stateless = STATELESS_WITH.matcher(message);
		if (stateless.find()) {
			Set<DeviceLinkFlag> conflicting = flags(stateless.group(1));
			if (!conflicting.isEmpty()) {
				fixes.add(new ModelFix("Remove " + conflicting + " from the link flags",
						"Keeps the link STATELESS; device_link_add() then accepts it.",
						(domain, element) -> removeFlags(domain, element, conflicting)));
			}
			fixes.add(new ModelFix("Remove STATELESS from the link flags", "Makes the link a managed one, as its other flags ask.",
					(domain, element) -> removeFlags(domain, element, EnumSet.of(DeviceLinkFlag.STATELESS))));
		}
		resetCount(message, "usage_count is negative", TopologyPackage.Literals.RUNTIME_PM_STATE__USAGE_COUNT, fixes);
		resetCount(message, "child_count is negative", TopologyPackage.Literals.RUNTIME_PM_STATE__CHILD_COUNT, fixes);
		resetCount(message, "disable_depth is negative", TopologyPackage.Literals.RUNTIME_PM_STATE__DISABLE_DEPTH, fixes);
		Matcher missingLabel = MISSING_LABEL.matcher(message);
		if (missingLabel.find()) {
			String label = missingLabel.group(1);
			fixes.add(new ModelFix("Remove the goto " + label, "The steps that jumped to " + label + " on error no longer jump.",
					(domain, element) -> {
						CompoundCommand command = new CompoundCommand("Remove the goto " + label);
						if (element instanceof Recipe recipe) {
							for (Step step : recipe.getSteps()) {
								if (label.equals(step.getOnError())) {
									command.append(SetCommand.create(domain, step, BehaviourPackage.Literals.STEP__ON_ERROR, null));
								}
							}
						}
						return command.unwrap();
					}));
		}
		return fixes;
	}

	private static void resetCount(String message, String problem, EAttribute count, List<ModelFix> fixes) {
		if (message.contains(problem)) {
			fixes.add(new ModelFix("Reset " + count.getName() + " to 0", "A count of the runtime-PM core never goes below 0.",
					(domain, element) -> count.getEContainingClass().isInstance(element)
							? SetCommand.create(domain, element, count, 0)
							: null));
		}
	}

	private static Command removeFlags(EditingDomain domain, Object element, Set<DeviceLinkFlag> flags) {
		CompoundCommand command = new CompoundCommand("Remove " + flags);
		if (element instanceof DeviceLink link) {
			command.append(RemoveCommand.create(domain, link, TopologyPackage.Literals.DEVICE_LINK__FLAGS,
					link.getFlags().stream().filter(flags::contains).toList()));
		} else if (element instanceof Recipe recipe) {
			for (Step step : recipe.getSteps()) {
				removeStepFlags(domain, step, flags, command);
			}
			for (Step step : recipe.getUnwind()) {
				removeStepFlags(domain, step, flags, command);
			}
		}
		return command.unwrap();
	}

	private static void removeStepFlags(EditingDomain domain, Step step, Set<DeviceLinkFlag> flags,
			CompoundCommand command) {
		if (step.getCall() != KernelCall.DEVICE_LINK_ADD || !step.getLinkFlags().contains(DeviceLinkFlag.STATELESS)
				|| step.getLinkFlags().size() < 2) {
			return;
		}
		List<DeviceLinkFlag> present = step.getLinkFlags().stream().filter(flags::contains).toList();
		if (!present.isEmpty()) {
			command.append(RemoveCommand.create(domain, step, BehaviourPackage.Literals.STEP__LINK_FLAGS, present));
		}
	}

	private static Set<DeviceLinkFlag> flags(String list) {
		Set<DeviceLinkFlag> flags = EnumSet.noneOf(DeviceLinkFlag.class);
		for (String name : list.split(",")) {
			try {
				flags.add(DeviceLinkFlag.valueOf(name.strip()));
			} catch (IllegalArgumentException e) {
				// a message from another version of the rules: fix what is named here
			}
		}
		return flags;
	}
}
