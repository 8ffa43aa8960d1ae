package org.stic.ui.metamodel;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.stic.SticPackage;
import org.stic.extensions.MetamodelChecks;

/**
 * A new extension metamodel as New STIC Extension makes it: a package with its name, nsURI and prefix, and a first
 * class specialising a STIC class that models hold (so that the class can appear in a model at once).
 */
public record MetamodelTemplate(String packageName, String nsUri, String className, EClass superType) {

    public static final EClass DEFAULT_SUPER_TYPE = SticPackage.eINSTANCE.getParticipant();

    public static MetamodelTemplate of(String packageName, String nsUri, String className, EClass superType) {
        return new MetamodelTemplate(packageName, nsUri, className, superType);
    }

    /** The STIC classes a first class may specialise: those a list of STIC holds ({@link SticSupertypes#held}). */
    public static List<EClass> superTypes() {
        return SticSupertypes.held();
    }

    /** The nsURI proposed for the package ({@link MetamodelChecks#proposedNsUri}). */
    public String proposedNsUri() {
        EPackage p = EcoreFactory.eINSTANCE.createEPackage();
        p.setName(packageName);
        return MetamodelChecks.proposedNsUri(p);
    }

    /** The package, not yet in any resource. */
    public EPackage build() {
        EPackage p = EcoreFactory.eINSTANCE.createEPackage();
        p.setName(packageName);
        p.setNsURI(nsUri);
        p.setNsPrefix(packageName);
        EClass first = EcoreFactory.eINSTANCE.createEClass();
        first.setName(className);
        first.getESuperTypes().add(superType);
        p.getEClassifiers().add(first);
        return p;
    }
}
