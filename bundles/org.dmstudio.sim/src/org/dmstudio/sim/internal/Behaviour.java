package org.dmstudio.sim.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dmstudio.model.behaviour.CallbackKind;

/** A driver's recipes by name and its state variables; where it came from is kept for the trace. */
public final class Behaviour {

	public record Var(String name, boolean perDevice, long initial, long bound) {
	}

	public final String name;
	public final String origin;
	final Map<String, Recipe> recipes = new LinkedHashMap<>();
	final List<Var> variables;

	public Behaviour(String name, String origin, List<Recipe> recipes, List<Var> variables) {
		this.name = name;
		this.origin = origin;
		for (Recipe recipe : recipes) {
			this.recipes.put(recipe.name, recipe);
		}
		this.variables = List.copyOf(variables);
	}

	public Recipe recipe(String recipeName) {
		return recipes.get(recipeName);
	}

	/** The first recipe of this kind: the probe, the runtime_resume callback... */
	public Recipe callback(CallbackKind kind) {
		for (Recipe recipe : recipes.values()) {
			if (recipe.kind == kind) {
				return recipe;
			}
		}
		return null;
	}

	/** This behaviour with the given recipes replacing those of the same name (a scenario's override). */
	public Behaviour overriddenBy(Behaviour patch) {
		Map<String, Recipe> merged = new LinkedHashMap<>(recipes);
		merged.putAll(patch.recipes);
		Map<String, Var> vars = new LinkedHashMap<>();
		for (Var v : variables) {
			vars.put(v.name(), v);
		}
		for (Var v : patch.variables) {
			vars.put(v.name(), v);
		}
		return new Behaviour(patch.name == null || patch.name.isEmpty() ? name : patch.name, patch.origin,
				List.copyOf(merged.values()), List.copyOf(vars.values()));
	}
}
