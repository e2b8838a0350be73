package org.dmstudio.model.edit;

import org.dmstudio.model.behaviour.provider.BehaviourItemProviderAdapterFactory;
import org.dmstudio.model.dt.provider.DtItemProviderAdapterFactory;
import org.dmstudio.model.scenario.provider.ScenarioItemProviderAdapterFactory;
import org.dmstudio.model.sched.provider.SchedItemProviderAdapterFactory;
import org.dmstudio.model.topology.provider.TopologyItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/** The item providers of every DM Studio package in one factory, as editors and views need them. */
public class DmStudioAdapterFactory extends ComposedAdapterFactory {

	public DmStudioAdapterFactory() {
		addAdapterFactory(new ResourceItemProviderAdapterFactory());
		addAdapterFactory(new DtItemProviderAdapterFactory());
		addAdapterFactory(new TopologyItemProviderAdapterFactory());
		addAdapterFactory(new BehaviourItemProviderAdapterFactory());
		addAdapterFactory(new SchedItemProviderAdapterFactory());
		addAdapterFactory(new ScenarioItemProviderAdapterFactory());
		addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
	}
}
