/**
 * Copyright (c) 2026 the STIC Workbench authors.
 * Generated from stic.genmodel: do not edit, regenerate (see README).
 */
package org.stic.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.stic.ExternalContour;
import org.stic.SticFactory;
import org.stic.SticPackage;

/**
 * This is the item provider adapter for a {@link org.stic.ExternalContour} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ExternalContourItemProvider extends ContourItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExternalContourItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

		}
		return itemPropertyDescriptors;
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(SticPackage.Literals.EXTERNAL_CONTOUR__SEGMENTS);
			childrenFeatures.add(SticPackage.Literals.EXTERNAL_CONTOUR__VALUE_PROPOSITIONS);
			childrenFeatures.add(SticPackage.Literals.EXTERNAL_CONTOUR__CHANNELS);
			childrenFeatures.add(SticPackage.Literals.EXTERNAL_CONTOUR__RELATIONSHIPS);
			childrenFeatures.add(SticPackage.Literals.EXTERNAL_CONTOUR__REVENUE_STREAMS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns ExternalContour.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ExternalContour"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ExternalContour)object).getDescription();
		return label == null || label.length() == 0 ?
			getString("_UI_ExternalContour_type") :
			getString("_UI_ExternalContour_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ExternalContour.class)) {
			case SticPackage.EXTERNAL_CONTOUR__SEGMENTS:
			case SticPackage.EXTERNAL_CONTOUR__VALUE_PROPOSITIONS:
			case SticPackage.EXTERNAL_CONTOUR__CHANNELS:
			case SticPackage.EXTERNAL_CONTOUR__RELATIONSHIPS:
			case SticPackage.EXTERNAL_CONTOUR__REVENUE_STREAMS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(SticPackage.Literals.EXTERNAL_CONTOUR__SEGMENTS,
				 SticFactory.eINSTANCE.createSegment()));

		newChildDescriptors.add
			(createChildParameter
				(SticPackage.Literals.EXTERNAL_CONTOUR__VALUE_PROPOSITIONS,
				 SticFactory.eINSTANCE.createValueProposition()));

		newChildDescriptors.add
			(createChildParameter
				(SticPackage.Literals.EXTERNAL_CONTOUR__CHANNELS,
				 SticFactory.eINSTANCE.createChannel()));

		newChildDescriptors.add
			(createChildParameter
				(SticPackage.Literals.EXTERNAL_CONTOUR__RELATIONSHIPS,
				 SticFactory.eINSTANCE.createRelationship()));

		newChildDescriptors.add
			(createChildParameter
				(SticPackage.Literals.EXTERNAL_CONTOUR__REVENUE_STREAMS,
				 SticFactory.eINSTANCE.createRevenueStream()));
	}

}
