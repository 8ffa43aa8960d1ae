/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contour</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A contour of the business model (контур): one of the two contours of a cluster's business model.
 * <!-- end-model-doc -->
 *
 *
 * @see org.stic.SticPackage#getContour()
 * @model abstract="true"
 * @generated
 */
public interface Contour extends Element {
} // Contour
