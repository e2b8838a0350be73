/**
 */
package org.dmstudio.model.topology.impl;

import java.util.Collection;

import org.dmstudio.model.dt.Node;

import org.dmstudio.model.topology.Device;
import org.dmstudio.model.topology.PowerDomain;
import org.dmstudio.model.topology.Regulator;
import org.dmstudio.model.topology.TopologyPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Power Domain</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.dmstudio.model.topology.impl.PowerDomainImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.PowerDomainImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.PowerDomainImpl#getNode <em>Node</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.PowerDomainImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.PowerDomainImpl#getParents <em>Parents</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.PowerDomainImpl#getSubdomains <em>Subdomains</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.PowerDomainImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.PowerDomainImpl#getDomainSupply <em>Domain Supply</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.PowerDomainImpl#isOn <em>On</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.PowerDomainImpl#isAlwaysOn <em>Always On</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.PowerDomainImpl#getPowerOnLatencyNs <em>Power On Latency Ns</em>}</li>
 *   <li>{@link org.dmstudio.model.topology.impl.PowerDomainImpl#getPowerOffLatencyNs <em>Power Off Latency Ns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PowerDomainImpl extends EObjectImpl implements PowerDomain {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected Device provider;

	/**
	 * The cached value of the '{@link #getNode() <em>Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNode()
	 * @generated
	 * @ordered
	 */
	protected Node node;

	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParents() <em>Parents</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParents()
	 * @generated
	 * @ordered
	 */
	protected EList<PowerDomain> parents;

	/**
	 * The cached value of the '{@link #getSubdomains() <em>Subdomains</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubdomains()
	 * @generated
	 * @ordered
	 */
	protected EList<PowerDomain> subdomains;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<Device> devices;

	/**
	 * The cached value of the '{@link #getDomainSupply() <em>Domain Supply</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainSupply()
	 * @generated
	 * @ordered
	 */
	protected Regulator domainSupply;

	/**
	 * The default value of the '{@link #isOn() <em>On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ON_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOn() <em>On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOn()
	 * @generated
	 * @ordered
	 */
	protected boolean on = ON_EDEFAULT;

	/**
	 * The default value of the '{@link #isAlwaysOn() <em>Always On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlwaysOn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALWAYS_ON_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAlwaysOn() <em>Always On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAlwaysOn()
	 * @generated
	 * @ordered
	 */
	protected boolean alwaysOn = ALWAYS_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getPowerOnLatencyNs() <em>Power On Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerOnLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected static final long POWER_ON_LATENCY_NS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPowerOnLatencyNs() <em>Power On Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerOnLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected long powerOnLatencyNs = POWER_ON_LATENCY_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPowerOffLatencyNs() <em>Power Off Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerOffLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected static final long POWER_OFF_LATENCY_NS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPowerOffLatencyNs() <em>Power Off Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPowerOffLatencyNs()
	 * @generated
	 * @ordered
	 */
	protected long powerOffLatencyNs = POWER_OFF_LATENCY_NS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PowerDomainImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.POWER_DOMAIN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.POWER_DOMAIN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device getProvider() {
		if (provider != null && provider.eIsProxy()) {
			InternalEObject oldProvider = (InternalEObject)provider;
			provider = (Device)eResolveProxy(oldProvider);
			if (provider != oldProvider) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.POWER_DOMAIN__PROVIDER, oldProvider, provider));
			}
		}
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Device basicGetProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(Device newProvider) {
		Device oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.POWER_DOMAIN__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node getNode() {
		if (node != null && node.eIsProxy()) {
			InternalEObject oldNode = (InternalEObject)node;
			node = (Node)eResolveProxy(oldNode);
			if (node != oldNode) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.POWER_DOMAIN__NODE, oldNode, node));
			}
		}
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Node basicGetNode() {
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNode(Node newNode) {
		Node oldNode = node;
		node = newNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.POWER_DOMAIN__NODE, oldNode, node));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.POWER_DOMAIN__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PowerDomain> getParents() {
		if (parents == null) {
			parents = new EObjectWithInverseEList.ManyInverse<PowerDomain>(PowerDomain.class, this, TopologyPackage.POWER_DOMAIN__PARENTS, TopologyPackage.POWER_DOMAIN__SUBDOMAINS);
		}
		return parents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PowerDomain> getSubdomains() {
		if (subdomains == null) {
			subdomains = new EObjectWithInverseEList.ManyInverse<PowerDomain>(PowerDomain.class, this, TopologyPackage.POWER_DOMAIN__SUBDOMAINS, TopologyPackage.POWER_DOMAIN__PARENTS);
		}
		return subdomains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Device> getDevices() {
		if (devices == null) {
			devices = new EObjectWithInverseEList.ManyInverse<Device>(Device.class, this, TopologyPackage.POWER_DOMAIN__DEVICES, TopologyPackage.DEVICE__POWER_DOMAINS);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Regulator getDomainSupply() {
		if (domainSupply != null && domainSupply.eIsProxy()) {
			InternalEObject oldDomainSupply = (InternalEObject)domainSupply;
			domainSupply = (Regulator)eResolveProxy(oldDomainSupply);
			if (domainSupply != oldDomainSupply) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.POWER_DOMAIN__DOMAIN_SUPPLY, oldDomainSupply, domainSupply));
			}
		}
		return domainSupply;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Regulator basicGetDomainSupply() {
		return domainSupply;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomainSupply(Regulator newDomainSupply) {
		Regulator oldDomainSupply = domainSupply;
		domainSupply = newDomainSupply;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.POWER_DOMAIN__DOMAIN_SUPPLY, oldDomainSupply, domainSupply));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOn() {
		return on;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOn(boolean newOn) {
		boolean oldOn = on;
		on = newOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.POWER_DOMAIN__ON, oldOn, on));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAlwaysOn() {
		return alwaysOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlwaysOn(boolean newAlwaysOn) {
		boolean oldAlwaysOn = alwaysOn;
		alwaysOn = newAlwaysOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.POWER_DOMAIN__ALWAYS_ON, oldAlwaysOn, alwaysOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPowerOnLatencyNs() {
		return powerOnLatencyNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPowerOnLatencyNs(long newPowerOnLatencyNs) {
		long oldPowerOnLatencyNs = powerOnLatencyNs;
		powerOnLatencyNs = newPowerOnLatencyNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.POWER_DOMAIN__POWER_ON_LATENCY_NS, oldPowerOnLatencyNs, powerOnLatencyNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPowerOffLatencyNs() {
		return powerOffLatencyNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPowerOffLatencyNs(long newPowerOffLatencyNs) {
		long oldPowerOffLatencyNs = powerOffLatencyNs;
		powerOffLatencyNs = newPowerOffLatencyNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.POWER_DOMAIN__POWER_OFF_LATENCY_NS, oldPowerOffLatencyNs, powerOffLatencyNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.POWER_DOMAIN__PARENTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getParents()).basicAdd(otherEnd, msgs);
			case TopologyPackage.POWER_DOMAIN__SUBDOMAINS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSubdomains()).basicAdd(otherEnd, msgs);
			case TopologyPackage.POWER_DOMAIN__DEVICES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getDevices()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.POWER_DOMAIN__PARENTS:
				return ((InternalEList<?>)getParents()).basicRemove(otherEnd, msgs);
			case TopologyPackage.POWER_DOMAIN__SUBDOMAINS:
				return ((InternalEList<?>)getSubdomains()).basicRemove(otherEnd, msgs);
			case TopologyPackage.POWER_DOMAIN__DEVICES:
				return ((InternalEList<?>)getDevices()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.POWER_DOMAIN__NAME:
				return getName();
			case TopologyPackage.POWER_DOMAIN__PROVIDER:
				if (resolve) return getProvider();
				return basicGetProvider();
			case TopologyPackage.POWER_DOMAIN__NODE:
				if (resolve) return getNode();
				return basicGetNode();
			case TopologyPackage.POWER_DOMAIN__INDEX:
				return getIndex();
			case TopologyPackage.POWER_DOMAIN__PARENTS:
				return getParents();
			case TopologyPackage.POWER_DOMAIN__SUBDOMAINS:
				return getSubdomains();
			case TopologyPackage.POWER_DOMAIN__DEVICES:
				return getDevices();
			case TopologyPackage.POWER_DOMAIN__DOMAIN_SUPPLY:
				if (resolve) return getDomainSupply();
				return basicGetDomainSupply();
			case TopologyPackage.POWER_DOMAIN__ON:
				return isOn();
			case TopologyPackage.POWER_DOMAIN__ALWAYS_ON:
				return isAlwaysOn();
			case TopologyPackage.POWER_DOMAIN__POWER_ON_LATENCY_NS:
				return getPowerOnLatencyNs();
			case TopologyPackage.POWER_DOMAIN__POWER_OFF_LATENCY_NS:
				return getPowerOffLatencyNs();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.POWER_DOMAIN__NAME:
				setName((String)newValue);
				return;
			case TopologyPackage.POWER_DOMAIN__PROVIDER:
				setProvider((Device)newValue);
				return;
			case TopologyPackage.POWER_DOMAIN__NODE:
				setNode((Node)newValue);
				return;
			case TopologyPackage.POWER_DOMAIN__INDEX:
				setIndex((Integer)newValue);
				return;
			case TopologyPackage.POWER_DOMAIN__PARENTS:
				getParents().clear();
				getParents().addAll((Collection<? extends PowerDomain>)newValue);
				return;
			case TopologyPackage.POWER_DOMAIN__SUBDOMAINS:
				getSubdomains().clear();
				getSubdomains().addAll((Collection<? extends PowerDomain>)newValue);
				return;
			case TopologyPackage.POWER_DOMAIN__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends Device>)newValue);
				return;
			case TopologyPackage.POWER_DOMAIN__DOMAIN_SUPPLY:
				setDomainSupply((Regulator)newValue);
				return;
			case TopologyPackage.POWER_DOMAIN__ON:
				setOn((Boolean)newValue);
				return;
			case TopologyPackage.POWER_DOMAIN__ALWAYS_ON:
				setAlwaysOn((Boolean)newValue);
				return;
			case TopologyPackage.POWER_DOMAIN__POWER_ON_LATENCY_NS:
				setPowerOnLatencyNs((Long)newValue);
				return;
			case TopologyPackage.POWER_DOMAIN__POWER_OFF_LATENCY_NS:
				setPowerOffLatencyNs((Long)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TopologyPackage.POWER_DOMAIN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TopologyPackage.POWER_DOMAIN__PROVIDER:
				setProvider((Device)null);
				return;
			case TopologyPackage.POWER_DOMAIN__NODE:
				setNode((Node)null);
				return;
			case TopologyPackage.POWER_DOMAIN__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case TopologyPackage.POWER_DOMAIN__PARENTS:
				getParents().clear();
				return;
			case TopologyPackage.POWER_DOMAIN__SUBDOMAINS:
				getSubdomains().clear();
				return;
			case TopologyPackage.POWER_DOMAIN__DEVICES:
				getDevices().clear();
				return;
			case TopologyPackage.POWER_DOMAIN__DOMAIN_SUPPLY:
				setDomainSupply((Regulator)null);
				return;
			case TopologyPackage.POWER_DOMAIN__ON:
				setOn(ON_EDEFAULT);
				return;
			case TopologyPackage.POWER_DOMAIN__ALWAYS_ON:
				setAlwaysOn(ALWAYS_ON_EDEFAULT);
				return;
			case TopologyPackage.POWER_DOMAIN__POWER_ON_LATENCY_NS:
				setPowerOnLatencyNs(POWER_ON_LATENCY_NS_EDEFAULT);
				return;
			case TopologyPackage.POWER_DOMAIN__POWER_OFF_LATENCY_NS:
				setPowerOffLatencyNs(POWER_OFF_LATENCY_NS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TopologyPackage.POWER_DOMAIN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TopologyPackage.POWER_DOMAIN__PROVIDER:
				return provider != null;
			case TopologyPackage.POWER_DOMAIN__NODE:
				return node != null;
			case TopologyPackage.POWER_DOMAIN__INDEX:
				return index != INDEX_EDEFAULT;
			case TopologyPackage.POWER_DOMAIN__PARENTS:
				return parents != null && !parents.isEmpty();
			case TopologyPackage.POWER_DOMAIN__SUBDOMAINS:
				return subdomains != null && !subdomains.isEmpty();
			case TopologyPackage.POWER_DOMAIN__DEVICES:
				return devices != null && !devices.isEmpty();
			case TopologyPackage.POWER_DOMAIN__DOMAIN_SUPPLY:
				return domainSupply != null;
			case TopologyPackage.POWER_DOMAIN__ON:
				return on != ON_EDEFAULT;
			case TopologyPackage.POWER_DOMAIN__ALWAYS_ON:
				return alwaysOn != ALWAYS_ON_EDEFAULT;
			case TopologyPackage.POWER_DOMAIN__POWER_ON_LATENCY_NS:
				return powerOnLatencyNs != POWER_ON_LATENCY_NS_EDEFAULT;
			case TopologyPackage.POWER_DOMAIN__POWER_OFF_LATENCY_NS:
				return powerOffLatencyNs != POWER_OFF_LATENCY_NS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", index: ");
		result.append(index);
		result.append(", on: ");
		result.append(on);
		result.append(", alwaysOn: ");
		result.append(alwaysOn);
		result.append(", powerOnLatencyNs: ");
		result.append(powerOnLatencyNs);
		result.append(", powerOffLatencyNs: ");
		result.append(powerOffLatencyNs);
		result.append(')');
		return result.toString();
	}

} //PowerDomainImpl
