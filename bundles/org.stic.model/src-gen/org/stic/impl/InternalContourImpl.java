/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.stic.CostItem;
import org.stic.InternalContour;
import org.stic.KeyAction;
import org.stic.KeyResource;
import org.stic.Partnership;
import org.stic.SticPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Internal Contour</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.stic.impl.InternalContourImpl#getKeyResources <em>Key Resources</em>}</li>
 *   <li>{@link org.stic.impl.InternalContourImpl#getKeyActions <em>Key Actions</em>}</li>
 *   <li>{@link org.stic.impl.InternalContourImpl#getPartnerships <em>Partnerships</em>}</li>
 *   <li>{@link org.stic.impl.InternalContourImpl#getCostItems <em>Cost Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InternalContourImpl extends ContourImpl implements InternalContour {
	/**
	 * The cached value of the '{@link #getKeyResources() <em>Key Resources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyResources()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyResource> keyResources;

	/**
	 * The cached value of the '{@link #getKeyActions() <em>Key Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyActions()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyAction> keyActions;

	/**
	 * The cached value of the '{@link #getPartnerships() <em>Partnerships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerships()
	 * @generated
	 * @ordered
	 */
	protected EList<Partnership> partnerships;

	/**
	 * The cached value of the '{@link #getCostItems() <em>Cost Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostItems()
	 * @generated
	 * @ordered
	 */
	protected EList<CostItem> costItems;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InternalContourImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SticPackage.Literals.INTERNAL_CONTOUR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyResource> getKeyResources() {
		if (keyResources == null) {
			keyResources = new EObjectContainmentEList<KeyResource>(KeyResource.class, this, SticPackage.INTERNAL_CONTOUR__KEY_RESOURCES);
		}
		return keyResources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyAction> getKeyActions() {
		if (keyActions == null) {
			keyActions = new EObjectContainmentEList<KeyAction>(KeyAction.class, this, SticPackage.INTERNAL_CONTOUR__KEY_ACTIONS);
		}
		return keyActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Partnership> getPartnerships() {
		if (partnerships == null) {
			partnerships = new EObjectContainmentEList<Partnership>(Partnership.class, this, SticPackage.INTERNAL_CONTOUR__PARTNERSHIPS);
		}
		return partnerships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CostItem> getCostItems() {
		if (costItems == null) {
			costItems = new EObjectContainmentEList<CostItem>(CostItem.class, this, SticPackage.INTERNAL_CONTOUR__COST_ITEMS);
		}
		return costItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SticPackage.INTERNAL_CONTOUR__KEY_RESOURCES:
				return ((InternalEList<?>)getKeyResources()).basicRemove(otherEnd, msgs);
			case SticPackage.INTERNAL_CONTOUR__KEY_ACTIONS:
				return ((InternalEList<?>)getKeyActions()).basicRemove(otherEnd, msgs);
			case SticPackage.INTERNAL_CONTOUR__PARTNERSHIPS:
				return ((InternalEList<?>)getPartnerships()).basicRemove(otherEnd, msgs);
			case SticPackage.INTERNAL_CONTOUR__COST_ITEMS:
				return ((InternalEList<?>)getCostItems()).basicRemove(otherEnd, msgs);
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
			case SticPackage.INTERNAL_CONTOUR__KEY_RESOURCES:
				return getKeyResources();
			case SticPackage.INTERNAL_CONTOUR__KEY_ACTIONS:
				return getKeyActions();
			case SticPackage.INTERNAL_CONTOUR__PARTNERSHIPS:
				return getPartnerships();
			case SticPackage.INTERNAL_CONTOUR__COST_ITEMS:
				return getCostItems();
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
			case SticPackage.INTERNAL_CONTOUR__KEY_RESOURCES:
				getKeyResources().clear();
				getKeyResources().addAll((Collection<? extends KeyResource>)newValue);
				return;
			case SticPackage.INTERNAL_CONTOUR__KEY_ACTIONS:
				getKeyActions().clear();
				getKeyActions().addAll((Collection<? extends KeyAction>)newValue);
				return;
			case SticPackage.INTERNAL_CONTOUR__PARTNERSHIPS:
				getPartnerships().clear();
				getPartnerships().addAll((Collection<? extends Partnership>)newValue);
				return;
			case SticPackage.INTERNAL_CONTOUR__COST_ITEMS:
				getCostItems().clear();
				getCostItems().addAll((Collection<? extends CostItem>)newValue);
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
			case SticPackage.INTERNAL_CONTOUR__KEY_RESOURCES:
				getKeyResources().clear();
				return;
			case SticPackage.INTERNAL_CONTOUR__KEY_ACTIONS:
				getKeyActions().clear();
				return;
			case SticPackage.INTERNAL_CONTOUR__PARTNERSHIPS:
				getPartnerships().clear();
				return;
			case SticPackage.INTERNAL_CONTOUR__COST_ITEMS:
				getCostItems().clear();
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
			case SticPackage.INTERNAL_CONTOUR__KEY_RESOURCES:
				return keyResources != null && !keyResources.isEmpty();
			case SticPackage.INTERNAL_CONTOUR__KEY_ACTIONS:
				return keyActions != null && !keyActions.isEmpty();
			case SticPackage.INTERNAL_CONTOUR__PARTNERSHIPS:
				return partnerships != null && !partnerships.isEmpty();
			case SticPackage.INTERNAL_CONTOUR__COST_ITEMS:
				return costItems != null && !costItems.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //InternalContourImpl
