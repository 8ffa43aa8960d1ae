package org.stic.model.migration;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.impl.DynamicEObjectImpl;
import org.eclipse.emf.ecore.impl.EFactoryImpl;

/**
 * An object of a 1.0 class as a 1.0 file is read, which holds its 2.0 copy once {@link Migration_1_0_to_2_0} has
 * made it: the migration looks the copy up for every object and every reference, and a field is far cheaper than an
 * identity map of the whole model (which took about a third of the migration's time at 100,000 elements).
 */
final class LegacyObject extends DynamicEObjectImpl {

    /** The 2.0 copy; null until the migration has copied this object. */
    EObject copy;

    LegacyObject(EClass eClass) {
        super(eClass);
    }

    /** The factory of the 1.0 package ({@link MetamodelHistory}): it makes legacy objects. */
    static final class Factory extends EFactoryImpl {
        @Override
        protected EObject basicCreate(EClass eClass) {
            return "java.util.Map$Entry".equals(eClass.getInstanceClassName()) ? super.basicCreate(eClass)
                    : new LegacyObject(eClass);
        }
    }
}
