package org.stic.ui.metamodel;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.stic.extensions.MetamodelChecks;
import org.stic.extensions.MetamodelChecks.Problem;
import org.stic.model.edit.Vocabulary;
import org.stic.ui.Messages;
import org.stic.ui.emf.ModelDocumentation;

/**
 * The quick fixes of a metamodel problem where one is obvious, each an undoable command of the editor's domain:
 * set the proposed nsURI, rename to a free name or to the closest Java identifier, make a class that could never
 * appear in a model specialise a STIC class that models hold (best fit first, see {@link SticSupertypes}).
 */
final class MetamodelFixes {

    /** How many "specialise" fixes the Quick Fix menu lists itself; it puts the others in a submenu. */
    static final int FIRST_CHOICES = 5;

    /**
     * One fix: what it does and, longer, what it means (for a STIC supertype, that class's documentation), in the
     * workbench's language; the command that does it; whether menus may tuck it away with the less likely ones.
     */
    record Fix(String label, String description, Command command, boolean lessLikely) {
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
                String label = Messages.get("metamodel.fix.nsUri", nsUri);
                fixes.add(new Fix(label, label, SetCommand.create(domain, p, EcorePackage.Literals.EPACKAGE__NS_URI,
                        nsUri), false));
            }
        }
        case PACKAGE_NAME_STIC -> fixes.add(rename(problem, domain, "sticExtension"));
        case NAME_TAKEN -> fixes.add(rename(problem, domain,
                MetamodelChecks.proposedName((EClassifier) problem.element())));
        case NOT_IDENTIFIER -> fixes.add(rename(problem, domain, MetamodelChecks.identifier(problem.element().getName())));
        case UNREACHABLE -> {
            List<SticSupertypes.Candidate> candidates = SticSupertypes.rank((EClass) problem.element());
            for (int i = 0; i < candidates.size(); i++) {
                EClass stic = candidates.get(i).sticClass();
                fixes.add(new Fix(specialiseLabel(stic), description(stic), AddCommand.create(domain,
                        problem.element(), EcorePackage.Literals.ECLASS__ESUPER_TYPES, stic), i >= FIRST_CHOICES));
            }
        }
        }
        return fixes;
    }

    private static Fix rename(Problem problem, EditingDomain domain, String name) {
        String label = Messages.get("metamodel.fix.rename", name);
        return new Fix(label, label, SetCommand.create(domain, problem.element(),
                EcorePackage.Literals.ENAMED_ELEMENT__NAME, name), false);
    }

    /** "Make it specialise KeyResource", with the class's name in the workbench's language when it says more. */
    private static String specialiseLabel(EClass stic) {
        String type = Vocabulary.current().type(stic);
        boolean same = type.replace(" ", "").equalsIgnoreCase(stic.getName());
        return same ? Messages.get("metamodel.fix.specialise", stic.getName())
                : Messages.get("metamodel.fix.specialiseNamed", stic.getName(), type);
    }

    /** The STIC class's documentation (in the workbench's language), else its name. */
    private static String description(EClass stic) {
        String doc = ModelDocumentation.of(stic);
        return doc == null || doc.isBlank() ? Vocabulary.current().type(stic) : doc;
    }
}
