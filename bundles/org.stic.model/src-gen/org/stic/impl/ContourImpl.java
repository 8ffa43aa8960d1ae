/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic.impl;

import org.eclipse.emf.ecore.EClass;

import org.stic.Contour;
import org.stic.SticPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contour</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class ContourImpl extends ElementImpl implements Contour {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContourImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SticPackage.Literals.CONTOUR;
	}

} //ContourImpl
