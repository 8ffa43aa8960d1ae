package org.stic.extensions;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.stic.SticPackage;
import org.stic.diagram.ClassDiagram;
import org.stic.tests.support.Timing;

/**
 * What the metamodel editor does after every edit, on synthetic extensions of 100 and 1,000 classes (five attributes
 * each; every other class specialises Participant, the rest are held by a containment of the first): the live checks
 * ({@link MetamodelChecks}) and the class diagram beside the tree ({@link ClassDiagram}), beside EMF's own validation
 * of the same package in the same run (Diagnostician, Ecore's constraints) as the baseline. Figures only, no
 * assertion on time.
 */
class MetamodelEditingBenchmark {

    @Test
    void checksAndDiagramPerEdit() {
        for (int size : new int[] { 100, 1_000 }) {
            EPackage p = synthetic(size);
            List<EClass> classes = p.getEClassifiers().stream().map(EClass.class::cast).toList();
            int[] found = new int[1];
            double checks = Timing.median(5, 11, () -> found[0] = MetamodelChecks.of(p, List.of()).size());
            double diagram = Timing.median(5, 11, () -> new ClassDiagram(classes).width());
            Diagnostic[] d = new Diagnostic[1];
            double emf = Timing.median(5, 11, () -> d[0] = Diagnostician.INSTANCE.validate(p));
            System.out.printf("MetamodelEditingBenchmark: %,d classes: live checks %.1f ms (%d problems), class diagram"
                    + " %.1f ms; baseline EMF Diagnostician on the same package %.1f ms (severity %d)%n", size, checks,
                    found[0], diagram, emf, d[0].getSeverity());
        }
    }

    private static EPackage synthetic(int size) {
        EPackage p = EcoreFactory.eINSTANCE.createEPackage();
        p.setName("synthetic");
        p.setNsURI("http://www.stic.org/ext/synthetic/1.0");
        p.setNsPrefix("synthetic");
        EClass holder = null;
        for (int i = 0; i < size; i++) {
            EClass c = EcoreFactory.eINSTANCE.createEClass();
            c.setName("Class" + i);
            if (i % 2 == 0) {
                c.getESuperTypes().add(SticPackage.eINSTANCE.getParticipant());
            }
            for (int a = 0; a < 5; a++) {
                EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
                attribute.setName("attribute" + a);
                attribute.setEType(a % 2 == 0 ? EcorePackage.Literals.ESTRING : EcorePackage.Literals.EINT);
                c.getEStructuralFeatures().add(attribute);
            }
            p.getEClassifiers().add(c);
            if (holder == null) {
                holder = c;
            } else if (i % 2 == 1) {
                EReference held = EcoreFactory.eINSTANCE.createEReference();
                held.setName("held" + i);
                held.setContainment(true);
                held.setUpperBound(-1);
                held.setEType(c);
                holder.getEStructuralFeatures().add(held);
            }
        }
        return p;
    }
}
