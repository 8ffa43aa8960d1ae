package org.stic.ui.metamodel;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.stic.SticPackage;
import org.stic.extensions.MetamodelChecks;
import org.stic.extensions.MetamodelChecks.Problem;
import org.stic.ui.Messages;

/**
 * The quick fixes of a metamodel problem where one is obvious, each an undoable command of the editor's domain:
 * set the proposed nsURI, rename to a free name or to the closest Java identifier, make a class that could never
 * appear in a model specialise a STIC class that models hold.
 */
final class MetamodelFixes {

    /** One fix: what it does, in the workbench's language, and the command that does it. */
    record Fix(String label, Command command) {
    }

    private MetamodelFixes() {
    }

    static List<Fix> of(Problem problem, EditingDomain domain) {
        List<Fix> fixes = new ArrayList<>();
        switch (problem.kind()) {
        case NO_NS_URI, BUILT_IN_NS_URI, NS_URI_TAKEN -> {
            EPackage p = (EPackage) problem.element();
            String nsUri = MetamodelChecks.proposedNsUri(p);
            if (!nsUri.equals(p.getNsURI())) {
                fixes.add(new Fix(Messages.get("metamodel.fix.nsUri", nsUri),
                        SetCommand.create(domain, p, EcorePackage.Literals.EPACKAGE__NS_URI, nsUri)));
            }
        }
        case PACKAGE_NAME_STIC -> fixes.add(rename(problem, domain, "sticExtension"));
        case NAME_TAKEN -> fixes.add(rename(problem, domain,
                MetamodelChecks.proposedName((EClassifier) problem.element())));
        case NOT_IDENTIFIER -> fixes.add(rename(problem, domain, MetamodelChecks.identifier(problem.element().getName())));
        case UNREACHABLE -> {
            for (EClass stic : containedSticClasses()) {
                fixes.add(new Fix(Messages.get("metamodel.fix.specialise", stic.getName()),
                        AddCommand.create(domain, problem.element(), EcorePackage.Literals.ECLASS__ESUPER_TYPES, stic)));
            }
        }
        }
        return fixes;
    }

    private static Fix rename(Problem problem, EditingDomain domain, String name) {
        return new Fix(Messages.get("metamodel.fix.rename", name),
                SetCommand.create(domain, problem.element(), EcorePackage.Literals.ENAMED_ELEMENT__NAME, name));
    }

    /** The concrete STIC classes a containment of STIC may hold: an extension class specialising one can appear. */
    static List<EClass> containedSticClasses() {
        List<EClass> held = new ArrayList<>();
        for (EClassifier c : SticPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass k && !k.isAbstract() && !k.isInterface() && contained(k)) {
                held.add(k);
            }
        }
        return held;
    }

    private static boolean contained(EClass k) {
        for (EClassifier c : SticPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass owner) {
                for (EReference r : owner.getEReferences()) {
                    if (r.isContainment() && r.getEReferenceType().isSuperTypeOf(k)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
