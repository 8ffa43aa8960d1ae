package org.stic.validation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.ocl.common.delegate.DelegateResourceSetAdapter;
import org.eclipse.ocl.ecore.delegate.OCLDelegateDomain;
import org.osgi.framework.FrameworkUtil;
import org.stic.SticPackage;

/**
 * What any EMF + OCL tool sees: stic.ecore loaded as a dynamic package (none of our code), a plain
 * {@link Diagnostician} and the OCL delegates. Its findings are "(rule id) (element's URI fragment)" pairs; the
 * rule id comes from the constraint name in EMF's generic message through the catalogue.
 */
final class BareDiagnostician {

    private static final Pattern CONSTRAINT = Pattern.compile("The '(\\w+)' constraint is violated");

    private BareDiagnostician() {
    }

    static Set<String> pairs(Path modelFile) throws IOException {
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        OCLDelegateDomain.initialize(rs);
        Resource ecore = rs.createResource(URI.createURI("stic.ecore"));
        URL entry = FrameworkUtil.getBundle(SticPackage.class).getEntry("model/stic.ecore");
        try (InputStream in = entry.openStream()) {
            ecore.load(in, null);
        }
        EPackage dynamic = (EPackage) ecore.getContents().get(0);
        rs.getPackageRegistry().put(dynamic.getNsURI(), dynamic);
        Resource model = rs.getResource(URI.createFileURI(modelFile.toAbsolutePath().toString()), true);

        EValidatorRegistryImpl validators = new EValidatorRegistryImpl();
        validators.put(dynamic, new EObjectValidator());
        Diagnostician diagnostician = new Diagnostician(validators);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(EValidator.ValidationDelegate.Registry.class, DelegateResourceSetAdapter.getRegistry(dynamic,
                EValidator.ValidationDelegate.Registry.class, EValidator.ValidationDelegate.Registry.INSTANCE));
        Set<String> pairs = new TreeSet<>();
        for (EObject root : model.getContents()) {
            collect(diagnostician.validate(root, context), model, pairs);
        }
        return pairs;
    }

    private static void collect(Diagnostic d, Resource model, Set<String> pairs) {
        Matcher m = CONSTRAINT.matcher(d.getMessage());
        if (m.find() && !d.getData().isEmpty() && d.getData().get(0) instanceof EObject element) {
            String constraint = m.group(1);
            String id = RuleCatalogue.builtIn().rules().stream().filter(r -> r.oclName().equals(constraint))
                    .map(Rule::id).findFirst().orElse("?" + constraint);
            pairs.add(id + " " + model.getURIFragment(element));
        }
        for (Diagnostic child : d.getChildren()) {
            collect(child, model, pairs);
        }
    }
}
